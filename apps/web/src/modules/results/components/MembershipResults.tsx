import { MEMBER_ORGANIZATION_TYPES, POST_KINDS, type ResultsDto } from '@alliance/contracts';
import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { Chart } from '../../../components/chart/Chart';
import { nonEmpty, pivot } from '../../../components/chart/chartData';
import { countryName } from '../../../lib/names';
import { groupDecimal } from '../../financing/format';
import { ResultsCard } from './ResultsCard';
import type { ResultsFormat } from './useResultsFormat';

const STATUSES = ['active', 'suspended', 'withdrawn'] as const;
type Status = (typeof STATUSES)[number];

interface Props {
  data: ResultsDto;
  f: ResultsFormat;
}

/** Members by type at the end of each quarter, in the status chosen (active by default). */
export function MembersSection({ data, f }: Props) {
  const { t } = f;
  const [status, setStatus] = useState<Status>('active');
  const { categories, series } = useMemo(() => {
    const rows = data.members.filter((r) => r.status === status);
    const values = pivot(rows, f.quarters, MEMBER_ORGANIZATION_TYPES, {
      category: (r) => r.period,
      series: (r) => r.type,
      value: (r) => r.count,
    });
    return {
      categories: f.quarters.map((q) => ({ key: q, label: q })),
      series: nonEmpty(values, MEMBER_ORGANIZATION_TYPES).map((type) => ({
        key: type,
        name: t(`enums.organizationType.${type}`),
        values: values[type],
      })),
    };
  }, [data.members, status, f.quarters, t]);
  return (
    <ResultsCard
      id="members"
      title={t('results.members.title')}
      description={t('results.members.description')}
      extra={
        <Segmented<Status>
          aria-label={t('results.members.status')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: t(`enums.membershipStatus.${s}`) }))}
          data-testid="results-members-status"
        />
      }
    >
      <Chart
        label={`${t('results.members.title')}: ${t(`enums.membershipStatus.${status}`)}`}
        categories={categories}
        series={series}
        stacked
        categoryTitle={t('results.quarter')}
        format={f.number}
        csv={f.csv('members')}
        emptyText={f.emptyText}
        testId="results-members-chart"
      />
    </ResultsCard>
  );
}

/** Parks per host country today, with their enterprises, investment and jobs in the table. */
export function HostCountriesSection({ data, f }: Props) {
  const { t, language } = f;
  const rows = data.hostCountries;
  const categories = useMemo(
    () => rows.map((r) => ({ key: r.country, label: countryName(r.country, language) })),
    [rows, language],
  );
  const series = useMemo(
    () => [{ key: 'parks', name: t('results.hostCountries.parks'), values: rows.map((r) => r.parks) }],
    [rows, t],
  );
  return (
    <ResultsCard
      id="hostCountries"
      title={t('results.hostCountries.title')}
      description={t('results.hostCountries.description')}
    >
      <Chart
        label={t('results.hostCountries.title')}
        categories={categories}
        series={series}
        horizontal
        categoryTitle={t('results.hostCountries.country')}
        format={f.number}
        extraColumns={[
          {
            key: 'enterprises',
            title: t('results.hostCountries.enterprises'),
            align: 'right',
            render: (_, row) => f.number(rows[row.index].enterprises),
          },
          {
            key: 'investment',
            title: t('results.hostCountries.investment'),
            align: 'right',
            render: (_, row) => groupDecimal(rows[row.index].investmentUsd),
          },
          {
            key: 'jobs',
            title: t('results.hostCountries.jobs'),
            align: 'right',
            render: (_, row) => f.number(rows[row.index].localJobs),
          },
        ]}
        csv={f.csv('hostCountries')}
        emptyText={f.emptyText}
        testId="results-host-countries-chart"
      />
    </ResultsCard>
  );
}

/** Posts published per month, stacked by kind. */
export function PostsSection({ data, f }: Props) {
  const { t } = f;
  const { categories, series } = useMemo(() => {
    const values = pivot(data.posts, f.months, POST_KINDS, {
      category: (r) => r.period,
      series: (r) => r.kind,
      value: (r) => r.count,
    });
    return {
      categories: f.months.map((m) => ({ key: m, label: m })),
      series: nonEmpty(values, POST_KINDS).map((kind) => ({
        key: kind,
        name: t(`posts.kind.${kind}`),
        values: values[kind],
      })),
    };
  }, [data.posts, f.months, t]);
  return (
    <ResultsCard id="posts" title={t('results.posts.title')} description={t('results.posts.description')}>
      <Chart
        label={t('results.posts.title')}
        categories={categories}
        series={series}
        stacked
        categoryTitle={t('results.month')}
        format={f.number}
        csv={f.csv('posts')}
        emptyText={f.emptyText}
        testId="results-posts-chart"
      />
    </ResultsCard>
  );
}
