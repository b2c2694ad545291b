import {
  ISSUE_CASE_STATUSES,
  MEMBER_ISSUE_CATEGORIES,
  MEMBER_ISSUE_LIMITS,
  MEMBER_ISSUE_STATUSES,
  type IssueCaseStatus,
  type MemberIssueCategory,
  type MemberIssueStatus,
} from '@alliance/contracts';
import { countryFilter, oneOf } from '../../lib/listFilters';

/** The secretariat's two lists of issues: those waiting to be filed in a case, and every one. */
export const ISSUE_VIEWS = ['inbox', 'all'] as const;
export type IssueView = (typeof ISSUE_VIEWS)[number];

export const ISSUE_FILTER_KEYS = ['view', 'status', 'country', 'category'] as const;
export type IssueFilterKey = (typeof ISSUE_FILTER_KEYS)[number];

/** The issues list's filter as the API takes it. */
export interface IssueFilter {
  status?: MemberIssueStatus;
  country?: string;
  category?: MemberIssueCategory;
  unfiled?: true;
}

/**
 * The issues list's filter from the address. The secretariat opens on its inbox (unfiled issues,
 * which are all `submitted`: no status filter there); a member has one list, its organization's.
 * Values the API would refuse (an edited link) are dropped.
 */
export function issueFilterOf(
  values: Partial<Record<IssueFilterKey, string>>,
  secretariat: boolean,
): IssueFilter & { view: IssueView | null } {
  const view = secretariat ? (oneOf(ISSUE_VIEWS, values.view) ?? 'inbox') : null;
  return {
    view,
    unfiled: view === 'inbox' ? true : undefined,
    status: view === 'inbox' ? undefined : oneOf(MEMBER_ISSUE_STATUSES, values.status),
    country: countryFilter(values.country),
    category: oneOf(MEMBER_ISSUE_CATEGORIES, values.category),
  };
}

/** The API's filter only (the view is the address's). */
export function issueQuery(filter: IssueFilter & { view: IssueView | null }): IssueFilter {
  return { unfiled: filter.unfiled, status: filter.status, country: filter.country, category: filter.category };
}

export const CASE_STATUS_FILTERS = ['open', 'all', ...ISSUE_CASE_STATUSES] as const;
export type CaseStatusFilter = 'open' | 'all' | IssueCaseStatus;

export const CASE_FILTER_KEYS = ['status', 'country', 'category', 'openForMoreThanDays'] as const;
export type CaseFilterKey = (typeof CASE_FILTER_KEYS)[number];

export interface CaseFilter {
  status: CaseStatusFilter;
  country?: string;
  category?: MemberIssueCategory;
  /** Only cases opened more than this many days ago (the secretariat's home links with it). */
  openForMoreThanDays?: number;
}

/** A whole number of days the API takes (1 to the limit), else no filter. */
function daysFilter(value: string | undefined): number | undefined {
  const days = Number(value);
  return Number.isInteger(days) && days >= 1 && days <= MEMBER_ISSUE_LIMITS.maxAgeDays ? days : undefined;
}

/** The cases list's filter from the address: open cases unless another status is asked for. */
export function caseFilterOf(values: Partial<Record<CaseFilterKey, string>>): CaseFilter {
  return {
    status: oneOf<CaseStatusFilter>(CASE_STATUS_FILTERS, values.status) ?? 'open',
    country: countryFilter(values.country),
    category: oneOf(MEMBER_ISSUE_CATEGORIES, values.category),
    openForMoreThanDays: daysFilter(values.openForMoreThanDays),
  };
}

/** The address's value of a case status filter: the default (open) is left out. */
export function caseStatusParam(status: CaseStatusFilter | undefined): string | undefined {
  return status && status !== 'open' ? status : undefined;
}

/** Whether a filter narrows the list: the empty state then says so rather than "nothing yet". */
export function isFiltered(filter: {
  status?: string;
  country?: string;
  category?: string;
  openForMoreThanDays?: number;
}): boolean {
  return Boolean(
    (filter.status && filter.status !== 'open') || filter.country || filter.category || filter.openForMoreThanDays,
  );
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole days a problem has waited since its oldest issue (0 on the first day). */
export function ageInDays(since: string, now: Date = new Date()): number {
  const start = new Date(since).getTime();
  if (Number.isNaN(start)) return 0;
  return Math.max(0, Math.floor((now.getTime() - start) / DAY));
}

export interface CaseGroup<T> {
  key: string;
  country: string;
  category: MemberIssueCategory;
  cases: T[];
}

/**
 * The secretariat's view: cases grouped by country, then category. The list comes oldest first;
 * groups keep that order (the group with the oldest case first), and so do the cases within each.
 */
export function groupCases<T extends { country: string; category: MemberIssueCategory }>(
  cases: readonly T[],
): CaseGroup<T>[] {
  const groups = new Map<string, CaseGroup<T>>();
  for (const item of cases) {
    const key = `${item.country}:${item.category}`;
    const group = groups.get(key) ?? { key, country: item.country, category: item.category, cases: [] };
    group.cases.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
