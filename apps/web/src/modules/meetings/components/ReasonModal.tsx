import { MEETING_LIMITS } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useMeetingCommand } from '../api';

interface Props {
  meetingId: string;
  action: 'decline' | 'cancel';
  onClose: () => void;
}

/** Declining a request, or cancelling an agreed meeting, with an optional reason the other side reads. */
export function ReasonModal({ meetingId, action, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const command = useMeetingCommand();
  const submit = ({ reason }: { reason: string }) =>
    command.mutate(
      { id: meetingId, action, reason: reason.trim() || null },
      {
        onSuccess: () => {
          void message.success(t(`meetings.actions.${action}.done`));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t(`meetings.actions.${action}.title`)}
      okText={t(`meetings.actions.${action}.ok`)}
      okButtonProps={{ danger: true, loading: command.isPending, ...{ 'data-testid': `confirm-${action}` } }}
      cancelText={t('meetings.actions.back')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`meetings.actions.${action}.explain`)}</Typography.Paragraph>
      <ApiErrorAlert error={command.error} />
      <Form form={form} name={`meeting-${action}`} layout="vertical" onFinish={submit} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('meetings.actions.reasonOptional')}
          rules={[{ max: MEETING_LIMITS.reasonLength, message: t('validation.maxLength') }]}
        >
          <Input.TextArea rows={3} maxLength={MEETING_LIMITS.reasonLength} showCount data-testid={`${action}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
