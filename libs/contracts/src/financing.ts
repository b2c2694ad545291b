import type { AttachmentDto } from './attachments';
import type { CountryGradeDto } from './country-risk';
import type { CountryAlertsDto } from './risk-alerts';
import type { CurrencyCode } from './currencies';
import { allowedTransitions, canMove, type Machine } from './machine';
import type { Sector } from './sectors';

/** What a member asks for. */
export const FINANCING_INSTRUMENTS = [
  'loan',
  'project_finance',
  'trade_finance',
  'export_credit_insurance',
  'guarantee',
  'equity',
] as const;
export type FinancingInstrument = (typeof FINANCING_INSTRUMENTS)[number];

/** Who sees a submitted request: every active financial partner, or the institutions it names. */
export const FINANCING_AUDIENCES = ['all', 'named'] as const;
export type FinancingAudience = (typeof FINANCING_AUDIENCES)[number];

export const FINANCING_REQUEST_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'offer_received',
  'accepted',
  'withdrawn',
  'closed',
] as const;
export type FinancingRequestStatus = (typeof FINANCING_REQUEST_STATUSES)[number];

/**
 * The request's lifecycle. Keys are the requester's actions (one POST each) and the two steps
 * the system takes (`open`: the first institution opens it; `receive_offer`: an offer is released).
 * `update` is not a status change: a draft is edited in place, a submitted request gets a new revision.
 */
export const FINANCING_REQUEST_TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted' },
  open: { from: ['submitted'], to: 'under_review', system: true },
  receive_offer: { from: ['submitted', 'under_review'], to: 'offer_received', system: true },
  accept: { from: ['offer_received'], to: 'accepted' },
  withdraw: { from: ['draft', 'submitted', 'under_review', 'offer_received'], to: 'withdrawn' },
  close: { from: ['submitted', 'under_review', 'offer_received'], to: 'closed' },
} as const satisfies Machine<FinancingRequestStatus>;
export type FinancingRequestTransition = keyof typeof FINANCING_REQUEST_TRANSITIONS;

/** The requester's own actions (the others are the system's). */
export const FINANCING_REQUEST_ACTIONS = ['update', 'submit', 'withdraw', 'close', 'accept'] as const;
export type FinancingRequestAction = (typeof FINANCING_REQUEST_ACTIONS)[number];

/** Statuses in which the requester may still edit (a draft in place, later as a new revision). */
export const FINANCING_REQUEST_EDITABLE: readonly FinancingRequestStatus[] = [
  'draft',
  'submitted',
  'under_review',
  'offer_received',
];

/** While a request is open (submitted, under review, offer received), an institution sees it as just that: open. */
export const FINANCING_REQUEST_OPEN: readonly FinancingRequestStatus[] = [
  'submitted',
  'under_review',
  'offer_received',
];

export function allowedFinancingRequestActions(status: FinancingRequestStatus): FinancingRequestAction[] {
  const moves: readonly string[] = allowedTransitions(FINANCING_REQUEST_TRANSITIONS, status);
  return FINANCING_REQUEST_ACTIONS.filter((action) =>
    action === 'update' ? FINANCING_REQUEST_EDITABLE.includes(status) : moves.includes(action),
  );
}

export const FINANCING_REVIEW_STATUSES = [
  'new',
  'in_review',
  'info_requested',
  'offer_made',
  'declined',
  'accepted',
  'closed',
] as const;
export type FinancingReviewStatus = (typeof FINANCING_REVIEW_STATUSES)[number];

/**
 * One institution's review of one request. `open` happens when a reviewer first confirms they
 * have no conflict of interest; `answer` is the requester's; `accept` and `close` follow the
 * requester's decision on the request (the system's steps, never offered to a person).
 */
export const FINANCING_REVIEW_TRANSITIONS = {
  open: { from: ['new'], to: 'in_review', system: true },
  request_info: { from: ['in_review'], to: 'info_requested' },
  answer: { from: ['info_requested'], to: 'in_review' },
  release_offer: { from: ['in_review'], to: 'offer_made' },
  decline: { from: ['in_review', 'info_requested'], to: 'declined' },
  accept: { from: ['offer_made'], to: 'accepted', system: true },
  close: { from: ['new', 'in_review', 'info_requested', 'offer_made'], to: 'closed', system: true },
} as const satisfies Machine<FinancingReviewStatus>;
export type FinancingReviewTransition = keyof typeof FINANCING_REVIEW_TRANSITIONS;

/** What the institution's people do on a review (preparing an offer changes no status). */
export const FINANCING_REVIEW_ACTIONS = ['request_info', 'prepare_offer', 'release_offer', 'decline'] as const;
export type FinancingReviewAction = (typeof FINANCING_REVIEW_ACTIONS)[number];

/** The requester's steps on one institution's review: answer its question, accept its offer. */
export const FINANCING_REVIEW_REQUESTER_ACTIONS = ['answer', 'accept'] as const;
export type FinancingReviewRequesterAction = (typeof FINANCING_REVIEW_REQUESTER_ACTIONS)[number];

/** Open reviews: the institution still has to answer, or its offer still waits for the requester. */
export const FINANCING_REVIEW_OPEN: readonly FinancingReviewStatus[] = [
  'new',
  'in_review',
  'info_requested',
  'offer_made',
];

/** Statuses in which the institution works on its offer (prepares or revises it). */
export const FINANCING_REVIEW_OFFERING: readonly FinancingReviewStatus[] = ['in_review'];

/** The institution's steps possible in a status (the actions offered, and messages naming what is allowed). */
export function reviewActionsIn(status: FinancingReviewStatus): FinancingReviewAction[] {
  return FINANCING_REVIEW_ACTIONS.filter((action) =>
    action === 'prepare_offer' ? FINANCING_REVIEW_OFFERING.includes(status) : canReviewTransition(action, status),
  );
}

export function canReviewTransition(action: FinancingReviewTransition, status: FinancingReviewStatus): boolean {
  return canMove(FINANCING_REVIEW_TRANSITIONS, action, status);
}

export function canRequestTransition(action: FinancingRequestTransition, status: FinancingRequestStatus): boolean {
  return canMove(FINANCING_REQUEST_TRANSITIONS, action, status);
}

/** Why a review closed without the institution deciding. */
export const FINANCING_REVIEW_CLOSE_REASONS = [
  'another_offer_accepted',
  'request_withdrawn',
  'request_closed',
] as const;
export type FinancingReviewCloseReason = (typeof FINANCING_REVIEW_CLOSE_REASONS)[number];

/**
 * `prepared` waits for a second person (an admin of the institution) to release it to the requester;
 * `lapsed`: never released (the review ended first), so the requester never saw it.
 */
export const FINANCING_OFFER_STATUSES = ['prepared', 'released', 'accepted', 'not_accepted', 'lapsed'] as const;
export type FinancingOfferStatus = (typeof FINANCING_OFFER_STATUSES)[number];

/**
 * An offer's lifecycle (it is created `prepared`). `revise` keeps it prepared with new terms;
 * `release` is the checker's; `accept` the requester's; when its review ends otherwise, a released
 * offer is `not_accept`ed and a prepared one `lapse`s unseen (the system's steps).
 */
export const FINANCING_OFFER_TRANSITIONS = {
  revise: { from: ['prepared'], to: 'prepared' },
  release: { from: ['prepared'], to: 'released' },
  accept: { from: ['released'], to: 'accepted' },
  not_accept: { from: ['released'], to: 'not_accepted', system: true },
  lapse: { from: ['prepared'], to: 'lapsed', system: true },
} as const satisfies Machine<FinancingOfferStatus>;
export type FinancingOfferTransition = keyof typeof FINANCING_OFFER_TRANSITIONS;

/** Why the signed-in person may not release an offer now (the status of its review aside); each is a stable code. */
export type OfferReleaseRefusal = 'OFFER_NOT_PREPARED' | 'OFFER_FOUR_EYES' | 'OFFER_EXPIRED' | 'OFFER_OUTDATED';

/**
 * Maker-checker, written once for the release itself and for the actions offered: a prepared
 * offer is released by someone who neither prepared nor revised it, while it is still valid
 * (`today`, YYYY-MM-DD) and made on the request's current revision. Null when they may.
 */
export function offerReleaseRefusal(
  offer: {
    status: FinancingOfferStatus;
    preparedByUserIds: readonly string[];
    validUntil: string;
    requestRevision: number;
  } | null,
  userId: string,
  request: { revision: number; today: string },
): OfferReleaseRefusal | null {
  if (!offer || !canMove(FINANCING_OFFER_TRANSITIONS, 'release', offer.status)) return 'OFFER_NOT_PREPARED';
  if (offer.preparedByUserIds.length === 0 || offer.preparedByUserIds.includes(userId)) return 'OFFER_FOUR_EYES';
  if (offer.validUntil < request.today) return 'OFFER_EXPIRED';
  if (offer.requestRevision !== request.revision) return 'OFFER_OUTDATED';
  return null;
}

export const canReleaseOffer = (...args: Parameters<typeof offerReleaseRefusal>): boolean =>
  offerReleaseRefusal(...args) === null;

/**
 * What the requester may do on a review now: answer while the institution waits for it; accept a
 * released offer still valid on `today` (YYYY-MM-DD) while the request waits for a decision.
 */
export function requesterReviewActions(
  review: { status: FinancingReviewStatus },
  offer: { status: FinancingOfferStatus; validUntil: string } | null,
  request: { status: FinancingRequestStatus; today: string },
): FinancingReviewRequesterAction[] {
  return FINANCING_REVIEW_REQUESTER_ACTIONS.filter((action) =>
    action === 'answer'
      ? canMove(FINANCING_REVIEW_TRANSITIONS, 'answer', review.status)
      : canMove(FINANCING_REQUEST_TRANSITIONS, 'accept', request.status) &&
        canMove(FINANCING_REVIEW_TRANSITIONS, 'accept', review.status) &&
        offer !== null &&
        canMove(FINANCING_OFFER_TRANSITIONS, 'accept', offer.status) &&
        offer.validUntil >= request.today,
  );
}

/** A loan's interest rate, or an insurance or guarantee premium, in percent a year. */
export const FINANCING_RATE_KINDS = ['interest', 'premium'] as const;
export type FinancingRateKind = (typeof FINANCING_RATE_KINDS)[number];

/** A percentage with up to 4 decimals, 0 to 100, as a string (never a float). */
export const RATE_PATTERN = /^(100(\.0{1,4})?|[1-9]?\d(\.\d{1,4})?)$/;

export const FINANCING_LIMITS = {
  titleLength: 300,
  purposeLength: 2000,
  descriptionLength: 20_000,
  maxTenorMonths: 600,
  namedInstitutions: 20,
  reasonLength: 2000,
  messageLength: 5000,
  feesLength: 500,
  conditionsLength: 5000,
  /** Past this many working days without an answer, a review is marked overdue in the queue. */
  overdueWorkingDays: 10,
} as const;

/** Monday-to-Friday days from `from` to `to` (the day of `from` not counted); 0 when `to` is earlier. */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  let days = 0;
  for (let t = start + 86_400_000; t <= end; t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

export interface FinancingOrgRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

/** The fields a requester writes; all optional on a draft, checked on submission. */
export interface FinancingRequestFields {
  parkId?: string | null;
  titleEn?: string | null;
  titleZh?: string | null;
  purposeEn?: string | null;
  purposeZh?: string | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  instrument?: FinancingInstrument | null;
  /** Decimal string, up to 16 digits before the point and 2 after. */
  amount?: string | null;
  currency?: CurrencyCode | null;
  tenorMonths?: number | null;
  /** Host country (ISO 3166-1 alpha-2). */
  country?: string | null;
  sector?: Sector | null;
  audience?: FinancingAudience;
  /** With audience `named`: the financial institutions asked. */
  institutionIds?: string[];
  attachmentIds?: string[];
}

export type FinancingRequestUpdate = FinancingRequestFields & { version?: number };

/** The fields that must be filled before a request can be submitted. */
export const FINANCING_REQUIRED_ON_SUBMIT = [
  'parkId',
  'title',
  'purpose',
  'instrument',
  'amount',
  'currency',
  'tenorMonths',
  'country',
  'sector',
] as const;

/** Fields whose change after submission makes a revision that reviewers see. */
export const FINANCING_REVISED_FIELDS = [
  'parkId',
  'titleEn',
  'titleZh',
  'purposeEn',
  'purposeZh',
  'descriptionEn',
  'descriptionZh',
  'instrument',
  'amount',
  'currency',
  'tenorMonths',
  'country',
  'sector',
  'attachmentIds',
] as const;
export type FinancingRevisedField = (typeof FINANCING_REVISED_FIELDS)[number];

export interface FinancingRevisionDto {
  /** 1 is the request as submitted. */
  number: number;
  changedFields: FinancingRevisedField[];
  createdAt: string;
}

export interface FinancingMessageDto {
  id: string;
  kind: 'question' | 'answer';
  /** Which side wrote it. */
  side: 'requester' | 'institution';
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface FinancingOfferTerms {
  amount: string;
  currency: CurrencyCode;
  rateKind: FinancingRateKind;
  /** Percent a year, decimal string. */
  ratePercent: string;
  fees: string | null;
  tenorMonths: number;
  conditions: string | null;
  /** Last day the offer can be accepted (YYYY-MM-DD). */
  validUntil: string;
}

export interface FinancingOfferDto extends FinancingOfferTerms {
  id: string;
  status: FinancingOfferStatus;
  /** The request revision the offer was made on; a later revision needs the offer revised before release. */
  requestRevision: number;
  preparedByName: string | null;
  preparedAt: string;
  releasedByName: string | null;
  releasedAt: string | null;
  /** validUntil has passed: it can no longer be accepted. */
  expired: boolean;
}

/**
 * One institution's review. The requester sees every review of its request (with released
 * offers and the thread); an institution only its own; the secretariat the status without the
 * thread or the offer's terms (`offer` and `messages` are null for it).
 */
export interface FinancingReviewDto {
  id: string;
  requestId: string;
  institution: FinancingOrgRef;
  status: FinancingReviewStatus;
  declineReason: string | null;
  closeReason: FinancingReviewCloseReason | null;
  /** For the requester: only a released (or decided) offer; for the institution: also a prepared one. */
  offer: FinancingOfferDto | null;
  messages: FinancingMessageDto[] | null;
  /** Working days since the request was shared with the institution, while it has to answer. */
  workingDaysWaiting: number;
  overdue: boolean;
  openedAt: string | null;
  decidedAt: string | null;
  createdAt: string;
  /** What the signed-in requester may do on this review now (empty for everyone else). */
  actions: FinancingReviewRequesterAction[];
  version: number;
}

/** The signed-in reviewer's position on a review. */
export interface FinancingMyDeclarationDto {
  /** null: not declared yet (the request's details stay closed). */
  conflict: boolean | null;
  declaredAt: string | null;
}

/** How far a request's reviews have come; only for the requester and the secretariat (institutions never learn of each other). */
export interface FinancingProgressDto {
  /** Institutions asked. */
  asked: number;
  /** Of them, those that answered: an offer released, or declined. */
  answered: number;
  /** Offers released. */
  offers: number;
}

export interface FinancingRequestSummaryDto {
  id: string;
  organization: FinancingOrgRef;
  park: FinancingOrgRef | null;
  titleEn: string | null;
  titleZh: string | null;
  instrument: FinancingInstrument | null;
  amount: string | null;
  currency: CurrencyCode | null;
  tenorMonths: number | null;
  country: string | null;
  /** The host country's current risk grade and outlook (the alliance's rating); null when unrated. */
  countryRisk: CountryGradeDto | null;
  /** The host country's active risk alerts: how many and the gravest; null when none. */
  countryAlerts: CountryAlertsDto | null;
  sector: Sector | null;
  status: FinancingRequestStatus;
  audience: FinancingAudience;
  revision: number;
  submittedAt: string | null;
  /** In lists, for the requester and the secretariat; null elsewhere. */
  progress: FinancingProgressDto | null;
  createdAt: string;
  updatedAt: string;
}

export interface FinancingRequestDto extends FinancingRequestSummaryDto {
  purposeEn: string | null;
  purposeZh: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  /** Named institutions (audience `named`); only the requester and the secretariat see them. */
  institutions: FinancingOrgRef[];
  attachments: AttachmentDto[];
  revisions: FinancingRevisionDto[];
  /** The requester's reviews, an institution's own one, or (secretariat) all without terms or threads. */
  reviews: FinancingReviewDto[];
  withdrawReason: string | null;
  closeReason: string | null;
  acceptedReviewId: string | null;
  /** When it was accepted, withdrawn or closed. */
  decidedAt: string | null;
  createdByName: string | null;
  /** What the signed-in requester may do now (empty for others). */
  actions: FinancingRequestAction[];
  version: number;
}

/** A line of an institution's queue. */
export interface FinancingQueueItemDto {
  review: FinancingReviewDto;
  request: FinancingRequestSummaryDto;
  /** The signed-in reviewer's conflict-of-interest declaration. */
  myDeclaration: FinancingMyDeclarationDto;
}

/** One review as its institution sees it, with the request once the reviewer has confirmed no conflict. */
export interface FinancingReviewDetailDto {
  review: FinancingReviewDto;
  request: FinancingRequestSummaryDto;
  /** Null until the signed-in reviewer declares no conflict of interest (and always when they declared one). */
  details: FinancingRequestDto | null;
  myDeclaration: FinancingMyDeclarationDto;
  /** Revisions after the one the institution last looked at. */
  unseenRevisions: FinancingRevisionDto[];
  /** What the signed-in reviewer may do now. */
  actions: FinancingReviewAction[];
  /**
   * While an offer waits for release: how many active admins of the institution could release it
   * (not its makers, not those who declared a conflict). 0 means a second admin must be invited.
   */
  offerReleasers: number | null;
}

export interface FinancingDeclarationRequest {
  conflict: boolean;
  note?: string | null;
}

export interface FinancingPipelineAmount {
  currency: CurrencyCode;
  /** Exact decimal sum. */
  total: string;
}

export interface FinancingPipelineRow<K extends string> {
  key: K;
  count: number;
  amounts: FinancingPipelineAmount[];
}

export interface FinancingPipelineDto {
  total: { count: number; amounts: FinancingPipelineAmount[] };
  byStatus: FinancingPipelineRow<FinancingRequestStatus>[];
  byInstrument: FinancingPipelineRow<FinancingInstrument>[];
  byCountry: FinancingPipelineRow<string>[];
}

export const FINANCING_CSV_COLUMNS = [
  'id',
  'organization',
  'park',
  'titleEn',
  'titleZh',
  'instrument',
  'amount',
  'currency',
  'tenorMonths',
  'country',
  'sector',
  'status',
  'institutionsAsked',
  'offersReleased',
  'submittedAt',
  'updatedAt',
] as const;
