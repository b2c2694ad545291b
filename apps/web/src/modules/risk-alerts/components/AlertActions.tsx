import type { RiskAlertAction, RiskAlertDto } from '@alliance/contracts';
import { CheckOutlined, EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorToast } from '../../../components/useErrorToast';
import { useAlertCommand } from '../api';
import { AcknowledgeModal } from './AcknowledgeModal';
import { UpdateAlertModal } from './UpdateAlertModal';
import { WithdrawAlertModal } from './WithdrawAlertModal';

type Writing = 'update' | 'withdraw' | 'acknowledge';

/**
 * The reader's buttons: exactly the steps the API lists in `actions` (reminders live in the report);
 * the release is confirmed, the others ask for what they carry.
 */
export function AlertActions({ alert, acknowledgeNow = false }: { alert: RiskAlertDto; acknowledgeNow?: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const command = useAlertCommand();
  const can = (action: RiskAlertAction) => alert.actions.includes(action);
  // The home page's banner links here to acknowledge at once: the dialog opens if the reader still may.
  const [writing, setWriting] = useState<Writing | null>(acknowledgeNow && can('acknowledge') ? 'acknowledge' : null);

  const release = () =>
    modal.confirm({
      title: t('riskAlerts.actions.release.title'),
      content: t('riskAlerts.actions.release.explain'),
      okText: t('riskAlerts.actions.release.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'confirm-release' } },
      onOk: () =>
        command
          .mutateAsync({ id: alert.id, command: { action: 'release', body: { version: alert.version } } })
          .then(() => void message.success(t('riskAlerts.actions.release.done')), toast),
    });

  return (
    <>
      {can('acknowledge') ? (
        <Button
          type="primary"
          icon={<CheckOutlined />}
          onClick={() => setWriting('acknowledge')}
          data-testid="alert-acknowledge"
        >
          {t('riskAlerts.actions.acknowledge.label')}
        </Button>
      ) : null}
      {can('release') ? (
        <Button type="primary" icon={<SendOutlined />} onClick={release} data-testid="alert-release">
          {t('riskAlerts.actions.release.label')}
        </Button>
      ) : null}
      {can('update') ? (
        <Button icon={<EditOutlined />} onClick={() => setWriting('update')} data-testid="alert-update-button">
          {t('riskAlerts.actions.update.label')}
        </Button>
      ) : null}
      {can('withdraw') ? (
        <Button danger icon={<StopOutlined />} onClick={() => setWriting('withdraw')} data-testid="alert-withdraw">
          {t('riskAlerts.actions.withdraw.label')}
        </Button>
      ) : null}
      {writing === 'update' ? <UpdateAlertModal alert={alert} onClose={() => setWriting(null)} /> : null}
      {writing === 'withdraw' ? <WithdrawAlertModal alert={alert} onClose={() => setWriting(null)} /> : null}
      {writing === 'acknowledge' ? <AcknowledgeModal alert={alert} onClose={() => setWriting(null)} /> : null}
    </>
  );
}
