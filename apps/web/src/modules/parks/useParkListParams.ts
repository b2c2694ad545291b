import { PARK_SORTS, PARK_STATUSES, SECTORS } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import { useListParams } from '../../lib/useListParams';
import type { ParkFilter } from './api';

const KEYS = ['q', 'country', 'sector', 'status', 'sort'] as const;
export type ParkFilterKey = (typeof KEYS)[number];

/**
 * The directory's filters, page and order, kept in the address. Values the API would refuse
 * (an edited or outdated link) are dropped rather than turned into an error.
 */
export function useParkListParams() {
  const { filters, page, limit, setFilters, setPage } = useListParams(KEYS);
  const filter: ParkFilter = {
    q: filters.q,
    country: countryFilter(filters.country),
    sector: oneOf(SECTORS, filters.sector),
    status: oneOf(PARK_STATUSES, filters.status),
    sort: oneOf(PARK_SORTS, filters.sort),
  };
  return { filter, page, limit, setFilters, setPage };
}
