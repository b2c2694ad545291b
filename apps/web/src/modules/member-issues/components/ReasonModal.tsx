import { MEMBER_ISSUE_LIMITS } from '@alliance/contracts';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';

interface Props {
  /** Closing an issue or a case: their texts differ (title, explain, reason, reasonRequired, ok). */
  of: 'issue' | 'case';
  reference: string;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Closing needs a reason: the organizations concerned are told it. */
export function ReasonModal({ of, reference, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const base = `memberIssues.${of === 'issue' ? 'actions' : 'caseActions'}.close`;
  return (
    <Modal
      open
      title={t(`${base}.title`, { reference })}
      okText={t(`${base}.ok`)}
      okButtonProps={{ danger: true, loading: pending, 'data-testid': 'close-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      data-testid="close-modal"
    >
      <Typography.Paragraph type="secondary">{t(`${base}.explain`)}</Typography.Paragraph>
      <ApiErrorAlert error={error} />
      <Form
        form={form}
        name="close-reason"
        layout="vertical"
        initialValues={{ reason: '' }}
        onFinish={({ reason }) => onSubmit(reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t(`${base}.reason`)}
          rules={[
            { required: true, whitespace: true, message: t(`${base}.reasonRequired`) },
            { max: MEMBER_ISSUE_LIMITS.reasonLength, message: t('validation.maxLength') },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={MEMBER_ISSUE_LIMITS.reasonLength}
            showCount
            autoFocus
            data-testid="close-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
