import { DEAL_STAGES, FINANCING_INSTRUMENTS, type ResultsDto } from '@alliance/contracts';
import { Flex, Segmented, Select } from 'antd';
import { useMemo, useState } from 'react';
import { Chart } from '../../../components/chart/Chart';
import { nonEmpty, pivot } from '../../../components/chart/chartData';
import { groupDecimal } from '../../financing/format';
import { ResultsCard } from './ResultsCard';
import type { ResultsFormat } from './useResultsFormat';

interface Props {
  data: ResultsDto;
  f: ResultsFormat;
}

type Side = 'asked' | 'accepted';

/** Financing asked or accepted per quarter, stacked by instrument: counted, or summed in one currency. */
export function FinancingSection({ data, f }: Props) {
  const { t } = f;
  const [side, setSide] = useState<Side>('asked');
  const [measure, setMeasure] = useState<string>('count');
  const currencies = useMemo(() => [...new Set(data.financing.map((r) => r.currency))].sort(), [data.financing]);
  const shown = measure === 'count' || currencies.includes(measure as never) ? measure : 'count';
  const { categories, series } = useMemo(() => {
    const rows = shown === 'count' ? data.financing : data.financing.filter((r) => r.currency === shown);
    const values = pivot(rows, f.quarters, FINANCING_INSTRUMENTS, {
      category: (r) => r.period,
      series: (r) => r.instrument,
      value: (r) =>
        shown === 'count'
          ? side === 'asked'
            ? r.askedCount
            : r.acceptedCount
          : Number(side === 'asked' ? r.askedAmount : r.acceptedAmount),
    });
    return {
      categories: f.quarters.map((q) => ({ key: q, label: q })),
      series: nonEmpty(values, FINANCING_INSTRUMENTS).map((instrument) => ({
        key: instrument,
        name: t(`financing.instrument.${instrument}`),
        values: values[instrument],
      })),
    };
  }, [data.financing, f.quarters, shown, side, t]);
  const measureLabel =
    shown === 'count' ? t('results.financing.count') : t('results.financing.amount', { currency: shown });
  return (
    <ResultsCard
      id="financing"
      title={t('results.financing.title')}
      description={t('results.financing.description')}
      extra={
        <Flex gap={8} wrap>
          <Segmented<Side>
            aria-label={t('results.financing.title')}
            value={side}
            onChange={setSide}
            options={[
              { value: 'asked', label: t('results.financing.asked') },
              { value: 'accepted', label: t('results.financing.accepted') },
            ]}
            data-testid="results-financing-side"
          />
          <Select
            aria-label={t('results.financing.measure')}
            value={shown}
            onChange={setMeasure}
            options={[
              { value: 'count', label: t('results.financing.count') },
              ...currencies.map((c) => ({ value: c, label: t('results.financing.amount', { currency: c }) })),
            ]}
            style={{ minWidth: 140 }}
            popupMatchSelectWidth={false}
            data-testid="results-financing-measure"
          />
        </Flex>
      }
    >
      <Chart
        label={`${t('results.financing.title')}: ${t(`results.financing.${side}`)}, ${measureLabel}`}
        categories={categories}
        series={series}
        stacked
        categoryTitle={t('results.quarter')}
        format={f.number}
        csv={f.csv('financing')}
        emptyText={f.emptyText}
        testId="results-financing-chart"
      />
    </ResultsCard>
  );
}

/** The share of requests with an offer per instrument; counts and the median days in the table. */
export function FinancingOffersSection({ data, f }: Props) {
  const { t } = f;
  const rows = data.financingOffers;
  const categories = useMemo(
    () => rows.map((r) => ({ key: r.instrument, label: t(`financing.instrument.${r.instrument}`) })),
    [rows, t],
  );
  const series = useMemo(
    () => [
      {
        key: 'share',
        name: t('results.financingOffers.share'),
        values: rows.map((r) => Math.round((r.shareWithOffer ?? 0) * 1000) / 10),
      },
    ],
    [rows, t],
  );
  return (
    <ResultsCard
      id="financingOffers"
      title={t('results.financingOffers.title')}
      description={t('results.financingOffers.description')}
    >
      <Chart
        label={t('results.financingOffers.title')}
        categories={categories}
        series={series}
        horizontal
        categoryTitle={t('results.financingOffers.instrument')}
        format={(v) => `${f.number(v)} %`}
        extraColumns={[
          {
            key: 'requests',
            title: t('results.financingOffers.requests'),
            align: 'right',
            render: (_, r) => f.number(rows[r.index].requests),
          },
          {
            key: 'withOffer',
            title: t('results.financingOffers.withOffer'),
            align: 'right',
            render: (_, r) => f.number(rows[r.index].withOffer),
          },
          {
            key: 'days',
            title: t('results.financingOffers.days'),
            align: 'right',
            render: (_, r) => {
              const days = rows[r.index].medianDaysToFirstOffer;
              return days === null ? t('results.none') : f.number(days);
            },
          },
        ]}
        csv={f.csv('financingOffers')}
        emptyText={f.emptyText}
        testId="results-financing-offers-chart"
      />
    </ResultsCard>
  );
}

/** Deals opened in the period by stage, in the pipeline's order; the investment in the table. */
export function DealsSection({ data, f }: Props) {
  const { t } = f;
  const rows = useMemo(
    () =>
      DEAL_STAGES.map((stage) => data.deals.find((d) => d.stage === stage) ?? { stage, count: 0, investedUsd: '0' }),
    [data.deals],
  );
  const categories = useMemo(
    () => rows.map((r) => ({ key: r.stage, label: t(`cooperation.stage.${r.stage}`) })),
    [rows, t],
  );
  const series = useMemo(
    () => [{ key: 'count', name: t('results.deals.count'), values: rows.map((r) => r.count) }],
    [rows, t],
  );
  const empty = rows.every((r) => r.count === 0);
  return (
    <ResultsCard id="deals" title={t('results.deals.title')} description={t('results.deals.description')}>
      <Chart
        label={t('results.deals.title')}
        categories={empty ? [] : categories}
        series={series}
        horizontal
        categoryTitle={t('results.deals.stage')}
        format={f.number}
        extraColumns={[
          {
            key: 'invested',
            title: t('results.deals.invested'),
            align: 'right',
            render: (_, r) => groupDecimal(rows[r.index].investedUsd),
          },
        ]}
        csv={f.csv('deals')}
        emptyText={f.emptyText}
        testId="results-deals-chart"
      />
    </ResultsCard>
  );
}
