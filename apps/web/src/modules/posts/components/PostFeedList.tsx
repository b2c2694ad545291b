import type { PostSummaryDto } from '@alliance/contracts';
import { Divider, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { earlierDividerIndex, isNewSince } from '../lastVisit';
import { PostCard } from './PostCard';

interface Props {
  posts: readonly PostSummaryDto[];
  /** The reader's last visit; null shows no "new" markers (a first visit, or drafts). */
  since: number | null;
}

/** The cards, with what is new since the last visit marked and set apart from what came "Earlier". */
export function PostFeedList({ posts, since }: Props) {
  const { t } = useTranslation();
  const divider = earlierDividerIndex(posts, since);
  return (
    <Flex vertical gap={16} role="list" data-testid="feed">
      {posts.map((post, index) => (
        <div key={post.id} role="listitem">
          {index === divider ? (
            <Divider plain titlePlacement="start" style={{ margin: '8px 0 24px' }} data-testid="feed-earlier">
              {t('posts.feed.earlier')}
            </Divider>
          ) : null}
          <PostCard post={post} isNew={isNewSince(post.publishedAt, since)} />
        </div>
      ))}
    </Flex>
  );
}
