import type { CurrencyCode, FinancingPipelineRow } from '@alliance/contracts';
import { Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../../components/chart/Chart';
import { ChartFilterButton } from '../../../../components/chart/ChartFilterButton';
import { formatNumber } from '../../../../lib/names';
import { formatMoney } from '../../format';
import { amountIn, orderedAmounts, type PipelineMeasure } from './pipelineRows';
import './pipeline.css';

interface Props<K extends string> {
  rows: readonly FinancingPipelineRow<K>[];
  /** The row's name in the reader's language. */
  label: (key: K) => string;
  /** The header of the table's first column (status, instrument, host country). */
  categoryTitle: string;
  /** The chart's title, for screen readers. */
  title: string;
  measure: PipelineMeasure;
  /** The currencies in the headline figures' order, so each row lists its amounts the same way. */
  currencies: readonly CurrencyCode[];
  /** The key the list is filtered on, highlighted. */
  selected?: string;
  /** Clicking a bar or a name filters the list on it (again: clears it). */
  onSelect: (key: K | undefined) => void;
  testId: string;
  /** Rows beyond this many are summed up in one line. */
  limit?: number;
}

/** One breakdown of the pipeline: bars of the count or of the amounts in one currency, the figures in a table beneath. */
export function PipelineBarChart<K extends string>({
  rows,
  label,
  categoryTitle,
  title,
  measure,
  currencies,
  selected,
  onSelect,
  testId,
  limit = 12,
}: Props<K>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const shown = useMemo(() => rows.slice(0, limit), [rows, limit]);
  const rest = rows.slice(limit);
  const categories = useMemo(() => shown.map((row) => ({ key: row.key, label: label(row.key) })), [shown, label]);
  const series = useMemo(
    () => [
      {
        key: measure,
        name:
          measure === 'count'
            ? t('financing.pipeline.charts.byCount')
            : t('financing.pipeline.charts.byAmount', { currency: measure }),
        values: shown.map((row) => (measure === 'count' ? row.count : Number(amountIn(row.amounts, measure) ?? 0))),
      },
    ],
    [shown, measure, t],
  );
  // Amounts are sized as numbers but written from the exact decimal strings in the table.
  const format = useCallback(
    (value: number) =>
      measure === 'count' ? formatNumber(value, language) : formatNumber(Math.round(value), language),
    [measure, language],
  );
  const toggle = useCallback(
    (key: string) => onSelect(key === selected ? undefined : (key as K)),
    [onSelect, selected],
  );

  return (
    <>
      <Chart
        label={title}
        categories={categories}
        series={series}
        horizontal
        categoryTitle={categoryTitle}
        format={format}
        onSelect={toggle}
        renderCategory={(row) => {
          const active = row.key === selected;
          return (
            <ChartFilterButton
              label={row.label}
              active={active}
              title={t(active ? 'financing.pipeline.charts.clear' : 'financing.pipeline.charts.filter', {
                name: row.label,
              })}
              onToggle={() => toggle(row.key)}
            />
          );
        }}
        extraColumns={[
          ...(measure === 'count'
            ? []
            : [
                {
                  key: 'count',
                  title: t('financing.pipeline.charts.byCount'),
                  align: 'right' as const,
                  render: (_: unknown, row: { index: number }) => formatNumber(shown[row.index].count, language),
                },
              ]),
          {
            key: 'amounts',
            title: t('financing.fields.amount'),
            align: 'right',
            render: (_, row) => {
              const amounts = orderedAmounts(shown[row.index].amounts, currencies);
              return amounts.length === 0 ? (
                '—'
              ) : (
                <span className="pipeline-bar-amounts">
                  {amounts.map((amount) => (
                    <span key={amount.currency} className={amount.currency === measure ? 'measured' : undefined}>
                      {formatMoney(amount.total, amount.currency)}
                    </span>
                  ))}
                </span>
              );
            },
          },
        ]}
        emptyText={t('financing.pipeline.charts.empty')}
        testId={testId}
        pageSize={limit}
      />
      {rest.length > 0 ? (
        <Typography.Text type="secondary">
          {t('financing.pipeline.charts.more', {
            rows: formatNumber(rest.length, language),
            requests: formatNumber(
              rest.reduce((sum, row) => sum + row.count, 0),
              language,
            ),
          })}
        </Typography.Text>
      ) : null}
    </>
  );
}
