import { CURRENCY_CODES, FINANCING_INSTRUMENTS, FINANCING_REVIEW_STATUSES } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../../../lib/listFilters';
import { gradeParam } from '../../../countries/grades';
import type { QueueFilter } from '../../api';
import { compareAmounts, parseAmount } from '../../money';

/** The queue's filters as they are named in the address. */
export const QUEUE_FILTER_KEYS = [
  'q',
  'reviewStatus',
  'instrument',
  'country',
  'riskGrade',
  'currency',
  'amountMin',
  'amountMax',
  'overdue',
  'release',
  'answered',
] as const;
export type QueueFilterKey = (typeof QUEUE_FILTER_KEYS)[number];
export type QueueParams = Partial<Record<QueueFilterKey, string | undefined>>;

/** `overdue=true` in the address: only reviews waiting past the working-day limit. */
const OVERDUE_ONLY = 'true';

/**
 * The address's values as the API takes them. A value the API would refuse (an edited or
 * outdated link) is dropped, so a bad link shows the unfiltered queue rather than an error;
 * a range whose minimum is above its maximum keeps only the minimum.
 */
export function queueFilterFromParams(params: QueueParams): QueueFilter {
  const amountMin = parseAmount(params.amountMin) ?? undefined;
  const maximum = parseAmount(params.amountMax) ?? undefined;
  const amountMax = amountMin && maximum && compareAmounts(amountMin, maximum) > 0 ? undefined : maximum;
  return {
    q: params.q?.trim() || undefined,
    reviewStatus: oneOf(FINANCING_REVIEW_STATUSES, params.reviewStatus),
    instrument: oneOf(FINANCING_INSTRUMENTS, params.instrument),
    country: countryFilter(params.country),
    riskGrade: gradeParam(params.riskGrade),
    currency: oneOf(CURRENCY_CODES, params.currency?.toUpperCase()),
    amountMin,
    amountMax,
    overdue: params.overdue === OVERDUE_ONLY ? true : undefined,
    release: params.release === 'true' ? true : undefined,
    answered: params.answered === 'true' ? true : undefined,
  };
}

/** The address's value for the overdue switch: present only when on. */
export function overdueParam(on: boolean): string | undefined {
  return on ? OVERDUE_ONLY : undefined;
}

/** How many filters are on, for the "clear filters" button. */
export function activeFilterCount(filter: QueueFilter): number {
  return QUEUE_FILTER_KEYS.filter((key) => filter[key] !== undefined).length;
}
