import type { FinancingRequestDto } from '@alliance/contracts';
import { CloseCircleOutlined, EditOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../../components/ButtonLink';
import { useErrorToast } from '../../../../components/useErrorToast';
import { isApiError } from '../../../../lib/apiClient';
import { translateDetail } from '../../../../lib/forms';
import { useRequestCommand } from '../../api';
import { EndRequestModal } from './EndRequestModal';
import { useConfirmSubmit } from './useConfirmSubmit';

/**
 * The requester's buttons, exactly those the API lists in `actions` (accepting an offer lives
 * on the offer itself). Nothing shows for anyone else.
 */
export function RequestActions({ request }: { request: FinancingRequestDto }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const confirmSubmit = useConfirmSubmit();
  const toast = useErrorToast();
  const command = useRequestCommand(request.id);
  const [ending, setEnding] = useState<'withdraw' | 'close' | null>(null);
  const can = (action: FinancingRequestDto['actions'][number]) => request.actions.includes(action);

  /** A refused submission names the fields still missing: listed, so the requester knows what to fill in. */
  const refused = (error: unknown) => {
    if (!isApiError(error) || error.code !== 'UNPROCESSABLE' || error.details.length === 0) return toast(error);
    modal.error({
      title: t('financing.requests.submit.refused'),
      content: (
        <ul style={{ paddingInlineStart: 18, margin: 0 }}>
          {error.details.map((detail) => (
            <li key={`${detail.field}:${detail.constraint}`}>
              {/* A missing field is named; any other problem is said too. */}
              {detail.constraint === 'required'
                ? t(`financing.requests.submit.fieldLabels.${detail.field}`, { defaultValue: detail.field })
                : t('financing.requests.submit.problem', {
                    field: t(`financing.requests.submit.fieldLabels.${detail.field}`, { defaultValue: detail.field }),
                    problem: translateDetail(t, detail),
                  })}
            </li>
          ))}
        </ul>
      ),
    });
  };

  const submit = () =>
    void confirmSubmit(
      request.audience === 'named' ? { audience: 'named', institutions: request.institutions } : { audience: 'all' },
      () =>
        command
          .mutateAsync({ action: 'submit', version: request.version })
          .then(() => void message.success(t('financing.requests.submit.done')), refused),
    );

  return (
    <>
      {can('submit') ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={submit}
          loading={command.isPending}
          data-testid="request-submit"
        >
          {t('financing.requests.actions.submit')}
        </Button>
      ) : null}
      {can('update') ? (
        <ButtonLink to={`/financing/requests/${request.id}/edit`} icon={<EditOutlined />} data-testid="request-edit">
          {t('common.edit')}
        </ButtonLink>
      ) : null}
      {can('close') ? (
        <Button icon={<CloseCircleOutlined />} onClick={() => setEnding('close')} data-testid="request-close">
          {t('financing.requests.actions.close')}
        </Button>
      ) : null}
      {can('withdraw') ? (
        <Button danger icon={<RollbackOutlined />} onClick={() => setEnding('withdraw')} data-testid="request-withdraw">
          {t('financing.requests.actions.withdraw')}
        </Button>
      ) : null}
      {ending ? <EndRequestModal request={request} action={ending} onClose={() => setEnding(null)} /> : null}
    </>
  );
}
