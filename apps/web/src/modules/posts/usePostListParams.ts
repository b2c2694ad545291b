import { POST_KINDS, SECTORS, type PostStatus } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import { useListParams } from '../../lib/useListParams';
import type { PostFilter } from './api';

const KEYS = ['q', 'kind', 'country', 'sector', 'organizationId', 'from', 'to', 'status'] as const;
export type PostFilterKey = (typeof KEYS)[number];

/** The statuses the feed can show: drafts and archived posts are the reader's organization's (all, for the secretariat). */
export const FEED_STATUSES = ['published', 'draft', 'archived'] as const satisfies readonly PostStatus[];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A calendar day as YYYY-MM-DD that exists (no 2024-02-31); anything else is no filter. */
export function dayFilter(value: string | undefined): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

export function idFilter(value: string | undefined): string | undefined {
  return value && UUID.test(value) ? value : undefined;
}

/**
 * The feed's filters, kept in the address so a filtered feed can be shared and reloaded.
 * Values the API would refuse (an edited or outdated link) are dropped rather than sent.
 */
export function usePostListParams() {
  const { filters, setFilters } = useListParams(KEYS);
  return { filter: postFilterOf(filters), setFilters };
}

/** The feed's filter from the address's values (the hook above, and the route's prefetch). */
export function postFilterOf(filters: Partial<Record<PostFilterKey, string>>): PostFilter {
  return {
    q: filters.q?.trim() || undefined,
    kind: oneOf(POST_KINDS, filters.kind),
    country: countryFilter(filters.country),
    sector: oneOf(SECTORS, filters.sector),
    organizationId: idFilter(filters.organizationId),
    from: dayFilter(filters.from),
    to: dayFilter(filters.to),
    // Published is the API's default: leaving it out keeps the address short.
    status: oneOf(FEED_STATUSES, filters.status) === 'published' ? undefined : oneOf(FEED_STATUSES, filters.status),
  };
}

/** The feed's filter from an address's query string. */
export function postFilterOfSearch(search: URLSearchParams): PostFilter {
  return postFilterOf(Object.fromEntries(KEYS.map((key) => [key, search.get(key) ?? undefined])));
}
