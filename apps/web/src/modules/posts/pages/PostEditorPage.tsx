import { pickTitle, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ForbiddenPage } from '../../../app/pages/ForbiddenPage';
import { PageHeader } from '../../../components/PageHeader';
import { canAcrossOrganizations, canOn, useAbility } from '../../../lib/ability';
import { useMe } from '../../auth/api';
import { usePost } from '../api';
import { PostForm } from '../components/PostForm';
import { isMissingPost, PostNotFound } from '../components/PostNotFound';

/** `/posts/new` and `/posts/:id/edit`. */
export function PostEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const ability = useAbility();
  const { data: me } = useMe();
  const query = usePost(id);
  const chooseOrganization = canAcrossOrganizations(ability, 'create', 'Post');
  // Each reload starts the form over from the post as it now is.
  const [loads, setLoads] = useState(0);
  const reload = () => void query.refetch().then(() => setLoads((n) => n + 1));

  if (!id) {
    return (
      <div className="page">
        <Link to="/posts">
          <ArrowLeftOutlined /> {t('posts.backToFeed')}
        </Link>
        <div style={{ height: 12 }} />
        <PageHeader title={t('posts.form.createTitle')} subtitle={t('posts.form.intro')} />
        <PostForm ownOrganizationId={me?.organization.id} chooseOrganization={chooseOrganization} />
      </div>
    );
  }

  if (query.isPending) return <PageSpinner />;
  if (isMissingPost(query.error)) return <PostNotFound />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const post = query.data;
  // The route lets in anyone who may write some post; this one must be theirs, and not removed by moderation.
  if (
    post.status === 'removed' ||
    !canOn(ability, 'update', 'Post', { id: post.id, organizationId: post.organizationId })
  ) {
    return <ForbiddenPage />;
  }

  return (
    <div className="page">
      <Link to={`/posts/${post.id}`}>
        <ArrowLeftOutlined /> {pickTitle(post, readerLanguage(i18n.resolvedLanguage)).text}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader title={t('posts.form.editTitle')} subtitle={t('posts.form.intro')} />
      {/* Not keyed by version: a refetch in the background must not wipe what is being typed. */}
      <PostForm
        key={`${post.id}:${loads}`}
        post={post}
        ownOrganizationId={me?.organization.id}
        chooseOrganization={chooseOrganization}
        onReload={reload}
        reloading={query.isFetching}
      />
    </div>
  );
}
