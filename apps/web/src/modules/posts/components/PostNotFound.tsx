import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';
import { useMe } from '../../auth/api';

/** A malformed id is as missing as an unknown one; so is a post the reader may not see. */
export function isMissingPost(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

/** A friendly dead end: back to the feed, or sign in when the post may be for members only. */
export function PostNotFound() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const location = useLocation();
  return (
    <Result
      status="404"
      title={t('posts.notFound.title')}
      subTitle={t(me ? 'posts.notFound.text' : 'posts.notFound.visitorText')}
      data-testid="post-not-found"
      extra={
        <>
          <ButtonLink to="/posts" type="primary">
            {t('posts.backToFeed')}
          </ButtonLink>
          {me ? null : (
            <ButtonLink to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              {t('posts.notFound.signIn')}
            </ButtonLink>
          )}
        </>
      }
    />
  );
}
