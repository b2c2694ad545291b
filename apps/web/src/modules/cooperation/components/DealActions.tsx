import type { DealDto, DealTransition } from '@alliance/contracts';
import { ArrowRightOutlined, CloseCircleOutlined, DollarOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useMoveDeal } from '../api';
import { DealMoveModal } from './DealMoveModal';

/** The owner's moves, exactly those in `deal.actions`: forward steps are confirmed, the investment and a loss ask for more. */
export function DealActions({ deal }: { deal: DealDto }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const move = useMoveDeal();
  const [asking, setAsking] = useState<'investment_made' | 'lost' | null>(null);

  const confirm = (to: DealTransition) =>
    modal.confirm({
      title: t('cooperation.deal.confirmMove', { stage: t(`cooperation.stage.${to}`) }),
      okText: t('cooperation.deal.move', { stage: t(`cooperation.stage.${to}`) }),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': `confirm-${to}` } },
      onOk: () =>
        move
          .mutateAsync({ id: deal.id, move: to, body: {} })
          .then(
            () => void message.success(t('cooperation.deal.moved', { stage: t(`cooperation.stage.${to}`) })),
            toast,
          ),
    });

  return (
    <>
      {deal.actions.map((to) =>
        to === 'investment_made' || to === 'lost' ? (
          <Button
            key={to}
            danger={to === 'lost'}
            type={to === 'investment_made' ? 'primary' : 'default'}
            icon={to === 'lost' ? <CloseCircleOutlined /> : <DollarOutlined />}
            onClick={() => setAsking(to)}
            data-testid={`deal-move-${to}`}
          >
            {t(`cooperation.deal.moves.${to}.label`)}
          </Button>
        ) : (
          <Button key={to} icon={<ArrowRightOutlined />} onClick={() => confirm(to)} data-testid={`deal-move-${to}`}>
            {t('cooperation.deal.move', { stage: t(`cooperation.stage.${to}`) })}
          </Button>
        ),
      )}
      {asking ? <DealMoveModal deal={deal} move={asking} onClose={() => setAsking(null)} /> : null}
    </>
  );
}
