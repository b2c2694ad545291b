import type { CurrencyCode, FinancingPipelineRow } from '@alliance/contracts';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../lib/names';
import { formatMoney } from '../../format';
import { measureRows, orderedAmounts, type PipelineMeasure } from './pipelineRows';
import './pipeline.css';

interface Props<K extends string> {
  rows: readonly FinancingPipelineRow<K>[];
  /** The row's name in the reader's language. */
  label: (key: K) => string;
  measure: PipelineMeasure;
  /** The currencies in the headline figures' order, so each row lists its amounts the same way. */
  currencies: readonly CurrencyCode[];
  /** The key the list is filtered on, highlighted. */
  selected?: string;
  /** Clicking a bar filters the list on it (again: clears it). */
  onSelect: (key: K | undefined) => void;
  testId: string;
  /** Rows beyond this many are summed up in one line. */
  limit?: number;
}

/** One breakdown of the pipeline as plain horizontal bars (no chart library): the count, and the amounts in each currency. */
export function PipelineBarChart<K extends string>({
  rows,
  label,
  measure,
  currencies,
  selected,
  onSelect,
  testId,
  limit = 12,
}: Props<K>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financing.pipeline.charts.empty')} />;

  const shown = measureRows(rows.slice(0, limit), measure);
  const rest = rows.slice(limit);

  return (
    <div data-testid={testId}>
      <ul className="pipeline-bars">
        {shown.map((row) => {
          const name = label(row.key);
          const active = row.key === selected;
          const amounts = orderedAmounts(row.amounts, currencies);
          return (
            <li key={row.key} data-key={row.key}>
              <button
                type="button"
                className={active ? 'pipeline-bar active' : 'pipeline-bar'}
                aria-pressed={active}
                title={t(active ? 'financing.pipeline.charts.clear' : 'financing.pipeline.charts.filter', { name })}
                onClick={() => onSelect(active ? undefined : row.key)}
              >
                <span className="pipeline-bar-label">{name}</span>
                <span className="pipeline-bar-track" aria-hidden>
                  <span
                    className={row.share > 0 ? 'pipeline-bar-fill' : 'pipeline-bar-fill empty'}
                    style={{ width: `${row.share * 100}%` }}
                  />
                </span>
                <span className="pipeline-bar-value" data-testid="bar-count">
                  {formatNumber(row.count, language)}
                </span>
                <span className="pipeline-bar-amounts">
                  {amounts.length === 0
                    ? '—'
                    : amounts.map((amount) => (
                        <span key={amount.currency} className={amount.currency === measure ? 'measured' : undefined}>
                          {formatMoney(amount.total, amount.currency)}
                        </span>
                      ))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
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
    </div>
  );
}
