import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/ConflictAlert';

/** The post was saved by someone else while this form was open. */
export function PostConflictAlert({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  return (
    <ConflictAlert
      testId="post-conflict"
      title={t('posts.form.conflict.title')}
      text={t('posts.form.conflict.text')}
      reloadLabel={t('posts.form.conflict.reload')}
      onReload={onReload}
      reloading={reloading}
    />
  );
}
