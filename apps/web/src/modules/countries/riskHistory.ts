import type { CountryRatingDto, RiskGrade, RiskOutlook } from '@alliance/contracts';

/** One published change as the history table lists it, and the chart draws it. */
export interface HistoryRow {
  id: string;
  effectiveOn: string;
  grade: RiskGrade;
  outlook: RiskOutlook;
  /** The grade's move from the change before: +1 worse, -1 better, 0 the same; null for the first. */
  change: number | null;
  rationaleEn: string | null;
  rationaleZh: string | null;
  source: string | null;
  publishedAt: string | null;
}

/**
 * The published changes in the order they took effect (then of publication), as the API decides
 * which one holds: the last row is the current grade.
 */
export function historyRows(history: readonly CountryRatingDto[]): HistoryRow[] {
  const ordered = [...history].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''),
  );
  return ordered.map((rating, index) => ({
    id: rating.id,
    effectiveOn: rating.effectiveOn,
    grade: rating.grade,
    outlook: rating.outlook,
    change: index === 0 ? null : rating.grade - ordered[index - 1].grade,
    rationaleEn: rating.rationaleEn,
    rationaleZh: rating.rationaleZh,
    source: rating.source,
    publishedAt: rating.publishedAt,
  }));
}

export interface ChartPoint {
  /** YYYY-MM-DD. */
  date: string;
  grade: RiskGrade;
  outlook: RiskOutlook;
  /** True for the point that only carries the current grade on to today. */
  carried: boolean;
}

/**
 * The chart's step line: one point per change, and the current grade carried on to `today`
 * (YYYY-MM-DD) so the last step has a length. A change later than today is drawn as it is.
 */
export function chartPoints(rows: readonly HistoryRow[], today: string): ChartPoint[] {
  const points: ChartPoint[] = rows.map((row) => ({
    date: row.effectiveOn,
    grade: row.grade,
    outlook: row.outlook,
    carried: false,
  }));
  const last = points.at(-1);
  if (last && last.date < today) points.push({ ...last, date: today, carried: true });
  return points;
}

/** Today in the reader's time zone as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
