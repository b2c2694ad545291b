import type { FinancingReviewDetailDto } from '@alliance/contracts';

/** Why a prepared offer is not released by the reader now; null when they may release it. */
export type ReleaseWaiting = 'expired' | 'status' | 'maker' | 'checker' | 'noReleaser';

/**
 * Read from the API's `actions` (which hold `release_offer` only for an admin who did not prepare
 * the offer, while the review is in review) and the reader's role.
 */
export function releaseWaiting(
  detail: Pick<FinancingReviewDetailDto, 'review' | 'actions' | 'offerReleasers'>,
  isAdmin: boolean,
): ReleaseWaiting | null {
  if (detail.review.offer?.expired) return 'expired';
  if (detail.actions.includes('release_offer')) return null;
  // No admin but its makers (or those with a conflict): nobody can release it until a second admin is invited.
  if (detail.offerReleasers === 0) return 'noReleaser';
  // Released only while in review: a question to the requester holds the offer back.
  if (detail.review.status !== 'in_review') return 'status';
  // An admin who may release offers but not this one is its maker (four eyes).
  return isAdmin ? 'maker' : 'checker';
}
