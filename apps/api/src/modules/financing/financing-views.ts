import {
  allowedFinancingRequestActions,
  FINANCING_LIMITS,
  FINANCING_REQUEST_OPEN,
  requesterReviewActions,
  workingDaysBetween,
  type CurrencyCode,
  type FinancingInstrument,
  type FinancingOfferDto,
  type FinancingOrgRef,
  type FinancingRequestDto,
  type FinancingRequestStatus,
  type FinancingRequestSummaryDto,
  type FinancingReviewDto,
  type FinancingReviewStatus,
  type FinancingRevisionDto,
  type Sector,
} from '@alliance/contracts';
import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AttachmentResponse } from '../attachments/dto/attachment.dto';
import { Organization } from '../organizations/entities/organization.entity';
import { FinancingOffer } from './entities/financing-offer.entity';
import type { FinancingRequest } from './entities/financing-request.entity';
import { FinancingReview } from './entities/financing-review.entity';
import { FinancingRevision } from './entities/financing-revision.entity';

/** Statuses in which the institution still owes an answer: days waiting count only then. */
const WAITING: readonly FinancingReviewStatus[] = ['new', 'in_review', 'info_requested'];

/** How much of a review a viewer is shown. */
export type ReviewLens =
  /** The institution itself: its prepared offer too. */
  | 'institution'
  /** The requester: released and decided offers, the thread. */
  | 'requester'
  /** The secretariat: status only, neither terms nor thread. */
  | 'secretariat';

export const orgRef = (
  o: { id: string; nameEn: string | null; nameZh: string | null } | null | undefined,
): FinancingOrgRef | null => (o ? { id: o.id, nameEn: o.nameEn, nameZh: o.nameZh } : null);

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** Today in UTC as YYYY-MM-DD, to compare with an offer's last valid day. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export function offerView(offer: FinancingOffer): FinancingOfferDto {
  return {
    id: offer.id,
    status: offer.status,
    requestRevision: offer.requestRevision,
    amount: offer.amount,
    currency: offer.currency as CurrencyCode,
    rateKind: offer.rateKind,
    ratePercent: offer.ratePercent,
    fees: offer.fees,
    tenorMonths: offer.tenorMonths,
    conditions: offer.conditions,
    validUntil: offer.validUntil,
    preparedByName: offer.preparedBy?.displayName ?? null,
    preparedAt: offer.preparedAt.toISOString(),
    releasedByName: offer.releasedBy?.displayName ?? null,
    releasedAt: iso(offer.releasedAt),
    expired: offer.validUntil < todayUtc(),
  };
}

export function waitingDays(
  review: Pick<FinancingReview, 'status' | 'createdAt'>,
  now = new Date(),
): { workingDaysWaiting: number; overdue: boolean } {
  if (!WAITING.includes(review.status)) return { workingDaysWaiting: 0, overdue: false };
  const days = workingDaysBetween(review.createdAt, now);
  return { workingDaysWaiting: days, overdue: days > FINANCING_LIMITS.overdueWorkingDays };
}

/**
 * The latest moment a review can have been shared and be overdue today: the start of the day
 * after which more than the limit of working days have passed.
 */
export function overdueCutoff(now = new Date()): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  for (;;) {
    if (workingDaysBetween(day, now) > FINANCING_LIMITS.overdueWorkingDays) return new Date(day.getTime() + 86_400_000);
    day.setUTCDate(day.getUTCDate() - 1);
  }
}

/**
 * What an institution may know of the request's own state: open, or how it ended. Whether another
 * institution opened it or made an offer (under review, offer received) is not its business.
 */
export function institutionSummaryView(request: FinancingRequest): FinancingRequestSummaryDto {
  return {
    ...summaryView(request),
    status: FINANCING_REQUEST_OPEN.includes(request.status) ? 'submitted' : request.status,
    updatedAt: (request.decidedAt ?? request.submittedAt ?? request.createdAt).toISOString(),
  };
}

export function summaryView(request: FinancingRequest): FinancingRequestSummaryDto {
  return {
    id: request.id,
    organization: orgRef(request.organization) ?? { id: request.organizationId, nameEn: null, nameZh: null },
    park: orgRef(request.park),
    titleEn: request.titleEn,
    titleZh: request.titleZh,
    instrument: request.instrument as FinancingInstrument | null,
    amount: request.amount,
    currency: request.currency as CurrencyCode | null,
    tenorMonths: request.tenorMonths,
    country: request.country,
    countryRisk: request.countryRisk ?? null,
    countryAlerts: request.countryAlerts ?? null,
    sector: request.sector as Sector | null,
    status: request.status,
    audience: request.audience,
    revision: request.revision,
    submittedAt: iso(request.submittedAt),
    progress: null,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}

/** Whether a review was loaded with what `reviewViews` shows through `lens` (a missing offer is then absent, not unloaded). */
const hasParts = (review: FinancingReview, lens: ReviewLens): boolean =>
  review.organization !== undefined && (lens === 'secretariat' || review.messages !== undefined);

/**
 * Reviews with what `reviewViews` shows of them, in one statement: the institution, and (except
 * through the secretariat's lens) the offer with who prepared and released it, and the thread in
 * order with its authors. `where` picks the reviews, for example `{ requestId }`.
 */
export function findReviewsWithParts(
  manager: EntityManager,
  where: FindOptionsWhere<FinancingReview>,
  lens: ReviewLens,
): Promise<FinancingReview[]> {
  return manager.find(FinancingReview, {
    where,
    relations:
      lens === 'secretariat'
        ? { organization: true }
        : { organization: true, offer: { preparedBy: true, releasedBy: true }, messages: { author: true } },
    order: {
      createdAt: 'ASC',
      id: 'ASC',
      ...(lens === 'secretariat' ? {} : { messages: { createdAt: 'ASC', id: 'ASC' } }),
    },
  });
}

const reviewsWithParts = (manager: EntityManager, reviews: FinancingReview[], lens: ReviewLens) =>
  findReviewsWithParts(manager, { id: In(reviews.map((r) => r.id)) }, lens);

/**
 * Reviews with what the lens allows: offers and threads loaded only for the lenses that see them.
 * An institution's own people see its thread and offer only on reviews in `cleared` (those where
 * the viewer declared no conflict of interest). `actingOn` is the request when the viewer is the
 * requester who decides on it: each review then lists the requester's steps on it.
 */
export async function reviewViews(
  manager: EntityManager,
  reviews: FinancingReview[],
  lens: ReviewLens,
  cleared: ReadonlySet<string> = new Set(),
  actingOn?: { status: FinancingRequestStatus },
): Promise<FinancingReviewDto[]> {
  const today = todayUtc();
  if (reviews.length === 0) return [];
  const withParts = reviews.every((r) => hasParts(r, lens)) ? reviews : await reviewsWithParts(manager, reviews, lens);
  const partsOf = new Map(withParts.map((r) => [r.id, r]));
  return reviews.map((review) => {
    const { organization, offer, messages = [] } = partsOf.get(review.id) ?? review;
    const hidden = lens === 'secretariat' || (lens === 'institution' && !cleared.has(review.id));
    // The requester sees an offer only once an admin released it (a prepared one that lapsed stays the institution's).
    const visibleOffer =
      offer && !hidden && (lens === 'institution' || offer.releasedAt !== null) ? offerView(offer) : null;
    return {
      id: review.id,
      requestId: review.requestId,
      institution: orgRef(organization) ?? {
        id: review.organizationId,
        nameEn: null,
        nameZh: null,
      },
      status: review.status,
      // The reason is written to the requester: private like the thread.
      declineReason: lens === 'secretariat' ? null : review.declineReason,
      closeReason: review.closeReason,
      offer: visibleOffer,
      messages: hidden
        ? null
        : messages.map((m) => ({
            id: m.id,
            kind: m.kind,
            side: m.side,
            authorName: m.author?.displayName ?? null,
            body: m.body,
            createdAt: m.createdAt.toISOString(),
          })),
      ...waitingDays(review),
      openedAt: iso(review.openedAt),
      decidedAt: iso(review.decidedAt),
      createdAt: review.createdAt.toISOString(),
      actions: actingOn ? requesterReviewActions(review, visibleOffer, { status: actingOn.status, today }) : [],
      version: review.version,
    };
  });
}

export async function revisionViews(
  manager: EntityManager,
  requestId: string,
  after = 0,
): Promise<FinancingRevisionDto[]> {
  const rows = await manager.find(FinancingRevision, { where: { requestId }, order: { number: 'ASC' } });
  return rows
    .filter((r) => r.number > after)
    .map((r) => ({ number: r.number, changedFields: r.changedFields, createdAt: r.createdAt.toISOString() }));
}

/** The whole request for one viewer: `reviews` and `institutions` already cut to what the viewer may see. */
export async function requestView(
  manager: EntityManager,
  request: FinancingRequest,
  parts: {
    reviews: FinancingReview[];
    lens: ReviewLens;
    cleared?: ReadonlySet<string>;
    attachments: AttachmentResponse[];
    isRequester: boolean;
    showInstitutions: boolean;
    /** The request's revisions, when the caller has them already. */
    revisions?: FinancingRevisionDto[];
  },
): Promise<FinancingRequestDto> {
  const institution = parts.lens === 'institution';
  const institutions =
    parts.showInstitutions && request.institutionIds.length
      ? (await manager.findBy(Organization, { id: In(request.institutionIds) })).map(
          (o) => orgRef(o) as FinancingOrgRef,
        )
      : [];
  return {
    ...(institution ? institutionSummaryView(request) : summaryView(request)),
    purposeEn: request.purposeEn,
    purposeZh: request.purposeZh,
    descriptionEn: request.descriptionEn,
    descriptionZh: request.descriptionZh,
    institutions,
    attachments: parts.attachments,
    revisions: parts.revisions ?? (await revisionViews(manager, request.id)),
    reviews: await reviewViews(
      manager,
      parts.reviews,
      parts.lens,
      parts.cleared,
      parts.isRequester ? request : undefined,
    ),
    withdrawReason: request.withdrawReason,
    closeReason: request.closeReason,
    // An institution learns whether its own offer was the one accepted, not which other was.
    acceptedReviewId:
      institution && !parts.reviews.some((r) => r.id === request.acceptedReviewId) ? null : request.acceptedReviewId,
    decidedAt: iso(request.decidedAt),
    createdByName: request.createdBy?.displayName ?? null,
    actions: parts.isRequester ? allowedFinancingRequestActions(request.status) : [],
    // An institution does not act on the request; its version would tell when others did.
    version: institution ? request.revision : request.version,
  };
}
