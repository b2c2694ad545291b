import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useReportPost } from '../api';
import { ReasonField } from './ReasonField';

interface Props {
  postId: string;
  /** The report was received, or an earlier one of this reader is still open. */
  onReported: () => void;
  onClose: () => void;
}

/** A reader tells the secretariat what is wrong with a post; only the secretariat sees the report. */
export function ReportPostModal({ postId, onReported, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const report = useReportPost();
  const already = isApiError(report.error) && report.error.code === 'CONFLICT';

  const submit = ({ reason }: { reason: string }) =>
    report.mutate(
      { postId, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('moderation.report.done'));
          onReported();
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'CONFLICT') onReported();
          else applyApiFieldErrors(form, error, t);
        },
      },
    );

  return (
    <Modal
      open
      title={t('moderation.report.title')}
      okText={t('moderation.report.ok')}
      okButtonProps={{ loading: report.isPending, disabled: already }}
      cancelText={t(already ? 'moderation.close' : 'common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('moderation.report.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={report.error} message={already ? t('moderation.report.already') : undefined} />
      <Form form={form} name="report-post" layout="vertical" onFinish={submit} disabled={already}>
        <ReasonField
          name="reason"
          label={t('moderation.report.reason')}
          requiredMessage={t('moderation.report.reasonRequired')}
        />
      </Form>
    </Modal>
  );
}
