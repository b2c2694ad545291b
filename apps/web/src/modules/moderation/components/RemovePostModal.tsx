import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { App, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useRemovePost } from '../api';
import { ReasonField } from './ReasonField';

interface Props {
  post: { id: string; titleEn: string | null; titleZh: string | null };
  onClose: () => void;
}

/** Removal is final: the post is hidden from everyone, kept for the record, and the author is e-mailed the reason. */
export function RemovePostModal({ post, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const remove = useRemovePost();
  const title = pickTitle(post, readerLanguage(i18n.resolvedLanguage));
  const alreadyRemoved = isApiError(remove.error) && remove.error.code === 'ILLEGAL_TRANSITION';

  const submit = ({ reason }: { reason: string }) =>
    remove.mutate(
      { postId: post.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('moderation.remove.done'));
          onClose();
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <Modal
      open
      title={t('moderation.remove.title')}
      okText={t('moderation.remove.ok')}
      okButtonProps={{ danger: true, loading: remove.isPending, disabled: alreadyRemoved }}
      cancelText={t(alreadyRemoved ? 'moderation.close' : 'common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph strong lang={htmlLang(title.language)}>
        {title.text}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('moderation.remove.explain')}</Typography.Paragraph>
      <ApiErrorAlert
        error={remove.error}
        message={alreadyRemoved ? t('moderation.remove.alreadyRemoved') : undefined}
      />
      <Form form={form} name="remove-post" layout="vertical" onFinish={submit} disabled={alreadyRemoved}>
        <ReasonField
          name="reason"
          label={t('moderation.remove.reason')}
          extra={t('moderation.remove.reasonHint')}
          requiredMessage={t('moderation.remove.reasonRequired')}
        />
      </Form>
    </Modal>
  );
}
