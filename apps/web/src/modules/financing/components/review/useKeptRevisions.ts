import type { FinancingRevisionDto } from '@alliance/contracts';
import { useState } from 'react';
import { mergeRevisions } from './keptRevisions';

/**
 * The API marks revisions seen as soon as it sends them, so reading the review again (after an
 * action, or when the window regains focus) would drop the alert: the page keeps what was new
 * when the reader opened it, until they leave.
 */
export function useKeptRevisions(
  reviewId: string,
  unseen: readonly FinancingRevisionDto[],
): readonly FinancingRevisionDto[] {
  const [kept, setKept] = useState<{ reviewId: string; revisions: readonly FinancingRevisionDto[] }>({
    reviewId,
    revisions: unseen,
  });
  const base = kept.reviewId === reviewId ? kept.revisions : [];
  const merged = mergeRevisions(base, unseen);
  if (kept.reviewId !== reviewId || merged !== base) setKept({ reviewId, revisions: merged });
  return merged;
}
