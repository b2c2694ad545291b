import type { PostReportDto } from '@alliance/contracts';
import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useDismissReport } from '../api';
import { ReasonField } from './ReasonField';

interface Props {
  report: PostReportDto;
  onClose: () => void;
}

/** The post stays as it is; the report is closed with an optional note for the record. */
export function DismissReportModal({ report, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const dismiss = useDismissReport();
  const decided = isApiError(dismiss.error) && dismiss.error.code === 'ILLEGAL_TRANSITION';

  const submit = ({ note }: { note?: string }) =>
    dismiss.mutate(
      { reportId: report.id, note: note?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('moderation.dismiss.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t('moderation.dismiss.title')}
      okText={t('moderation.dismiss.ok')}
      okButtonProps={{ loading: dismiss.isPending, disabled: decided }}
      cancelText={t(decided ? 'moderation.close' : 'common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('moderation.dismiss.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={dismiss.error} message={decided ? t('moderation.dismiss.alreadyDecided') : undefined} />
      <Form form={form} name="dismiss-report" layout="vertical" onFinish={submit} disabled={decided}>
        <ReasonField name="note" label={t('moderation.dismiss.note')} extra={t('moderation.dismiss.noteHint')} />
      </Form>
    </Modal>
  );
}
