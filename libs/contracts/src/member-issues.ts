import { allowedTransitions, canMove, type Machine } from './machine';

/** What a problem met abroad is about. */
export const MEMBER_ISSUE_CATEGORIES = [
  'customs',
  'permits',
  'labour',
  'security',
  'tax',
  'land',
  'finance',
  'other',
] as const;
export type MemberIssueCategory = (typeof MEMBER_ISSUE_CATEGORIES)[number];

export const MEMBER_ISSUE_STATUSES = [
  'submitted',
  'acknowledged',
  'relayed',
  'answered',
  'resolved',
  'closed',
] as const;
export type MemberIssueStatus = (typeof MEMBER_ISSUE_STATUSES)[number];

/**
 * A member's issue: acknowledged when the secretariat files it in a case; relayed, answered and
 * resolved with its case (system steps, taken by the case's moves); closed with a reason by the
 * secretariat or by its own organization at any open step.
 */
export const MEMBER_ISSUE_TRANSITIONS = {
  acknowledge: { from: ['submitted'], to: 'acknowledged' },
  relay: { from: ['acknowledged'], to: 'relayed', system: true },
  answer: { from: ['relayed'], to: 'answered', system: true },
  resolve: { from: ['answered'], to: 'resolved', system: true },
  close: { from: ['submitted', 'acknowledged', 'relayed', 'answered'], to: 'closed' },
} as const satisfies Machine<MemberIssueStatus>;
export type MemberIssueTransition = keyof typeof MEMBER_ISSUE_TRANSITIONS;

export const ISSUE_CASE_STATUSES = ['open', 'relayed', 'answered', 'resolved', 'closed'] as const;
export type IssueCaseStatus = (typeof ISSUE_CASE_STATUSES)[number];

/**
 * A case: issues that are the same problem, taken by the secretariat to a government body. Its
 * moves carry its issues along (relay → relayed, answer → answered, resolve → resolved, close → closed).
 */
export const ISSUE_CASE_TRANSITIONS = {
  relay: { from: ['open'], to: 'relayed' },
  answer: { from: ['relayed'], to: 'answered' },
  resolve: { from: ['answered'], to: 'resolved' },
  close: { from: ['open', 'relayed', 'answered'], to: 'closed' },
} as const satisfies Machine<IssueCaseStatus>;
export type IssueCaseTransition = keyof typeof ISSUE_CASE_TRANSITIONS;

/** The issue's step each case move takes it to. */
export const CASE_MOVE_OF_ISSUE: Record<IssueCaseTransition, MemberIssueTransition> = {
  relay: 'relay',
  answer: 'answer',
  resolve: 'resolve',
  close: 'close',
};

/** What people do on an issue: its organization closes it; the secretariat files it in a case (acknowledging it) or closes it. */
export const MEMBER_ISSUE_ACTIONS = ['file', 'close'] as const;
export type MemberIssueAction = (typeof MEMBER_ISSUE_ACTIONS)[number];

/** What the secretariat does on a case. */
export const ISSUE_CASE_ACTIONS = ['update', 'relay', 'answer', 'resolve', 'close'] as const;
export type IssueCaseAction = (typeof ISSUE_CASE_ACTIONS)[number];

export interface MemberIssueActor {
  userId: string;
  organizationId: string;
  secretariat: boolean;
}

/** The actions `actor` may take on `issue` now. */
export function memberIssueActions(
  issue: { status: MemberIssueStatus; organizationId: string; caseId: string | null },
  actor: MemberIssueActor,
): MemberIssueAction[] {
  const own = issue.organizationId === actor.organizationId;
  return MEMBER_ISSUE_ACTIONS.filter((action) => {
    switch (action) {
      case 'file':
        return (
          actor.secretariat && issue.caseId === null && canMove(MEMBER_ISSUE_TRANSITIONS, 'acknowledge', issue.status)
        );
      case 'close':
        return (own || actor.secretariat) && canMove(MEMBER_ISSUE_TRANSITIONS, 'close', issue.status);
    }
  });
}

/** The actions the secretariat may take on a case now (members none). */
export function issueCaseActions(kase: { status: IssueCaseStatus }, actor: MemberIssueActor): IssueCaseAction[] {
  if (!actor.secretariat) return [];
  const moves: readonly string[] = allowedTransitions(ISSUE_CASE_TRANSITIONS, kase.status);
  return ISSUE_CASE_ACTIONS.filter((action) =>
    action === 'update' ? kase.status !== 'resolved' && kase.status !== 'closed' : moves.includes(action),
  );
}

export const MEMBER_ISSUE_LIMITS = {
  titleLength: 300,
  descriptionLength: 10_000,
  reasonLength: 1_000,
  relayTextLength: 20_000,
  answerLength: 20_000,
  bodyNameLength: 300,
  /** The longest age asked of the cases list (`openForMoreThanDays`): ten years. */
  maxAgeDays: 3_650,
} as const;

/** A case still open after this many days is late: the secretariat's home counts them apart, as overdue. */
export const ISSUE_CASE_OVERDUE_DAYS = 30;

export interface OrganizationNameRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

/** A government body the secretariat relays cases to (a maintained list). */
export interface GovernmentBodyDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  active: boolean;
}

export interface GovernmentBodyRequest {
  nameEn?: string | null;
  nameZh?: string | null;
  active?: boolean;
}

export interface MemberIssueSummaryDto {
  id: string;
  /** e.g. MI-2026-00012 */
  reference: string;
  category: MemberIssueCategory;
  country: string;
  park: { id: string; nameEn: string | null; nameZh: string | null } | null;
  titleEn: string | null;
  titleZh: string | null;
  confidential: boolean;
  status: MemberIssueStatus;
  organization: OrganizationNameRef;
  caseId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MemberIssueDto extends MemberIssueSummaryDto {
  descriptionEn: string | null;
  descriptionZh: string | null;
  raisedByName: string | null;
  closedReason: string | null;
  /** Its case as the reader may see it (the answer once recorded). */
  case: IssueCaseSummaryDto | null;
  actions: MemberIssueAction[];
}

export interface IssueCaseSummaryDto {
  id: string;
  /** e.g. IC-2026-00003 */
  reference: string;
  category: MemberIssueCategory;
  country: string;
  titleEn: string | null;
  titleZh: string | null;
  status: IssueCaseStatus;
  /** How many member organizations raised it, confidential ones included. */
  raisedBy: number;
  /** Oldest issue's date: how long the problem has waited. */
  openedAt: string;
  updatedAt: string;
}

export interface IssueCaseDto extends IssueCaseSummaryDto {
  summaryEn: string | null;
  summaryZh: string | null;
  /** The body it was relayed to and the text sent (once relayed). */
  governmentBody: GovernmentBodyDto | null;
  relayedText: string | null;
  relayedAt: string | null;
  answerEn: string | null;
  answerZh: string | null;
  answeredAt: string | null;
  closedReason: string | null;
  /**
   * The issues in the case the reader may see: the secretariat all of them (with their organizations);
   * a member its own only. Other members see none (only the count).
   */
  issues: MemberIssueSummaryDto[];
  actions: IssueCaseAction[];
  version: number;
}

export interface MemberIssueRequest {
  category: MemberIssueCategory;
  country: string;
  parkId?: string | null;
  titleEn?: string | null;
  titleZh?: string | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  confidential: boolean;
}

/** Files an issue in an existing case, or in a new one made from it (`caseId` absent: a new case titled like the issue). */
export interface FileIssueRequest {
  caseId?: string | null;
}

export interface IssueCaseUpdateRequest {
  titleEn?: string | null;
  titleZh?: string | null;
  summaryEn?: string | null;
  summaryZh?: string | null;
  version: number;
}

export interface RelayCaseRequest {
  governmentBodyId: string;
  relayedText: string;
  version: number;
}

export interface AnswerCaseRequest {
  answerEn?: string | null;
  answerZh?: string | null;
  version: number;
}

export interface CloseRequest {
  reason: string;
  version?: number;
}
