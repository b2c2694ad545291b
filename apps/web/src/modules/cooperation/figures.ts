import { DEAL_STAGES, type DealFigureDto } from '@alliance/contracts';

/** The stages in the pipeline's order, each present (a stage without deals shows as zero). */
export function stageRows(rows: readonly DealFigureDto[]): DealFigureDto[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return DEAL_STAGES.map(
    (stage) => byKey.get(stage) ?? { key: stage, deals: 0, projectSizeUsd: '0.00', investedUsd: '0.00' },
  );
}

/** Countries and sectors with the most deals first, then by name (stable across reloads). */
export function mostDealsFirst(rows: readonly DealFigureDto[]): DealFigureDto[] {
  return [...rows].sort((a, b) => b.deals - a.deals || a.key.localeCompare(b.key));
}

/** Whether the figures hold any deal at all (the charts then say so instead of drawing empty axes). */
export function hasDeals(total: DealFigureDto): boolean {
  return total.deals > 0;
}
