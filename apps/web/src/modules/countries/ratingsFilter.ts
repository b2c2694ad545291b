import { COUNTRY_RATING_STATUSES, type CountryRatingStatus } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import type { RatingsFilter } from './api';

/** The queue's filters as named in the address; `status=all` lists every change, no status the proposals waiting. */
export const RATINGS_FILTER_KEYS = ['status', 'country'] as const;
export type RatingsParams = Partial<Record<(typeof RATINGS_FILTER_KEYS)[number], string | undefined>>;

export const ALL_STATUSES = 'all';
export type StatusChoice = CountryRatingStatus | typeof ALL_STATUSES;

/** What the queue shows by default: the proposals waiting for a decision. */
export function statusChoice(params: RatingsParams): StatusChoice {
  if (params.status === ALL_STATUSES) return ALL_STATUSES;
  return oneOf(COUNTRY_RATING_STATUSES, params.status) ?? 'proposed';
}

export function ratingsFilterFromParams(params: RatingsParams): RatingsFilter {
  const status = statusChoice(params);
  return { status: status === ALL_STATUSES ? undefined : status, country: countryFilter(params.country) };
}

/** The address's value of a status choice: absent for the default (proposals waiting). */
export function statusParam(choice: StatusChoice): string | undefined {
  return choice === 'proposed' ? undefined : choice;
}
