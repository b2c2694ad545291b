import { MEMBERSHIP_STATUSES, ORGANIZATION_TYPES } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import { useListParams } from '../../lib/useListParams';
import type { OrganizationQuery } from './api';

const KEYS = ['q', 'type', 'status', 'country'] as const;

/**
 * The organization lists' filters and page, kept in the address. Values the API would refuse
 * (an edited or outdated link) are dropped rather than sent and answered with a 400.
 */
export function useOrganizationListParams() {
  const { filters, page, limit, setFilters, setPage } = useListParams(KEYS);
  const filter: Omit<OrganizationQuery, 'page' | 'limit'> = {
    q: filters.q,
    type: oneOf(ORGANIZATION_TYPES, filters.type),
    status: oneOf(MEMBERSHIP_STATUSES, filters.status),
    country: countryFilter(filters.country),
  };
  return { filter, page, limit, setFilters, setPage };
}
