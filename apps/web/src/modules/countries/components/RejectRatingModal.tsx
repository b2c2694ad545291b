import { COUNTRY_RATING_LIMITS } from '@alliance/contracts';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';

interface Props {
  pending: boolean;
  error: unknown;
  onReject: (reason: string) => void;
  onClose: () => void;
}

/** Rejecting needs a reason: the proposer is told it. */
export function RejectRatingModal({ pending, error, onReject, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('countries.decide.reject.title')}
      okText={t('countries.decide.reject.ok')}
      okButtonProps={{ danger: true, loading: pending, 'data-testid': 'reject-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="reject-modal"
    >
      <Typography.Paragraph type="secondary">{t('countries.decide.reject.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={error} />
      <Form
        form={form}
        name="reject-rating"
        layout="vertical"
        initialValues={{ reason: '' }}
        onFinish={({ reason }) => onReject(reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t('countries.decide.reject.reason')}
          rules={[
            { required: true, whitespace: true, message: t('countries.decide.reject.reasonRequired') },
            { max: COUNTRY_RATING_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={COUNTRY_RATING_LIMITS.reasonLength}
            showCount
            autoFocus
            data-testid="reject-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
