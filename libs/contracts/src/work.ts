import type { AppAbility } from './permissions';

/**
 * "My work": what waits for the signed-in user, one home per role. Each item is a count with the
 * address of the list that shows exactly those records (the count is that list's own total).
 */
export const WORK_ROLES = ['operator', 'financial', 'provider', 'secretariat'] as const;
export type WorkRole = (typeof WORK_ROLES)[number];

export const WORK_ITEM_KEYS = [
  // park operators
  'financingOffersToCompare',
  'financingDrafts',
  'financingQuestionsToAnswer',
  'expressionsToAnswer',
  'cooperationMatches',
  'serviceRequestsInProgress',
  'alertsToAcknowledge',
  'initiativesToSign',
  'initiativesToPropose',
  // financial institutions
  'reviewsNew',
  'reviewsOverdue',
  'offersToRelease',
  'reviewsAnswered',
  'alertsInReviewCountries',
  // service providers and research institutes
  'serviceRequestsReceived',
  'briefsChangesRequested',
  'briefDrafts',
  'agreementsWithOpenCommitments',
  // the secretariat
  'membershipApplications',
  'reportedPosts',
  'briefsToReview',
  'projectsToReview',
  'issuesToFile',
  'openIssueCases',
  'issueCasesOverdue',
  'ratingsToDecide',
  'agreementsExpiring',
  'alertsUnacknowledged',
  'agreementsWithOverdueCommitments',
  'meetingsToSchedule',
] as const;
export type WorkItemKey = (typeof WORK_ITEM_KEYS)[number];

export interface WorkLink {
  /** A route of the web app. */
  path: string;
  /** The list's filters, as the list reads them from its address. */
  query: Record<string, string>;
}

export interface WorkItemDto {
  key: WorkItemKey;
  count: number;
  /** Items whose records are late (reviews past the working-day limit, commitments past due, cases open too long): shown as a warning. */
  overdue?: boolean;
  link: WorkLink;
}

export interface WorkDto {
  role: WorkRole;
  items: WorkItemDto[];
}

/**
 * Whose home a user gets, asked of the policy by capability (never by organization type): the
 * secretariat reviews membership, institutions review financing, operators run parks, and the
 * service providers and research institutes (and any other member) get the partners' home.
 */
export function workRole(ability: AppAbility): WorkRole {
  if (ability.can('review', 'MembershipApplication')) return 'secretariat';
  if (ability.can('review', 'FinancingReview')) return 'financial';
  if (ability.can('create', 'Park')) return 'operator';
  return 'provider';
}

/** A link's address as the web app opens it. */
export function workHref(link: WorkLink): string {
  const query = new URLSearchParams(link.query).toString();
  return query ? `${link.path}?${query}` : link.path;
}
