import type { ExpressionAction } from '@alliance/contracts';
import { CheckOutlined, CloseOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useExpressionCommand } from '../api';
import { DeclineModal } from './DeclineModal';

interface Props {
  expressionId: string;
  /** What the reader may do: the expression's `actions`, or (in the owner's list) accept and decline while open. */
  actions: readonly ExpressionAction[];
  size?: 'small' | 'middle';
}

/** Accept (confirmed: it reveals both sides' contacts and opens the thread), decline (a reason), withdraw. */
export function ExpressionButtons({ expressionId, actions, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useExpressionCommand();
  const [declining, setDeclining] = useState(false);

  const confirm = (action: 'accept' | 'withdraw') =>
    modal.confirm({
      title: t(`cooperation.expressionActions.${action}.title`),
      content: t(`cooperation.expressionActions.${action}.explain`),
      okText: t(`cooperation.expressionActions.${action}.ok`),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': `confirm-${action}` } },
      onOk: () =>
        command
          .mutateAsync({ id: expressionId, command: { action } })
          .then(() => void message.success(t(`cooperation.expressionActions.${action}.done`)), toast),
    });

  return (
    <>
      {actions.includes('accept') ? (
        <Button
          type="primary"
          size={size}
          icon={<CheckOutlined />}
          onClick={() => confirm('accept')}
          data-testid="expression-accept"
        >
          {t('cooperation.expressionActions.accept.label')}
        </Button>
      ) : null}
      {actions.includes('decline') ? (
        <Button
          danger
          size={size}
          icon={<CloseOutlined />}
          onClick={() => setDeclining(true)}
          data-testid="expression-decline"
        >
          {t('cooperation.expressionActions.decline.label')}
        </Button>
      ) : null}
      {actions.includes('withdraw') ? (
        <Button
          size={size}
          icon={<UndoOutlined />}
          onClick={() => confirm('withdraw')}
          data-testid="expression-withdraw"
        >
          {t('cooperation.expressionActions.withdraw.label')}
        </Button>
      ) : null}
      {declining ? <DeclineModal expressionId={expressionId} onClose={() => setDeclining(false)} /> : null}
    </>
  );
}
