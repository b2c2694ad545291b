import {
  COOPERATION_PROJECT_KINDS,
  COOPERATION_PROJECT_STATUSES,
  SECTORS,
  type CooperationProjectQuery,
} from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import { compareAmounts, parseAmount } from '../financing/money';

/** The list's tabs: published projects, the reader's organization's own, the secretariat's review queue. */
export const PROJECT_SCOPES = ['all', 'mine', 'review'] as const;
export type ProjectScope = (typeof PROJECT_SCOPES)[number];

export const PROJECT_FILTER_KEYS = [
  'scope',
  'kind',
  'sector',
  'country',
  'minSizeUsd',
  'maxSizeUsd',
  'parkId',
  'status',
  'q',
] as const;
export type ProjectFilterKey = (typeof PROJECT_FILTER_KEYS)[number];
export type ProjectFilterValues = Partial<Record<ProjectFilterKey, string>>;

/** The tabs a reader has: members publish (`mine`), the secretariat reviews (`review`) and owns none. */
export function scopesFor(secretariat: boolean): ProjectScope[] {
  return secretariat ? ['all', 'review'] : ['all', 'mine'];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The list's query from the address. Values the API would refuse (an edited or outdated link) are
 * dropped, so a bad link shows the unfiltered list; a size range upside down keeps its minimum only.
 */
export function projectQueryOf(values: ProjectFilterValues, secretariat: boolean): CooperationProjectQuery {
  const scope = oneOf(scopesFor(secretariat), values.scope) ?? 'all';
  const min = parseAmount(values.minSizeUsd);
  let max = parseAmount(values.maxSizeUsd);
  if (min !== null && max !== null && compareAmounts(min, max) > 0) max = null;
  const q = values.q?.trim();
  return {
    scope,
    kind: oneOf(COOPERATION_PROJECT_KINDS, values.kind),
    sector: oneOf(SECTORS, values.sector),
    country: countryFilter(values.country),
    minSizeUsd: min ?? undefined,
    maxSizeUsd: max ?? undefined,
    parkId: values.parkId && UUID.test(values.parkId) ? values.parkId : undefined,
    // The review queue holds projects in review only: no status to choose there.
    status: scope === 'review' ? undefined : oneOf(COOPERATION_PROJECT_STATUSES, values.status),
    q: q ? q.slice(0, 200) : undefined,
  };
}

/** Whether a filter (beyond the tab) narrows the list: the empty state then says so. */
export function isFiltered(query: CooperationProjectQuery): boolean {
  return Boolean(
    query.kind ||
    query.sector ||
    query.country ||
    query.minSizeUsd ||
    query.maxSizeUsd ||
    query.parkId ||
    query.status ||
    query.q,
  );
}

/** Every filter cleared, the tab kept. */
export const CLEARED_FILTERS: ProjectFilterValues = {
  kind: undefined,
  sector: undefined,
  country: undefined,
  minSizeUsd: undefined,
  maxSizeUsd: undefined,
  parkId: undefined,
  status: undefined,
  q: undefined,
};
