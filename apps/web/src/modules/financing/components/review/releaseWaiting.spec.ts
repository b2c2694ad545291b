import type { FinancingOfferDto, FinancingReviewDetailDto, FinancingReviewStatus } from '@alliance/contracts';
import { releaseWaiting } from './releaseWaiting';

function detail(
  status: FinancingReviewStatus,
  canRelease: boolean,
  expired = false,
  offerReleasers = 1,
): Pick<FinancingReviewDetailDto, 'review' | 'actions' | 'offerReleasers'> {
  return {
    offerReleasers,
    review: {
      status,
      offer: { status: 'prepared', expired } as FinancingOfferDto,
    } as FinancingReviewDetailDto['review'],
    actions: canRelease ? ['prepare_offer', 'release_offer', 'decline'] : ['prepare_offer', 'decline'],
  };
}

describe('who a prepared offer waits for', () => {
  it('waits for nobody when the reader may release it', () => {
    expect(releaseWaiting(detail('in_review', true), true)).toBeNull();
  });

  it('tells the admin who prepared it that another admin must release it', () => {
    expect(releaseWaiting(detail('in_review', false), true)).toBe('maker');
  });

  it('tells a staff member it waits for an admin', () => {
    expect(releaseWaiting(detail('in_review', false), false)).toBe('checker');
  });

  it('holds it back while a question waits for the requester', () => {
    expect(releaseWaiting(detail('info_requested', false), true)).toBe('status');
  });

  it('asks for a revision once its last valid day has passed, even of a checker', () => {
    expect(releaseWaiting(detail('in_review', true, true), true)).toBe('expired');
  });

  it('says a second admin must be invited when no admin but its makers could release it', () => {
    expect(releaseWaiting(detail('in_review', false, false, 0), true)).toBe('noReleaser');
    expect(releaseWaiting(detail('in_review', false, false, 0), false)).toBe('noReleaser');
  });
});
