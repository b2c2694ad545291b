import { RISK_ALERT_LIMITS, type RiskAlertDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useAlertCommand } from '../api';

/** "Our people are informed", from an admin of an exposed organization, with an optional note to the secretariat. */
export function AcknowledgeModal({ alert, onClose }: { alert: RiskAlertDto; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string | null }>();
  const command = useAlertCommand();

  const submit = ({ note }: { note: string | null }) =>
    command.mutate(
      { id: alert.id, command: { action: 'acknowledge', body: { note: note?.trim() || null } } },
      {
        onSuccess: () => {
          void message.success(t('riskAlerts.actions.acknowledge.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t('riskAlerts.actions.acknowledge.title')}
      okText={t('riskAlerts.actions.acknowledge.ok')}
      okButtonProps={{ loading: command.isPending, ...{ 'data-testid': 'confirm-acknowledge' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('riskAlerts.actions.acknowledge.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form
        form={form}
        name="risk-alert-acknowledge"
        layout="vertical"
        onFinish={submit}
        initialValues={{ note: null }}
      >
        <Form.Item
          name="note"
          label={t('riskAlerts.fields.ackNote')}
          rules={[{ max: RISK_ALERT_LIMITS.noteLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={RISK_ALERT_LIMITS.noteLength} data-testid="acknowledge-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
