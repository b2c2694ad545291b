import type { FinancingOfferDto, FinancingRequestDto, FinancingReviewDto } from '@alliance/contracts';

/** One offer as a column of the comparison, with the review it answers. */
export interface OfferColumn {
  review: FinancingReviewDto;
  offer: FinancingOfferDto;
  /** The requester may accept this one now (the API lists `accept` among the review's actions). */
  acceptable: boolean;
}

/** Accepted first, then those still open (unexpired before expired), then the lapsed ones. */
function rank(offer: FinancingOfferDto): number {
  if (offer.status === 'accepted') return 0;
  if (offer.status === 'released') return offer.expired ? 2 : 1;
  return 3;
}

/**
 * The offers the requester can compare: released or decided ones (the API never sends a
 * prepared one to the requester, and none to the secretariat), in a stable order.
 */
export function offerColumns(request: Pick<FinancingRequestDto, 'reviews'>): OfferColumn[] {
  return request.reviews
    .flatMap((review) => (review.offer && review.offer.status !== 'prepared' ? [{ review, offer: review.offer }] : []))
    .map(({ review, offer }, index) => ({
      review,
      offer,
      index,
      acceptable: review.actions.includes('accept'),
    }))
    .sort((a, b) => rank(a.offer) - rank(b.offer) || a.index - b.index)
    .map(({ review, offer, acceptable }) => ({ review, offer, acceptable }));
}

/**
 * Compares two non-negative decimal strings exactly (never as floats): -1, 0 or 1.
 * "17000000.00" and "17000000" are equal.
 */
export function compareDecimal(a: string, b: string): number {
  const [wholeA, fractionA = ''] = a.split('.');
  const [wholeB, fractionB = ''] = b.split('.');
  const intA = wholeA.replace(/^0+(?=\d)/, '');
  const intB = wholeB.replace(/^0+(?=\d)/, '');
  if (intA.length !== intB.length) return intA.length < intB.length ? -1 : 1;
  if (intA !== intB) return intA < intB ? -1 : 1;
  const width = Math.max(fractionA.length, fractionB.length);
  const fracA = fractionA.padEnd(width, '0');
  const fracB = fractionB.padEnd(width, '0');
  if (fracA === fracB) return 0;
  return fracA < fracB ? -1 : 1;
}

export type Versus = 'below' | 'equal' | 'above';

const versus = (order: number): Versus => (order < 0 ? 'below' : order > 0 ? 'above' : 'equal');

/** How an offer's amount and tenor stand against what was asked; null where they cannot be compared. */
export function versusRequest(
  offer: Pick<FinancingOfferDto, 'amount' | 'currency' | 'tenorMonths'>,
  request: Pick<FinancingRequestDto, 'amount' | 'currency' | 'tenorMonths'>,
): { amount: Versus | null; tenor: Versus | null } {
  return {
    // Amounts in different currencies are not compared: no exchange rate is assumed.
    amount:
      request.amount && request.currency === offer.currency
        ? versus(compareDecimal(offer.amount, request.amount))
        : null,
    tenor: request.tenorMonths !== null ? versus(offer.tenorMonths - request.tenorMonths) : null,
  };
}

/**
 * The offers with the lowest rate of their kind (an interest rate is not compared with a
 * premium), among at least two offers of that kind that can still be accepted or were.
 */
export function lowestRateOfferIds(columns: readonly OfferColumn[]): Set<string> {
  const lowest = new Set<string>();
  const live = columns.filter(
    ({ offer }) => offer.status === 'accepted' || (offer.status === 'released' && !offer.expired),
  );
  for (const kind of new Set(live.map(({ offer }) => offer.rateKind))) {
    const same = live.filter(({ offer }) => offer.rateKind === kind);
    if (same.length < 2) continue;
    const best = same.reduce(
      (min, column) => (compareDecimal(column.offer.ratePercent, min) < 0 ? column.offer.ratePercent : min),
      same[0].offer.ratePercent,
    );
    // Everyone tied on the same rate: no one stands out.
    if (same.every(({ offer }) => compareDecimal(offer.ratePercent, best) === 0)) continue;
    same
      .filter(({ offer }) => compareDecimal(offer.ratePercent, best) === 0)
      .forEach(({ offer }) => lowest.add(offer.id));
  }
  return lowest;
}
