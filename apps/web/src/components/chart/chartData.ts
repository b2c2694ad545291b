/** A chart's categories (bars or points along an axis) and its series of values, one per category. */
export interface ChartCategory {
  key: string;
  label: string;
}

export interface ChartSeries {
  key: string;
  name: string;
  values: number[];
}

/**
 * Long rows (one per category and series value) as a chart's series: every category of `categories`
 * present, 0 where no row says otherwise, series in the order of `seriesKeys`.
 */
export function pivot<R>(
  rows: readonly R[],
  categories: readonly string[],
  seriesKeys: readonly string[],
  by: { category: (row: R) => string; series: (row: R) => string; value: (row: R) => number },
): Record<string, number[]> {
  const index = new Map(categories.map((c, i) => [c, i]));
  const out: Record<string, number[]> = Object.fromEntries(seriesKeys.map((k) => [k, categories.map(() => 0)]));
  for (const row of rows) {
    const i = index.get(by.category(row));
    const values = out[by.series(row)];
    if (i === undefined || !values) continue;
    values[i] += by.value(row);
  }
  return out;
}

/** The series keys that have any value other than 0, in the order given: a chart shows no empty series. */
export function nonEmpty(series: Record<string, number[]>, order: readonly string[]): string[] {
  return order.filter((key) => series[key]?.some((v) => v !== 0));
}

/**
 * Labels that all begin with the same words ("Strategic cooperation agreement with …") lose them on the
 * axis, whose width would otherwise show only those words; the table beneath keeps every label whole.
 */
export function withoutCommonWords(labels: string[]): string[] {
  if (labels.length < 2) return labels;
  const words = labels.map((label) => label.split(' '));
  let shared = 0;
  while (words.every((w) => w.length > shared + 1 && w[shared] === words[0][shared])) shared++;
  return shared >= 2 ? words.map((w) => `…${w.slice(shared).join(' ')}`) : labels;
}
