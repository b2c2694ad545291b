import type { OrganizationType, OrgRole, ParkStatus } from './enums';
import { canMove, type Machine } from './machine';
import type { PolicyBriefSummaryDto } from './policy-briefs';

/** The alliance's risk grade of a host country: 1 low … 5 severe. */
export const RISK_GRADES = [1, 2, 3, 4, 5] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];

export const RISK_OUTLOOKS = ['positive', 'stable', 'negative', 'watch'] as const;
export type RiskOutlook = (typeof RISK_OUTLOOKS)[number];

export const COUNTRY_RATING_STATUSES = ['proposed', 'published', 'rejected'] as const;
export type CountryRatingStatus = (typeof COUNTRY_RATING_STATUSES)[number];

/**
 * A change of a country's rating: proposed by a research institute's admin or a secretariat user,
 * published (or rejected) by another secretariat user. A published change is a new row of the
 * country's history, never edited afterwards.
 */
export const COUNTRY_RATING_TRANSITIONS = {
  publish: { from: ['proposed'], to: 'published' },
  reject: { from: ['proposed'], to: 'rejected' },
} as const satisfies Machine<CountryRatingStatus>;
export type CountryRatingAction = keyof typeof COUNTRY_RATING_TRANSITIONS;

export const COUNTRY_RATING_LIMITS = {
  rationaleLength: 5_000,
  sourceLength: 300,
  notesLength: 50_000,
  reasonLength: 1_000,
} as const;

/** Who proposes a rating change: an admin of a research institute, or any secretariat user. */
export const canProposeRating = (actor: { organizationType: OrganizationType; orgRole: OrgRole }): boolean =>
  actor.organizationType === 'secretariat' ||
  (actor.organizationType === 'research_institute' && actor.orgRole === 'admin');

/** A proposal is decided by the secretariat, never by the one who proposed it. */
export const canDecideRating = (
  rating: { status: CountryRatingStatus; proposedByUserId: string },
  actor: { userId: string; organizationType: OrganizationType },
): boolean =>
  actor.organizationType === 'secretariat' &&
  rating.proposedByUserId !== actor.userId &&
  canMove(COUNTRY_RATING_TRANSITIONS, 'publish', rating.status);

/** A country's current grade as anyone sees it (on the map, a financing request, a profile's head). */
export interface CountryGradeDto {
  country: string;
  grade: RiskGrade;
  outlook: RiskOutlook;
  effectiveOn: string;
}

/** A rating change in full: members see its rationale and source. */
export interface CountryRatingDto extends CountryGradeDto {
  id: string;
  status: CountryRatingStatus;
  rationaleEn: string | null;
  rationaleZh: string | null;
  source: string | null;
  proposedBy: { name: string | null; organizationNameEn: string | null; organizationNameZh: string | null };
  proposedAt: string;
  publishedByName: string | null;
  publishedAt: string | null;
  rejectedReason: string | null;
  /** What the reader may do with it now: publish or reject (a proposal, for another secretariat user). */
  actions: CountryRatingAction[];
}

export interface CountryParkDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  city: string | null;
  status: ParkStatus;
  organization: { id: string; nameEn: string | null; nameZh: string | null };
}

/** A host country's page: its current grade for everyone; notes, rationale and history for members. */
export interface CountryProfileDto {
  country: string;
  current: CountryGradeDto | null;
  /** Members only (null for visitors): the current rating in full. */
  currentRating: CountryRatingDto | null;
  /** Members only: every published rating, oldest first (the chart's series). */
  history: CountryRatingDto[];
  /** Proposals waiting: for the secretariat, and the proposer's own. */
  proposals: CountryRatingDto[];
  /** Members only: business-climate notes, Markdown as written and as sanitized HTML. */
  notesEn: string | null;
  notesZh: string | null;
  notesHtmlEn: string | null;
  notesHtmlZh: string | null;
  notesUpdatedAt: string | null;
  parks: CountryParkDto[];
  /** The newest published briefs on the country the reader may read. */
  briefs: PolicyBriefSummaryDto[];
  /** Whether the reader may propose a change, and edit the notes. */
  canPropose: boolean;
  canEditNotes: boolean;
  /** Optimistic-lock token of the notes. */
  version: number;
}

export interface CountryRatingRequest {
  grade: RiskGrade;
  outlook: RiskOutlook;
  rationaleEn?: string | null;
  rationaleZh?: string | null;
  /** YYYY-MM-DD. */
  effectiveOn: string;
  source?: string | null;
}

export interface CountryNotesRequest {
  notesEn?: string | null;
  notesZh?: string | null;
  version?: number;
}
