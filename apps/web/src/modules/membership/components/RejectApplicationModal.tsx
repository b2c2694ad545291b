import type { MembershipApplicationDto } from '@alliance/contracts';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useRejectApplication } from '../api';

interface Props {
  application: MembershipApplicationDto;
  onClose: () => void;
}

/** Rejecting always carries a reason: the applicant receives it by e-mail. */
export function RejectApplicationModal({ application, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = useRejectApplication();

  const submit = ({ reason }: { reason: string }) =>
    reject.mutate(
      { id: application.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('membership.applications.reject.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t('membership.applications.reject.title', { reference: application.reference })}
      okText={t('membership.applications.reject.ok')}
      okButtonProps={{ danger: true, loading: reject.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('membership.applications.reject.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={reject.error} />
      <Form form={form} name="reject-application" layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('membership.applications.reject.reason')}
          rules={[
            { required: true, whitespace: true, message: t('membership.applications.reject.reasonRequired') },
            { max: 2000, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
