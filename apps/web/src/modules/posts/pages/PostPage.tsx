import { htmlLang, otherTitle, pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { AttachmentList } from '../../attachments/components/AttachmentList';
import { PostRemovedAlert } from '../../moderation/components/PostRemovedAlert';
import { EventMeetingsCard } from '../../meetings/components/EventMeetingsCard';
import { usePost } from '../api';
import { PostActions } from '../components/PostActions';
import { PostBody } from '../components/PostBody';
import { PostEventCard } from '../components/PostEventCard';
import { PostFacts } from '../components/PostFacts';
import { isMissingPost, PostNotFound } from '../components/PostNotFound';
import { LanguageMarker, PinnedTag, PostKindTag, PostStatusTag, VisibilityTag } from '../components/PostTags';

// The secretariat's record of reports (antd's Table) loads for the secretariat only.
const PostModerationHistory = lazy(async () => ({
  default: (await import('../../moderation/components/PostModerationHistory')).PostModerationHistory,
}));

/** One post: its title and body in the reader's language, its facts, and what the reader may do with it. */
export function PostPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const query = usePost(id);
  const moderator = useAbility().can('moderate', 'Post');

  if (query.isPending) return <PageSpinner />;
  if (isMissingPost(query.error)) return <PostNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const post = query.data;
  const title = pickTitle(post, reader);
  const other = otherTitle(post, reader);

  return (
    <div className="page" data-testid="post-page">
      <Link to="/posts">
        <ArrowLeftOutlined /> {t('posts.backToFeed')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={<span lang={htmlLang(title.language)}>{title.text}</span>}
        subtitle={other ? <span lang={htmlLang(other.language)}>{other.text}</span> : undefined}
        extra={<PostActions post={post} />}
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }}>
        <PostKindTag kind={post.kind} />
        {post.pinned ? <PinnedTag /> : null}
        <VisibilityTag visibility={post.visibility} />
        <PostStatusTag status={post.status} />
        {title.fallback ? <LanguageMarker language={title.language} /> : null}
      </Flex>
      <PostRemovedAlert post={post} />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Card>
            <PostBody post={post} markedLanguage={title.fallback ? title.language : null} />
          </Card>
          {post.attachments?.length > 0 ? (
            <Card title={t('attachments.title')} style={{ marginTop: 24 }} data-testid="post-attachments">
              <AttachmentList attachments={post.attachments} />
            </Card>
          ) : null}
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            {post.kind === 'event' && post.event ? <PostEventCard post={post} event={post.event} /> : null}
            {post.kind === 'event' && post.event ? <EventMeetingsCard post={post} /> : null}
            <Card title={t('posts.detail.about')}>
              <PostFacts post={post} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {moderator ? (
        <Suspense fallback={null}>
          <PostModerationHistory post={post} />
        </Suspense>
      ) : null}
    </div>
  );
}
