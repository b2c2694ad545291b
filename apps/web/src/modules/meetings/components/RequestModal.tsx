import { MEETING_LIMITS, type MeetingOrganizationRef } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useRequestMeeting } from '../api';

interface Props {
  eventId: string;
  organization: MeetingOrganizationRef;
  onClose: () => void;
}

/** A participant asks another for a one-to-one meeting, saying briefly why (the other side reads it before answering). */
export function RequestModal({ eventId, organization, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const request = useRequestMeeting(eventId);
  const name = pickName(organization, i18n.resolvedLanguage);
  const submit = ({ reason }: { reason: string }) =>
    request.mutate(
      { organizationId: organization.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('meetings.request.done', { name }));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );
  return (
    <Modal
      open
      title={t('meetings.request.title', { name })}
      okText={t('meetings.request.ok')}
      okButtonProps={{ loading: request.isPending, ...{ 'data-testid': 'confirm-request' } }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('meetings.request.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={request.error} />
      <Form form={form} name="meeting-request" layout="vertical" onFinish={submit} initialValues={{ reason: '' }}>
        <Form.Item
          name="reason"
          label={t('meetings.request.reason')}
          rules={[
            { required: true, whitespace: true, message: t('meetings.request.reasonRequired') },
            { max: MEETING_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={MEETING_LIMITS.reasonLength}
            showCount
            placeholder={t('meetings.request.placeholder')}
            data-testid="request-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
