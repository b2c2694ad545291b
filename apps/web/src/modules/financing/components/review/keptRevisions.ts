import type { FinancingRevisionDto } from '@alliance/contracts';

/**
 * The revisions to keep showing as unseen: those already shown plus any new ones, by number.
 * Returns the same array when nothing is new, so a caller can tell there is nothing to store.
 */
export function mergeRevisions(
  kept: readonly FinancingRevisionDto[],
  unseen: readonly FinancingRevisionDto[],
): readonly FinancingRevisionDto[] {
  const fresh = unseen.filter((revision) => !kept.some((k) => k.number === revision.number));
  if (fresh.length === 0) return kept;
  return [...kept, ...fresh].sort((a, b) => a.number - b.number);
}
