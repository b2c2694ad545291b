import { COUNTRY_RATING_STATUSES } from '@alliance/contracts';
import { Card, Empty, Flex, Pagination, Segmented, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { CountrySelect } from '../../../components/CountrySelect';
import { PageHeader } from '../../../components/PageHeader';
import { useAbility } from '../../../lib/ability';
import { useListParams } from '../../../lib/useListParams';
import { useCountryGrades, useRatings } from '../api';
import { RatingCard } from '../components/RatingCard';
import {
  ALL_STATUSES,
  RATINGS_FILTER_KEYS,
  ratingsFilterFromParams,
  statusChoice,
  statusParam,
  type StatusChoice,
} from '../ratingsFilter';

const STATUS_CHOICES: StatusChoice[] = [...COUNTRY_RATING_STATUSES, ALL_STATUSES];

/**
 * `/policy/ratings`: the proposed changes of the countries' grades. The secretariat sees every one
 * and decides there (never on its own); a research institute's admin follows its organization's.
 */
export function RatingsPage() {
  const { t } = useTranslation();
  const { filters, page, limit, setFilters, setPage } = useListParams(RATINGS_FILTER_KEYS);
  const filter = ratingsFilterFromParams(filters);
  const status = statusChoice(filters);
  const ratings = useRatings({ ...filter, page, limit });
  const grades = useCountryGrades();
  const current = new Map((grades.data ?? []).map((grade) => [grade.country, grade]));
  // Who decides on proposals (the secretariat) reads every one; a proposer its organization's.
  const decides = useAbility().can('review', 'CountryRating');
  const items = ratings.data?.items ?? [];

  return (
    <div className="page" data-testid="ratings-page">
      <PageHeader
        title={t('countries.ratings.title')}
        subtitle={decides ? t('countries.ratings.subtitleSecretariat') : t('countries.ratings.subtitleOwn')}
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented<StatusChoice>
            aria-label={t('countries.ratings.status')}
            value={status}
            onChange={(choice) => setFilters({ status: statusParam(choice) })}
            options={STATUS_CHOICES.map((value) => ({
              value,
              label: t(`countries.ratings.statuses.${value}`),
            }))}
            data-testid="ratings-status"
          />
          <CountrySelect
            allowClear
            value={filter.country}
            placeholder={t('countries.fields.country')}
            aria-label={t('countries.fields.country')}
            onChange={(country?: string) => setFilters({ country })}
            style={{ width: 220 }}
          />
        </Flex>
        <ApiErrorAlert error={ratings.error} />
        {ratings.isPending && !ratings.error ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              status === 'proposed' && !filter.country
                ? t('countries.ratings.empty')
                : t('countries.ratings.emptyFiltered')
            }
          />
        ) : (
          <div data-testid="ratings-list" style={{ opacity: ratings.isFetching ? 0.6 : 1 }}>
            {items.map((rating) => (
              <RatingCard key={rating.id} rating={rating} current={current.get(rating.country) ?? null} withCountry />
            ))}
          </div>
        )}
        {ratings.data && ratings.data.total > ratings.data.limit ? (
          <Pagination
            style={{ marginTop: 16, justifyContent: 'flex-end' }}
            current={ratings.data.page}
            pageSize={ratings.data.limit}
            total={ratings.data.total}
            onChange={setPage}
            showTotal={(total) => t('common.total', { count: total })}
          />
        ) : null}
      </Card>
    </div>
  );
}
