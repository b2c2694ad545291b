import {
  MEMBER_ISSUE_CATEGORIES,
  pickTitle,
  readerLanguage,
  RESULTS_TOP_AGREEMENTS,
  type ResultsDto,
} from '@alliance/contracts';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../../../components/chart/Chart';
import { ResultsCard } from './ResultsCard';
import type { ResultsFormat } from './useResultsFormat';

interface Props {
  data: ResultsDto;
  f: ResultsFormat;
}

/**
 * Service requests and deliveries of the agreements with most requests (the ratings in the table),
 * and every agreement's together beneath the description.
 */
export function ServicesSection({ data, f }: Props) {
  const { t, language } = f;
  const rows = data.services;
  const overall = data.servicesOverall;
  const categories = useMemo(
    () => rows.map((r) => ({ key: r.agreementId, label: pickTitle(r, readerLanguage(language)).text })),
    [rows, language],
  );
  const series = useMemo(
    () => [
      { key: 'requests', name: t('results.services.requests'), values: rows.map((r) => r.requests) },
      { key: 'delivered', name: t('results.services.delivered'), values: rows.map((r) => r.delivered) },
    ],
    [rows, t],
  );
  return (
    <ResultsCard id="services" title={t('results.services.title')} description={t('results.services.description')}>
      {overall.requests > 0 && (
        <Typography.Paragraph data-testid="results-services-overall">
          {t('results.services.overall', {
            requests: f.number(overall.requests),
            agreements: f.number(overall.agreements),
            delivered: f.number(overall.delivered),
            rating: overall.averageRating === null ? t('results.none') : f.number(overall.averageRating),
            ratings: f.number(overall.ratings),
          })}
          {overall.agreements > rows.length && ` ${t('results.services.top', { top: RESULTS_TOP_AGREEMENTS })}`}
        </Typography.Paragraph>
      )}
      <Chart
        label={t('results.services.title')}
        categories={categories}
        series={series}
        horizontal
        categoryTitle={t('results.services.agreement')}
        format={f.number}
        extraColumns={[
          {
            key: 'rating',
            title: t('results.services.rating'),
            align: 'right',
            render: (_, r) => {
              const rating = rows[r.index].averageRating;
              return rating === null ? t('results.none') : f.number(rating);
            },
          },
          {
            key: 'ratings',
            title: t('results.services.ratings'),
            align: 'right',
            render: (_, r) => f.number(rows[r.index].ratings),
          },
        ]}
        csv={f.csv('services')}
        emptyText={f.emptyText}
        testId="results-services-chart"
      />
    </ResultsCard>
  );
}

/** Endorsements standing at the end of each quarter (a line); signed and withdrawn in the table. */
export function SignatoriesSection({ data, f }: Props) {
  const { t } = f;
  const rows = data.signatories;
  const categories = useMemo(() => rows.map((r) => ({ key: r.period, label: r.period })), [rows]);
  const series = useMemo(
    () => [{ key: 'standing', name: t('results.signatories.standing'), values: rows.map((r) => r.standing) }],
    [rows, t],
  );
  return (
    <ResultsCard
      id="signatories"
      title={t('results.signatories.title')}
      description={t('results.signatories.description')}
    >
      <Chart
        label={t('results.signatories.title')}
        categories={categories}
        series={series}
        type="line"
        categoryTitle={t('results.quarter')}
        format={f.number}
        extraColumns={[
          {
            key: 'signed',
            title: t('results.signatories.signed'),
            align: 'right',
            render: (_, r) => f.number(rows[r.index].signed),
          },
          {
            key: 'withdrawn',
            title: t('results.signatories.withdrawn'),
            align: 'right',
            render: (_, r) => f.number(rows[r.index].withdrawn),
          },
        ]}
        csv={f.csv('signatories')}
        emptyText={f.emptyText}
        testId="results-signatories-chart"
      />
    </ResultsCard>
  );
}

/** Alerts issued and acknowledgements given per quarter, side by side. */
export function AlertsSection({ data, f }: Props) {
  const { t } = f;
  const rows = data.alerts;
  const categories = useMemo(() => rows.map((r) => ({ key: r.period, label: r.period })), [rows]);
  const series = useMemo(
    () => [
      { key: 'issued', name: t('results.alerts.issued'), values: rows.map((r) => r.issued) },
      { key: 'acknowledged', name: t('results.alerts.acknowledged'), values: rows.map((r) => r.acknowledged) },
    ],
    [rows, t],
  );
  return (
    <ResultsCard id="alerts" title={t('results.alerts.title')} description={t('results.alerts.description')}>
      <Chart
        label={t('results.alerts.title')}
        categories={categories}
        series={series}
        categoryTitle={t('results.quarter')}
        format={f.number}
        csv={f.csv('alerts')}
        emptyText={f.emptyText}
        testId="results-alerts-chart"
      />
    </ResultsCard>
  );
}

/** Cases opened and answered per category; the median days to an answer in the table. */
export function IssueCasesSection({ data, f }: Props) {
  const { t } = f;
  const rows = useMemo(
    () => MEMBER_ISSUE_CATEGORIES.flatMap((category) => data.issueCases.filter((c) => c.category === category)),
    [data.issueCases],
  );
  const categories = useMemo(
    () => rows.map((r) => ({ key: r.category, label: t(`memberIssues.category.${r.category}`) })),
    [rows, t],
  );
  const series = useMemo(
    () => [
      { key: 'cases', name: t('results.issueCases.cases'), values: rows.map((r) => r.cases) },
      { key: 'answered', name: t('results.issueCases.answered'), values: rows.map((r) => r.answered) },
    ],
    [rows, t],
  );
  return (
    <ResultsCard
      id="issueCases"
      title={t('results.issueCases.title')}
      description={t('results.issueCases.description')}
    >
      <Chart
        label={t('results.issueCases.title')}
        categories={categories}
        series={series}
        horizontal
        categoryTitle={t('results.issueCases.category')}
        format={f.number}
        extraColumns={[
          {
            key: 'days',
            title: t('results.issueCases.days'),
            align: 'right',
            render: (_, r) => {
              const days = rows[r.index].medianDaysToAnswer;
              return days === null ? t('results.none') : f.number(days);
            },
          },
        ]}
        csv={f.csv('issueCases')}
        emptyText={f.emptyText}
        testId="results-issue-cases-chart"
      />
    </ResultsCard>
  );
}
