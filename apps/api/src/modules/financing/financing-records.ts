import {
  canRequestTransition,
  FINANCING_REQUEST_TRANSITIONS,
  FINANCING_REVIEW_OPEN,
  FINANCING_REVIEW_TRANSITIONS,
  allowedFinancingRequestActions,
  reviewActionsIn,
  type FinancingRequestTransition,
  type FinancingReviewCloseReason,
  type FinancingReviewStatus,
  type FinancingReviewTransition,
  type NotificationType,
} from '@alliance/contracts';
import { In, type EntityManager } from 'typeorm';
import type { AuditService } from '../../common/audit/audit.service';
import { AppError, illegalTransition, notFound } from '../../common/errors/app-error';
import type { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import { FinancingOffer } from './entities/financing-offer.entity';
import { FinancingRequest } from './entities/financing-request.entity';
import { FinancingReview } from './entities/financing-review.entity';

/** The record type and id under which the shared attachments module keeps a request's files. */
export const FINANCING_REQUEST_RECORD = 'financing_request';

/**
 * Locks a request for the rest of the transaction. Every action on a request or one of its
 * reviews locks the request first (then the reviews), so two decisions on the same request
 * queue up instead of deadlocking, and the second sees what the first did.
 */
export async function lockRequest(
  manager: EntityManager,
  id: string,
  mayLock?: (owner: { organizationId: string }) => void,
): Promise<FinancingRequest> {
  if (mayLock) {
    // Who may act depends on the owner, which never changes: refuse before taking anyone's lock.
    const owner = await manager.findOne(FinancingRequest, {
      where: { id },
      select: { id: true, organizationId: true },
    });
    if (!owner) throw notFound('Financing request');
    mayLock(owner);
  }
  const request = await manager.findOne(FinancingRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!request) throw notFound('Financing request');
  return request;
}

/** The review and its request, both locked (request first); `mayLock` refuses on the review's institution before locking. */
export async function lockReview(
  manager: EntityManager,
  id: string,
  mayLock?: (owner: { organizationId: string }) => void,
): Promise<{ request: FinancingRequest; review: FinancingReview }> {
  const found = await manager.findOne(FinancingReview, {
    where: { id },
    select: { id: true, requestId: true, organizationId: true },
  });
  if (!found) throw notFound('Review');
  mayLock?.(found);
  const request = await lockRequest(manager, found.requestId);
  const review = await manager.findOne(FinancingReview, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!review) throw notFound('Review');
  return { request, review };
}

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

export function moveRequest(request: FinancingRequest, action: FinancingRequestTransition): void {
  if (!canRequestTransition(action, request.status)) {
    throw illegalTransition(action, request.status, allowedFinancingRequestActions(request.status));
  }
  request.status = FINANCING_REQUEST_TRANSITIONS[action].to;
}

export function moveReview(review: FinancingReview, action: FinancingReviewTransition): void {
  const from = FINANCING_REVIEW_TRANSITIONS[action].from as readonly FinancingReviewStatus[];
  if (!from.includes(review.status)) {
    // Named for people: the steps someone can take now (closing and acceptance follow the requester's decision).
    const allowed = (Object.keys(FINANCING_REVIEW_TRANSITIONS) as FinancingReviewTransition[]).filter(
      (a) =>
        a !== 'close' &&
        a !== 'accept' &&
        (FINANCING_REVIEW_TRANSITIONS[a].from as readonly FinancingReviewStatus[]).includes(review.status),
    );
    throw illegalTransition(action.replace('_', ' '), review.status, allowed);
  }
  review.status = FINANCING_REVIEW_TRANSITIONS[action].to;
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
  audit: AuditService,
  requestId: string,
  reason: FinancingReviewCloseReason,
  keep: string | null = null,
): Promise<FinancingReview[]> {
  const reviews = await manager.find(FinancingReview, {
    where: { requestId, status: In([...FINANCING_REVIEW_OPEN]) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const closing = reviews.filter((r) => r.id !== keep);
  const now = new Date();
  for (const review of closing) {
    const before = { status: review.status };
    moveReview(review, 'close');
    review.closeReason = reason;
    review.decidedAt = now;
    await manager.save(review);
    await audit.record(manager, {
      action: 'financing_review.close',
      entityType: 'FinancingReview',
      entityId: review.id,
      organizationId: review.organizationId,
      before,
      after: { status: review.status, closeReason: reason, requestId },
    });
  }
  if (closing.length) {
    const ids = In(closing.map((r) => r.id));
    await manager.update(FinancingOffer, { reviewId: ids, status: 'released' }, { status: 'not_accepted' });
    await manager.update(FinancingOffer, { reviewId: ids, status: 'prepared' }, { status: 'lapsed' });
  }
  return closing;
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
