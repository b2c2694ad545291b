import { LOCALES, POLICY_BRIEF_STATUSES, POLICY_TOPICS } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';
import { dayFilter, idFilter } from '../posts/usePostListParams';
import type { BriefFilter } from './api';

/**
 * The lists the API keeps (its `scope`): what readers read, the reader's organization's own briefs
 * (drafts included), and the versions waiting for the secretariat's review.
 */
export const BRIEF_SCOPES = ['published', 'mine', 'review'] as const;
export type BriefScope = (typeof BRIEF_SCOPES)[number];

export const BRIEF_FILTER_KEYS = [
  'scope',
  'status',
  'q',
  'country',
  'topic',
  'organizationId',
  'lang',
  'from',
  'to',
] as const;
export type BriefFilterKey = (typeof BRIEF_FILTER_KEYS)[number];

/** Which lists this reader may open: everyone reads, members write, the secretariat reviews. */
export interface ScopeRights {
  mine: boolean;
  review: boolean;
}

export function allowedScopes(rights: ScopeRights): BriefScope[] {
  return BRIEF_SCOPES.filter((scope) => scope === 'published' || rights[scope]);
}

/**
 * The list's filter from the address's values. Values the API would refuse (an edited or outdated
 * link, a tab this reader may not open) are dropped: a bad link shows the published list, not an error.
 */
export function briefFilterOf(
  values: Partial<Record<BriefFilterKey, string>>,
  rights: ScopeRights,
): BriefFilter & { scope: BriefScope } {
  const scope = oneOf(allowedScopes(rights), values.scope) ?? 'published';
  return {
    scope,
    // The API takes a status for the organization's own list only.
    status: scope === 'mine' ? oneOf(POLICY_BRIEF_STATUSES, values.status) : undefined,
    q: values.q?.trim() || undefined,
    country: countryFilter(values.country),
    topic: oneOf(POLICY_TOPICS, values.topic),
    organizationId: idFilter(values.organizationId),
    lang: oneOf(LOCALES, values.lang),
    from: dayFilter(values.from),
    to: dayFilter(values.to),
  };
}

/** Whether any filter narrows the tab's list: the empty state then says so rather than "nothing yet". */
export function isFiltered(filter: BriefFilter): boolean {
  return Boolean(
    filter.status ||
    filter.q ||
    filter.country ||
    filter.topic ||
    filter.organizationId ||
    filter.lang ||
    filter.from ||
    filter.to,
  );
}
