import {
  COMMON_CURRENCIES,
  FINANCING_REQUEST_STATUSES,
  type CurrencyCode,
  type FinancingPipelineAmount,
  type FinancingPipelineRow,
  type FinancingRequestStatus,
} from '@alliance/contracts';

/** What the bars measure: the number of requests, or the amount asked in one currency (amounts in different currencies are never added up). */
export type PipelineMeasure = 'count' | CurrencyCode;

/** The pipeline counts submitted requests only: drafts are the requester's own business. */
export const PIPELINE_STATUSES: readonly FinancingRequestStatus[] = FINANCING_REQUEST_STATUSES.filter(
  (status) => status !== 'draft',
);

export interface ChartRow<K extends string> extends FinancingPipelineRow<K> {
  /** The bar's length, 0 to 1, relative to the longest bar of the chart. */
  share: number;
}

/**
 * The rows in a fixed order (a lifecycle, an enum), every key present: a status or instrument
 * no request has yet shows as an empty bar rather than missing.
 */
export function completeRows<K extends string>(
  rows: readonly FinancingPipelineRow<K>[],
  keys: readonly K[],
): FinancingPipelineRow<K>[] {
  return keys.map((key) => rows.find((row) => row.key === key) ?? { key, count: 0, amounts: [] });
}

/** Rows without a fixed order (host countries): most requests first, ties by key so the order is stable. */
export function mostFirst<K extends string>(rows: readonly FinancingPipelineRow<K>[]): FinancingPipelineRow<K>[] {
  return [...rows].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The exact decimal sum of a row in one currency, or null when the row has none in it. */
export function amountIn(amounts: readonly FinancingPipelineAmount[], currency: CurrencyCode): string | null {
  return amounts.find((amount) => amount.currency === currency)?.total ?? null;
}

/**
 * The length of each bar for the chosen measure. Amounts become JavaScript numbers here only
 * to size the bars (a rounding in the 16th digit does not change a bar's width); every figure
 * shown stays the exact decimal string.
 */
export function measureRows<K extends string>(
  rows: readonly FinancingPipelineRow<K>[],
  measure: PipelineMeasure,
): ChartRow<K>[] {
  const values = rows.map((row) => (measure === 'count' ? row.count : Number(amountIn(row.amounts, measure) ?? 0)));
  const max = Math.max(0, ...values);
  return rows.map((row, i) => ({ ...row, share: max > 0 ? values[i] / max : 0 }));
}

/** The currencies in which amounts were asked: the alliance's usual ones first, then the others alphabetically. */
export function pipelineCurrencies(amounts: readonly FinancingPipelineAmount[]): CurrencyCode[] {
  const rank = (code: CurrencyCode) => {
    const common = COMMON_CURRENCIES.indexOf(code);
    return common === -1 ? COMMON_CURRENCIES.length : common;
  };
  return amounts.map((amount) => amount.currency).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A row's amounts in the same order as the headline figures, so a currency is always in the same place. */
export function orderedAmounts(
  amounts: readonly FinancingPipelineAmount[],
  currencies: readonly CurrencyCode[],
): FinancingPipelineAmount[] {
  return currencies.flatMap((currency) => amounts.filter((amount) => amount.currency === currency));
}
