import {
  type EventDetailsDto,
  type PostSummaryDto,
  htmlLang,
  pickLocalized,
  pickTitle,
  readerLanguage,
} from '@alliance/contracts';
import { CalendarOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, pickName } from '../../../lib/names';
import { formatInZone } from '../eventTime';
import { LanguageMarker, MembersOnlyTag, NewTag, PinnedTag, PostKindTag, PostStatusTag } from './PostTags';
import { PostTopics } from './PostTopics';
import '../posts.css';

interface Props {
  /** A list item carries its event's times when the API includes them (the detail always does). */
  post: PostSummaryDto & { event?: Pick<EventDetailsDto, 'startsAt' | 'timeZone'> | null };
  /** Published after the reader's last visit. */
  isNew?: boolean;
}

/** One post in the feed: what it is, who wrote it when, and the first lines. */
export function PostCard({ post, isNew = false }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const title = pickTitle(post, reader);
  // The excerpt follows the title's language when it can, so a card does not mix the two.
  const excerpt = pickLocalized(post.excerptEn, post.excerptZh, title.language);
  const date =
    post.status === 'published' && post.publishedAt
      ? t('posts.card.published', { date: formatDate(post.publishedAt, language) })
      : t('posts.card.updated', { date: formatDate(post.updatedAt, language) });

  return (
    <Card data-testid="post-card" className={post.pinned ? 'post-card-pinned' : undefined}>
      <Flex vertical gap={8}>
        <Flex wrap gap={4} align="center">
          <PostKindTag kind={post.kind} />
          {post.pinned ? <PinnedTag /> : null}
          {isNew ? <NewTag /> : null}
          {post.visibility === 'members' ? <MembersOnlyTag /> : null}
          {post.status !== 'published' ? <PostStatusTag status={post.status} /> : null}
          {title.fallback ? <LanguageMarker language={title.language} /> : null}
        </Flex>
        {/* The feed's h1 is over it: an h2, at the size of antd's h4. */}
        <Typography.Title level={2} className="post-card-title" style={{ margin: 0 }} lang={htmlLang(title.language)}>
          <Link to={`/posts/${post.id}`} data-testid="post-card-title">
            {title.text}
          </Link>
        </Typography.Title>
        {post.kind === 'event' && post.event ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="post-card-event-date">
            <CalendarOutlined /> {formatInZone(post.event.startsAt, post.event.timeZone, language)} (
            {post.event.timeZone})
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">
          <Link to={`/organizations/${post.organizationId}`}>{pickName(post.organization, language)}</Link>
          {' · '}
          {date}
        </Typography.Text>
        {excerpt ? (
          <Typography.Paragraph ellipsis={{ rows: 3 }} lang={htmlLang(excerpt.language)} style={{ margin: 0 }}>
            {excerpt.text}
          </Typography.Paragraph>
        ) : null}
        <PostTopics countries={post.countries} sectors={post.sectors} tags={post.tags} />
      </Flex>
    </Card>
  );
}
