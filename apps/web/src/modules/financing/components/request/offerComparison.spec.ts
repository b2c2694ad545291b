import type {
  FinancingOfferDto,
  FinancingReviewDto,
  FinancingReviewRequesterAction,
  FinancingReviewStatus,
} from '@alliance/contracts';
import { compareDecimal, lowestRateOfferIds, offerColumns, versusRequest } from './offerComparison';

function offer(id: string, changes: Partial<FinancingOfferDto> = {}): FinancingOfferDto {
  return {
    id,
    status: 'released',
    requestRevision: 1,
    amount: '17000000.00',
    currency: 'USD',
    rateKind: 'interest',
    ratePercent: '5.2000',
    fees: null,
    tenorMonths: 84,
    conditions: null,
    validUntil: '2027-01-31',
    preparedByName: null,
    preparedAt: '2026-11-03T08:00:00.000Z',
    releasedByName: null,
    releasedAt: '2026-11-05T07:00:00.000Z',
    expired: false,
    ...changes,
  };
}

function review(
  id: string,
  status: FinancingReviewStatus,
  withOffer: FinancingOfferDto | null = null,
  actions: FinancingReviewRequesterAction[] = [],
): FinancingReviewDto {
  return {
    id,
    requestId: 'request-1',
    institution: { id: `institution-${id}`, nameEn: id, nameZh: null },
    status,
    declineReason: null,
    closeReason: null,
    offer: withOffer,
    messages: [],
    workingDaysWaiting: 0,
    overdue: false,
    openedAt: null,
    decidedAt: null,
    createdAt: '2026-10-20T02:00:00.000Z',
    actions,
    version: 1,
  };
}

const ids = (columns: ReturnType<typeof offerColumns>) => columns.map((column) => column.offer.id);

describe('the offer comparison', () => {
  it('has one column per released or decided offer, never a prepared one nor a review without an offer', () => {
    const columns = offerColumns({
      reviews: [
        review('bank', 'offer_made', offer('o-bank'), ['accept']),
        review('insurer', 'info_requested'),
        review('other', 'in_review', offer('o-prepared', { status: 'prepared' })),
      ],
    });
    expect(ids(columns)).toEqual(['o-bank']);
    expect(columns[0].acceptable).toBe(true);
  });

  it("offers acceptance exactly where the API lists it among the review's actions", () => {
    const reviews = [
      review('a', 'offer_made', offer('o-a'), ['accept']),
      review('b', 'offer_made', offer('o-b', { expired: true })),
    ];
    expect(offerColumns({ reviews }).map((column) => [column.offer.id, column.acceptable])).toEqual([
      ['o-a', true],
      ['o-b', false],
    ]);
    const unlisted = reviews.map((r) => ({ ...r, actions: [] }));
    expect(offerColumns({ reviews: unlisted }).every((column) => !column.acceptable)).toBe(true);
  });

  it('puts the accepted offer first, then open ones, expired ones, and lapsed ones last', () => {
    const columns = offerColumns({
      reviews: [
        review('lapsed', 'closed', offer('o-lapsed', { status: 'not_accepted' })),
        review('expired', 'offer_made', offer('o-expired', { expired: true })),
        review('open', 'offer_made', offer('o-open')),
        review('chosen', 'accepted', offer('o-chosen', { status: 'accepted' })),
      ],
    });
    expect(ids(columns)).toEqual(['o-chosen', 'o-open', 'o-expired', 'o-lapsed']);
    expect(columns.every((column) => !column.acceptable)).toBe(true);
  });

  it('compares decimal strings exactly, beyond what a float holds', () => {
    expect(compareDecimal('17000000.00', '17000000')).toBe(0);
    expect(compareDecimal('9.5', '10')).toBe(-1);
    expect(compareDecimal('1234567890123456.01', '1234567890123456.00')).toBe(1);
    expect(compareDecimal('4.35', '4.3500')).toBe(0);
    expect(compareDecimal('0.5', '0.45')).toBe(1);
  });

  it('sets an offer against the request only in the same currency', () => {
    const request = { amount: '18500000.00', currency: 'USD' as const, tenorMonths: 84 };
    expect(versusRequest(offer('o'), request)).toEqual({ amount: 'below', tenor: 'equal' });
    expect(versusRequest(offer('o', { amount: '18500000', tenorMonths: 96 }), request)).toEqual({
      amount: 'equal',
      tenor: 'above',
    });
    expect(versusRequest(offer('o', { currency: 'CNY' }), request).amount).toBeNull();
    expect(versusRequest(offer('o'), { amount: null, currency: null, tenorMonths: null })).toEqual({
      amount: null,
      tenor: null,
    });
  });

  it('marks the lowest rate of each kind among live offers, and nothing when they tie or stand alone', () => {
    const columns = offerColumns({
      reviews: [
        review('a', 'offer_made', offer('o-a', { ratePercent: '5.2000' })),
        review('b', 'offer_made', offer('o-b', { ratePercent: '4.9000' })),
        review('c', 'offer_made', offer('o-c', { ratePercent: '3.0000', expired: true })),
        review('d', 'offer_made', offer('o-d', { rateKind: 'premium', ratePercent: '0.8000' })),
      ],
    });
    expect([...lowestRateOfferIds(columns)]).toEqual(['o-b']);
    const tied = offerColumns({
      reviews: [review('a', 'offer_made', offer('o-a')), review('b', 'offer_made', offer('o-b'))],
    });
    expect(lowestRateOfferIds(tied).size).toBe(0);
  });
});
