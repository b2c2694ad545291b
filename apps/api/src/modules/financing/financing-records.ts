import {
  FINANCING_REQUEST_TRANSITIONS,
  FINANCING_REVIEW_TRANSITIONS,
  allowedFinancingRequestActions,
  move,
  reviewActionsIn,
  type FinancingRequestTransition,
  type FinancingReviewCloseReason,
  type FinancingReviewTransition,
  type AuditStep,
  type NotificationType,
} from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, illegalTransition } from '../../common/errors/app-error';
import type { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import { FinancingDeclaration } from './entities/financing-declaration.entity';
import type { FinancingRequest } from './entities/financing-request.entity';
import type { FinancingReview } from './entities/financing-review.entity';
import type { FinancingReviewsQueries } from './financing-reviews.queries';

/** The record type and id under which the shared attachments module keeps a request's files. */
export const FINANCING_REQUEST_RECORD = 'financing_request';

/** 409 when the caller decided on an older version than the one stored. */
export function assertVersion(current: number, seen: number | undefined, what: string): void {
  if (seen !== undefined && seen !== current) {
    throw new AppError(
      409,
      'CONFLICT',
      `Someone else changed this ${what} since you opened it; reload to see what changed`,
      [{ field: 'version', constraint: 'current', message: String(current) }],
    );
  }
}

/** Moves the request; a refusal names the requester's actions its status allows. */
export function moveRequest(request: FinancingRequest, action: FinancingRequestTransition): void {
  move(FINANCING_REQUEST_TRANSITIONS, action, request, allowedFinancingRequestActions(request.status));
}

/** Moves the review; a refusal names the institution's steps its status allows (closing and acceptance follow the requester's decision). */
export function moveReview(
  review: FinancingReview,
  action: FinancingReviewTransition,
  allowed: readonly string[] = reviewActionsIn(review.status),
): void {
  move(FINANCING_REVIEW_TRANSITIONS, action, review, allowed);
}

/** 409 naming what the institution can do instead, for a step its review's status does not allow. */
export function notNow(what: string, review: FinancingReview): AppError {
  return illegalTransition(what, review.status, reviewActionsIn(review.status));
}

/**
 * Ends the request's open reviews (except `keep`): each closes with the reason and is audited; a
 * released offer is not accepted, a prepared one lapses unseen. Returns the closed reviews, whose
 * institutions are to be told.
 */
export async function closeOpenReviews(
  manager: EntityManager,
  deps: { audit: AuditService; reviews: FinancingReviewsQueries },
  requestId: string,
  reason: FinancingReviewCloseReason,
  keep: string | null = null,
): Promise<FinancingReview[]> {
  const reviews = await deps.reviews.lockOpen(manager, requestId);
  const closing = reviews.filter((r) => r.id !== keep);
  const now = new Date();
  for (const review of closing) {
    const before = { status: review.status };
    moveReview(review, 'close');
    review.closeReason = reason;
    review.decidedAt = now;
    await manager.save(review);
    await auditReview(deps.audit, manager, 'close', review, before, { status: review.status, closeReason: reason });
  }
  const ids = closing.map((r) => r.id);
  await deps.reviews.moveOffers(manager, ids, 'not_accept');
  await deps.reviews.moveOffers(manager, ids, 'lapse');
  return closing;
}

/** 403 unless this reviewer has declared no conflict of interest on the review. */
export async function assertClearedReviewer(
  manager: EntityManager,
  auth: AuthenticatedUser,
  reviewId: string,
): Promise<void> {
  const declaration = await manager.findOneBy(FinancingDeclaration, { reviewId, userId: auth.user.id });
  if (!declaration)
    throw new AppError(
      403,
      'DECLARATION_REQUIRED',
      'Confirm that you have no conflict of interest before you open this request',
    );
  if (declaration.conflict)
    throw new AppError(
      403,
      'CONFLICT_OF_INTEREST',
      'You declared a conflict of interest on this request and cannot act on it',
    );
}

/** The audit event of a step on a request, in the step's transaction. */
export function auditRequest(
  audit: AuditService,
  manager: EntityManager,
  action: AuditStep<'financing_request'>,
  request: FinancingRequest,
  before: object | null,
  after: object,
): Promise<void> {
  return audit.record(manager, {
    action: `financing_request.${action}`,
    entityType: 'FinancingRequest',
    entityId: request.id,
    organizationId: request.organizationId,
    before,
    after,
  });
}

/**
 * The audit event of a step on a review, naming its request. Written even when no status changed
 * (preparing or revising an offer): the step itself is the event, and its terms stay out.
 */
export function auditReview(
  audit: AuditService,
  manager: EntityManager,
  action: AuditStep<'financing_review'>,
  review: FinancingReview,
  before: object | null,
  after: object,
): Promise<void> {
  return audit.record(manager, {
    action: `financing_review.${action}`,
    entityType: 'FinancingReview',
    entityId: review.id,
    organizationId: review.organizationId,
    before,
    after: { ...after, requestId: review.requestId },
    always: true,
  });
}

/** Tells each institution about a step on its own review (the link opens that review). */
export async function tellInstitutions(
  notifications: NotificationsService,
  manager: EntityManager,
  request: FinancingRequest,
  reviews: FinancingReview[],
  type: NotificationType,
  actorUserId: string | null,
): Promise<void> {
  for (const review of reviews) {
    await notifications.notifyOrganizations(manager, {
      organizationIds: [review.organizationId],
      actorUserId,
      type,
      recordType: 'financing_review',
      recordId: review.id,
      titleEn: request.titleEn,
      titleZh: request.titleZh,
    });
  }
}

/**
 * Tells the requesting organization about a step on its request; a step an institution took on its
 * review (opened, a question, an offer, a decline) names that institution.
 */
export async function tellRequester(
  notifications: NotificationsService,
  manager: EntityManager,
  request: FinancingRequest,
  type: NotificationType,
  actorUserId: string | null,
  review?: FinancingReview,
): Promise<number> {
  const institution = review ? await manager.findOneBy(Organization, { id: review.organizationId }) : null;
  return notifications.notifyOrganizations(manager, {
    organizationIds: [request.organizationId],
    actorUserId,
    type,
    recordType: 'financing_request',
    recordId: request.id,
    titleEn: request.titleEn,
    titleZh: request.titleZh,
    fromEn: institution?.nameEn ?? null,
    fromZh: institution?.nameZh ?? null,
  });
}

/** The fields of a request as the audit log and revisions keep them. */
export function requestFields(request: FinancingRequest, attachmentIds?: string[]): Record<string, unknown> {
  return {
    parkId: request.parkId,
    titleEn: request.titleEn,
    titleZh: request.titleZh,
    purposeEn: request.purposeEn,
    purposeZh: request.purposeZh,
    descriptionEn: request.descriptionEn,
    descriptionZh: request.descriptionZh,
    instrument: request.instrument,
    amount: request.amount,
    currency: request.currency,
    tenorMonths: request.tenorMonths,
    country: request.country,
    sector: request.sector,
    audience: request.audience,
    institutionIds: request.institutionIds,
    status: request.status,
    revision: request.revision,
    ...(attachmentIds ? { attachmentIds } : {}),
  };
}
