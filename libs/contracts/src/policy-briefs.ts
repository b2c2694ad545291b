import type { AttachmentDto } from './attachments';
import { allowedTransitions, canMove, type Machine } from './machine';

/** What a policy brief is about (one or more). */
export const POLICY_TOPICS = [
  'investment_law',
  'tax',
  'labour',
  'customs_trade',
  'land',
  'environment',
  'finance',
  'security',
] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/** `members`: every signed-in user of an active member organization; `public`: visitors too. */
export const POLICY_BRIEF_AUDIENCES = ['public', 'members'] as const;
export type PolicyBriefAudience = (typeof POLICY_BRIEF_AUDIENCES)[number];

export const POLICY_BRIEF_VERSION_STATUSES = ['draft', 'in_review', 'changes_requested', 'published'] as const;
export type PolicyBriefVersionStatus = (typeof POLICY_BRIEF_VERSION_STATUSES)[number];

/**
 * The review of one version of a brief: written as a draft, submitted, sent back with comments or
 * published by the secretariat. A published version stays published: it is the brief's history.
 */
export const POLICY_BRIEF_VERSION_TRANSITIONS = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review' },
  request_changes: { from: ['in_review'], to: 'changes_requested' },
  publish: { from: ['in_review'], to: 'published' },
} as const satisfies Machine<PolicyBriefVersionStatus>;

export const POLICY_BRIEF_STATUSES = ['draft', 'in_review', 'changes_requested', 'published', 'retracted'] as const;
export type PolicyBriefStatus = (typeof POLICY_BRIEF_STATUSES)[number];

/**
 * The brief as readers know it. Until its first publication it moves with its first version
 * (`submit`, `request_changes`, `publish`); once published it stays so while later versions are
 * reviewed (readers keep the published one) until it is retracted, which is final: the brief stays
 * at its address marked as retracted and leaves lists, search and feeds.
 */
export const POLICY_BRIEF_TRANSITIONS = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review' },
  request_changes: { from: ['in_review'], to: 'changes_requested' },
  publish: { from: ['in_review'], to: 'published' },
  retract: { from: ['published'], to: 'retracted' },
} as const satisfies Machine<PolicyBriefStatus>;

/**
 * What people do on a brief, one POST each (`update` is the PATCH of the version being written,
 * `new_version` starts version n+1 of a published brief as a draft).
 */
export const POLICY_BRIEF_ACTIONS = [
  'update',
  'submit',
  'request_changes',
  'publish',
  'retract',
  'new_version',
  'comment',
] as const;
export type PolicyBriefAction = (typeof POLICY_BRIEF_ACTIONS)[number];

/** Who asks, as far as a brief's rules need to know. */
export interface PolicyBriefActor {
  userId: string;
  organizationId: string;
  /** A user of the alliance's secretariat (reviews, publishes, retracts). */
  secretariat: boolean;
  /** An admin of their organization (retracts its briefs). */
  admin: boolean;
}

/** A brief as its rules see it: its status, its author organization, and the version being written, if any. */
export interface PolicyBriefState {
  status: PolicyBriefStatus;
  organizationId: string;
  /** The version not yet published (the first one, or n+1 of a published brief); null when none is open. */
  working: { status: PolicyBriefVersionStatus; authorUserId: string } | null;
}

/** The secretariat reviews, never its own writing: a version is reviewed by someone who did not write it. */
export const canReviewBriefVersion = (version: { authorUserId: string }, actor: PolicyBriefActor): boolean =>
  actor.secretariat && version.authorUserId !== actor.userId;

/** The actions `actor` may take on `brief` now: the web offers exactly these, the API refuses the others. */
export function policyBriefActions(brief: PolicyBriefState, actor: PolicyBriefActor): PolicyBriefAction[] {
  const own = brief.organizationId === actor.organizationId;
  const author = own && brief.status !== 'retracted';
  const working = brief.working;
  const versionMoves: readonly string[] = working
    ? allowedTransitions(POLICY_BRIEF_VERSION_TRANSITIONS, working.status)
    : [];
  return POLICY_BRIEF_ACTIONS.filter((action) => {
    switch (action) {
      case 'update':
      case 'submit':
        return author && working !== null && versionMoves.includes('submit');
      case 'request_changes':
      case 'publish':
        return (
          brief.status !== 'retracted' &&
          working !== null &&
          versionMoves.includes(action) &&
          canReviewBriefVersion(working, actor)
        );
      case 'retract':
        return (
          canMove(POLICY_BRIEF_TRANSITIONS, 'retract', brief.status) && (actor.secretariat || (own && actor.admin))
        );
      case 'new_version':
        return author && brief.status === 'published' && working === null;
      case 'comment':
        return (own || actor.secretariat) && brief.status !== 'retracted';
    }
  });
}

export const POLICY_BRIEF_LIMITS = {
  titleLength: 300,
  summaryLength: 1_000,
  bodyLength: 100_000,
  countries: 20,
  commentLength: 5_000,
  reasonLength: 1_000,
} as const;

export interface PolicyBriefOrganizationRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

/**
 * A brief in a list: its published version's title, summary, countries, topics and audience (before
 * the first publication, its first version's, which only its authors and the secretariat see).
 */
export interface PolicyBriefSummaryDto {
  id: string;
  organization: PolicyBriefOrganizationRef;
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  countries: string[];
  topics: PolicyTopic[];
  audience: PolicyBriefAudience;
  status: PolicyBriefStatus;
  /** The version readers see (null until the first publication). */
  publishedVersion: number | null;
  /** The version being written or reviewed, if any. */
  workingVersion: number | null;
  workingStatus: PolicyBriefVersionStatus | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** One version's content, as written and as rendered (sanitized HTML, safe to insert). */
export interface PolicyBriefVersionDto {
  number: number;
  status: PolicyBriefVersionStatus;
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  bodyHtmlEn: string | null;
  bodyHtmlZh: string | null;
  countries: string[];
  topics: PolicyTopic[];
  audience: PolicyBriefAudience;
  /** The version's PDFs, in display order. */
  attachments: AttachmentDto[];
  authorName: string | null;
  /** Who published it (a secretariat user), for the record. */
  reviewerName: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface PolicyBriefDto extends PolicyBriefSummaryDto {
  /** The published version (readers), or the working one for a brief never published (its authors and reviewers). */
  content: PolicyBriefVersionDto;
  /** The version being written or reviewed, for its authors and the secretariat only (null for readers). */
  working: PolicyBriefVersionDto | null;
  retractedReason: string | null;
  retractedAt: string | null;
  /** What the reader may do now. */
  actions: PolicyBriefAction[];
  /** The optimistic-lock token of the brief: send it back with a PATCH. */
  version: number;
}

/** A version in the list readers see (the published ones; authors and reviewers also the working one). */
export interface PolicyBriefVersionSummaryDto {
  number: number;
  status: PolicyBriefVersionStatus;
  authorName: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** A run of words the same in both versions, added in `to`, or removed from `from`. */
export interface DiffPart {
  value: string;
  added?: true;
  removed?: true;
}

export const POLICY_BRIEF_DIFF_FIELDS = ['title', 'summary', 'body'] as const;
export type PolicyBriefDiffField = (typeof POLICY_BRIEF_DIFF_FIELDS)[number];

/** The word-level difference between two versions, per field and language (Chinese segmented into words). */
export interface PolicyBriefDiffDto {
  from: number;
  to: number;
  en: Record<PolicyBriefDiffField, DiffPart[]>;
  zh: Record<PolicyBriefDiffField, DiffPart[]>;
}

/** The review thread: private to the author's organization and the secretariat. */
export interface PolicyBriefCommentDto {
  id: string;
  /** Which side wrote it: the author's organization or the secretariat. */
  side: 'author' | 'secretariat';
  /** `changes_requested`: the comment that sent the version back. */
  kind: 'comment' | 'changes_requested';
  versionNumber: number;
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface PolicyBriefRequest {
  titleEn?: string | null;
  titleZh?: string | null;
  summaryEn?: string | null;
  summaryZh?: string | null;
  bodyEn?: string | null;
  bodyZh?: string | null;
  countries: string[];
  topics: PolicyTopic[];
  audience: PolicyBriefAudience;
  /** PDFs uploaded with POST /api/attachments, in display order; on update, the full list replaces the old one. */
  attachmentIds?: string[];
  /** The secretariat writes on behalf of a member organization; others write for their own. */
  organizationId?: string;
}

export type PolicyBriefUpdateRequest = Partial<Omit<PolicyBriefRequest, 'organizationId'>> & { version?: number };
