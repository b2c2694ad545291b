import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';
import { useAbility } from '../../../lib/ability';
import { useRating } from '../api';

/**
 * `/policy/ratings/:id`, where the notifications about a rating lead: to the country's profile, on the
 * proposal or the change; a rejected proposal (which no profile lists) to the queue, where its reason is.
 */
export function RatingRedirectPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const ability = useAbility();
  const query = useRating(id);

  if (query.isPending) return <PageSpinner />;
  if (isApiError(query.error) && (query.error.statusCode === 404 || query.error.code === 'VALIDATION_FAILED'))
    return (
      <Result
        status="404"
        title={t('countries.ratings.notFound.title')}
        subTitle={t('countries.ratings.notFound.text')}
        data-testid="rating-not-found"
        extra={<ButtonLink to="/policy/countries">{t('countries.ratings.notFound.back')}</ButtonLink>}
      />
    );
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const rating = query.data;
  const anchor = `#rating-${rating.id}`;
  if (rating.status === 'rejected' && ability.can('create', 'CountryRating'))
    return <Navigate to={`/policy/ratings?status=rejected&country=${rating.country}${anchor}`} replace />;
  return <Navigate to={`/policy/countries/${rating.country}${rating.status === 'proposed' ? anchor : ''}`} replace />;
}
