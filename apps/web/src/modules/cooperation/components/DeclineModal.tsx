import { COOPERATION_LIMITS } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useExpressionCommand } from '../api';

/** The owner declines an expression of interest, with an optional reason the other side reads. */
export function DeclineModal({ expressionId, onClose }: { expressionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const command = useExpressionCommand();
  const submit = ({ reason }: { reason: string }) =>
    command.mutate(
      { id: expressionId, command: { action: 'decline', body: { reason: reason.trim() || null } } },
      {
        onSuccess: () => {
          void message.success(t('cooperation.expressionActions.decline.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('cooperation.expressionActions.decline.title')}
      okText={t('cooperation.expressionActions.decline.ok')}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': 'confirm-decline' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('cooperation.expressionActions.decline.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form form={form} name="expression-decline" layout="vertical" onFinish={submit} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('cooperation.fields.declineReason')}
          rules={[{ max: COOPERATION_LIMITS.reasonLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={COOPERATION_LIMITS.reasonLength} showCount data-testid="decline-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
