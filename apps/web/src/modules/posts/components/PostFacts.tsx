import type { PostDto } from '@alliance/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, pickName } from '../../../lib/names';
import { PostTopics } from './PostTopics';

/** Who published the post, when, and what it concerns. */
export function PostFacts({ post }: { post: PostDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const topics = post.countries.length + post.sectors.length + post.tags.length > 0;
  return (
    <Descriptions column={1} size="small" data-testid="post-facts">
      <Descriptions.Item label={t('posts.fields.organization')}>
        <Link to={`/organizations/${post.organizationId}`}>{pickName(post.organization, language)}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('posts.fields.author')}>{post.authorName ?? '—'}</Descriptions.Item>
      {post.publishedAt ? (
        <Descriptions.Item label={t('posts.fields.publishedAt')}>
          {formatDate(post.publishedAt, language, true)}
        </Descriptions.Item>
      ) : (
        <Descriptions.Item label={t('posts.fields.createdAt')}>
          {formatDate(post.createdAt, language, true)}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('posts.fields.updatedAt')}>
        {formatDate(post.updatedAt, language, true)}
      </Descriptions.Item>
      {post.expiresAt ? (
        <Descriptions.Item label={t('posts.fields.expiresAt')}>
          {formatDate(post.expiresAt, language)}
        </Descriptions.Item>
      ) : null}
      {post.park ? (
        <Descriptions.Item label={t('posts.fields.park')}>
          <Link to={`/parks/${post.park.id}`} data-testid="post-park">
            {pickName(post.park, language)}
          </Link>
        </Descriptions.Item>
      ) : null}
      {topics ? (
        <Descriptions.Item label={t('posts.fields.topics')}>
          <PostTopics countries={post.countries} sectors={post.sectors} tags={post.tags} />
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
