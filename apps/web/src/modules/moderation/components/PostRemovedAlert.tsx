import type { PostDto } from '@alliance/contracts';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../../lib/ability';
import { formatDate } from '../../../lib/names';
import { usePostModeration } from '../api';

/** A removed post is shown to the secretariat only, with why and when it was removed. */
export function PostRemovedAlert({ post }: { post: PostDto }) {
  const { t, i18n } = useTranslation();
  const moderator = useAbility().can('moderate', 'Post');
  const removed = post.status === 'removed';
  const { data } = usePostModeration(post.id, removed && moderator);
  if (!removed) return null;

  return (
    <Alert
      role="status"
      type="error"
      showIcon
      data-testid="post-removed"
      style={{ marginBottom: 24 }}
      title={t('moderation.removed.title')}
      description={
        <>
          <div>{t('moderation.removed.text')}</div>
          {data?.removedReason ? (
            <div data-testid="post-removed-reason" style={{ whiteSpace: 'pre-wrap' }}>
              {t('moderation.removed.reason', { reason: data.removedReason })}
            </div>
          ) : null}
          {data?.removedAt ? (
            <Typography.Text type="secondary">
              {t('moderation.removed.at', { date: formatDate(data.removedAt, i18n.resolvedLanguage, true) })}
            </Typography.Text>
          ) : null}
        </>
      }
    />
  );
}
