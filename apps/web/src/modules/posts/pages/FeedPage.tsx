import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { canAcrossOrganizations, useAbility } from '../../../lib/ability';
import { formatDate } from '../../../lib/names';
import { usePostFeed } from '../api';
import { FeedStatusSwitch } from '../components/FeedStatusSwitch';
import { PostFeedList } from '../components/PostFeedList';
import { PostFilters } from '../components/PostFilters';
import { SiteSearchBox } from '../components/SiteSearchBox';
import { isNewSince } from '../lastVisit';
import { useLastVisit } from '../useLastVisit';
import { usePostListParams } from '../usePostListParams';

/** The information sharing feed: public posts for visitors, members-only ones too for members. */
export function FeedPage() {
  const { t, i18n } = useTranslation();
  const ability = useAbility();
  const { filter, setFilters } = usePostListParams();
  const lastVisit = useLastVisit();
  const feed = usePostFeed(filter);
  const posts = feed.data?.pages.flatMap((page) => page.items) ?? [];
  // Drafts and archived posts are not news: the markers belong to the published feed.
  const since = filter.status ? null : lastVisit;
  const newCount = posts.filter((post) => isNewSince(post.publishedAt, since)).length;
  const filtered = Object.entries(filter).some(([key, value]) => key !== 'status' && value !== undefined);

  return (
    <div className="page">
      <PageHeader
        title={t('posts.feed.title')}
        subtitle={t('posts.feed.subtitle')}
        extra={
          <>
            <SiteSearchBox />
            {ability.can('create', 'Post') ? (
              <ButtonLink to="/posts/new" type="primary" icon={<EditOutlined />} data-testid="write-post">
                {t('posts.feed.write')}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      <Card style={{ marginBottom: 24 }}>
        <Flex vertical gap={16}>
          {ability.can('create', 'Post') ? (
            <FeedStatusSwitch
              status={filter.status}
              onChange={(status) => setFilters({ status })}
              allOrganizations={canAcrossOrganizations(ability, 'update', 'Post')}
            />
          ) : null}
          <PostFilters filter={filter} onChange={setFilters} />
        </Flex>
      </Card>

      {newCount > 0 && lastVisit !== null ? (
        <Typography.Paragraph type="secondary" data-testid="feed-new-count">
          {t('posts.feed.newSince', {
            count: newCount,
            date: formatDate(new Date(lastVisit).toISOString(), i18n.resolvedLanguage, true),
          })}
        </Typography.Paragraph>
      ) : null}

      <ApiErrorAlert error={feed.error} />
      <Spin spinning={feed.isFetching && !feed.isFetchingNextPage}>
        {posts.length === 0 && !feed.isPending ? (
          <Card data-testid="feed-empty">
            <Empty
              description={t(
                filter.status
                  ? `posts.feed.emptyStatus.${filter.status}`
                  : filtered
                    ? 'posts.feed.emptyFiltered'
                    : 'posts.feed.empty',
              )}
            />
          </Card>
        ) : (
          <PostFeedList posts={posts} since={since} />
        )}
      </Spin>

      <Flex justify="center" style={{ marginTop: 24 }}>
        {feed.hasNextPage ? (
          <Button onClick={() => void feed.fetchNextPage()} loading={feed.isFetchingNextPage} data-testid="feed-more">
            {t('posts.feed.loadMore')}
          </Button>
        ) : posts.length > 0 ? (
          <Typography.Text type="secondary">{t('posts.feed.end')}</Typography.Text>
        ) : null}
      </Flex>
    </div>
  );
}
