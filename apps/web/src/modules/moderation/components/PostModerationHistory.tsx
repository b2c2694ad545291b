import type { PostDto } from '@alliance/contracts';
import { Collapse, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useAbility } from '../../../lib/ability';
import { formatDate } from '../../../lib/names';
import { usePostModeration } from '../api';
import { PostReportsTable } from './PostReportsTable';

/** For the secretariat: the post's reports and its removal, kept for the record. */
export function PostModerationHistory({ post }: { post: PostDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const moderator = useAbility().can('moderate', 'Post');
  const query = usePostModeration(post.id, moderator);
  if (!moderator) return null;

  const history = query.data;
  const reports = history?.reports ?? [];
  const open = reports.filter((report) => report.status === 'open').length;
  // Folded while there is nothing to read; unfolded once the post has been reported or removed.
  const eventful = reports.length > 0 || Boolean(history?.removedAt);

  return (
    <Collapse
      key={eventful ? 'eventful' : 'quiet'}
      defaultActiveKey={eventful ? ['history'] : []}
      style={{ marginTop: 24 }}
      data-testid="post-moderation-history"
      items={[
        {
          key: 'history',
          label: (
            <Flex gap={8} align="center" wrap>
              <span>{t('moderation.history.title')}</span>
              <Tag>{t('moderation.history.reports', { count: reports.length })}</Tag>
              {open > 0 ? <Tag color="gold">{t('moderation.history.open', { count: open })}</Tag> : null}
            </Flex>
          ),
          children: (
            <>
              <ApiErrorAlert error={query.error} />
              {history?.removedAt ? (
                <Descriptions
                  column={1}
                  size="small"
                  style={{ marginBottom: 16 }}
                  data-testid="post-moderation-removal"
                >
                  <Descriptions.Item label={t('moderation.history.removedAt')}>
                    {formatDate(history.removedAt, language, true)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('moderation.history.removedReason')}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{history.removedReason ?? '—'}</span>
                  </Descriptions.Item>
                </Descriptions>
              ) : null}
              <PostReportsTable reports={reports} loading={query.isPending} />
            </>
          ),
        },
      ]}
    />
  );
}
