import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  canReviewTransition,
  type AuditStep,
  type FinancingMyDeclarationDto,
  type FinancingReviewAction,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { scopeQuery } from '../../common/policy/scope';
import { NotificationsService } from '../notifications/notifications.service';
import type { DeclarationDto, MessageDto, QueueQueryDto, ReasonDto, VersionDto } from './dto/financing-request.dto';
import type { OfferDto } from './dto/financing-offer.dto';
import type { FinancingQueuePage, FinancingReviewDetailResponse } from './dto/financing-response.dto';
import { FinancingDeclaration } from './entities/financing-declaration.entity';
import { FinancingMessage } from './entities/financing-message.entity';
import { FinancingOffer } from './entities/financing-offer.entity';
import type { FinancingRequest } from './entities/financing-request.entity';
import { FinancingReview } from './entities/financing-review.entity';
import {
  assertVersion,
  lockReview,
  moveRequest,
  moveReview,
  notNow,
  tellInstitutions,
  tellRequester,
} from './financing-records';
import {
  assertClearedReviewer,
  filterRequests,
  filterStatus,
  FinancingRequestsService,
} from './financing-requests.service';
import { institutionSummaryView, overdueCutoff, reviewViews, revisionViews, todayUtc } from './financing-views';

const NOT_DECLARED: FinancingMyDeclarationDto = { conflict: null, declaredAt: null };

/** An institution's side: its queue, conflict-of-interest declarations, questions, offers (maker-checker), declines. */
@Injectable()
export class FinancingReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly requests: FinancingRequestsService,
  ) {}

  /** Requests shared with the user's institution, oldest first. */
  async queue(auth: AuthenticatedUser, query: QueueQueryDto): Promise<FinancingQueuePage> {
    const qb = this.dataSource
      .getRepository(FinancingReview)
      .createQueryBuilder('rv')
      .innerJoinAndSelect('rv.request', 'r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk');
    scopeQuery(qb, auth.ability, 'review', 'FinancingReview', 'rv');
    if (query.reviewStatus) qb.andWhere('rv.status = :reviewStatus', { reviewStatus: query.reviewStatus });
    filterStatus(qb, query.status, true);
    if (query.overdue) {
      qb.andWhere("rv.status IN ('new', 'in_review', 'info_requested') AND rv.createdAt < :cutoff", {
        cutoff: overdueCutoff(),
      });
    }
    filterRequests(qb, query);
    qb.orderBy('rv.createdAt', 'ASC').addOrderBy('rv.id', 'ASC');
    const page = await paginate(qb, query, (review) => review, { joinsToOne: true });
    const manager = this.dataSource.manager;
    const declarations = page.items.length
      ? await manager
          .getRepository(FinancingDeclaration)
          .createQueryBuilder('d')
          .where('d.userId = :user AND d.reviewId IN (:...ids)', {
            user: auth.user.id,
            ids: page.items.map((r) => r.id),
          })
          .getMany()
      : [];
    const cleared = new Set(declarations.filter((d) => !d.conflict).map((d) => d.reviewId));
    const views = await reviewViews(manager, page.items, 'institution', cleared);
    return {
      ...page,
      items: page.items.map((review, i) => ({
        review: views[i],
        request: institutionSummaryView(review.request as FinancingRequest),
        myDeclaration: declarationView(declarations.find((d) => d.reviewId === review.id)),
      })),
    };
  }

  /** One review for its institution; the request's details once this reviewer has declared no conflict. */
  async detail(
    auth: AuthenticatedUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FinancingReviewDetailResponse> {
    const review = await this.ownReview(manager, auth, id);
    const request = review.request as FinancingRequest;
    const declaration = await manager.findOneBy(FinancingDeclaration, { reviewId: id, userId: auth.user.id });
    const cleared = declaration?.conflict === false;
    const offer = await manager.findOneBy(FinancingOffer, { reviewId: id });
    const unseenRevisions = cleared ? await revisionViews(manager, request.id, Math.max(review.seenRevision, 1)) : [];
    if (cleared && review.seenRevision < request.revision) {
      // Reading the request is what "seen" means; later revisions show as changes next time.
      // A plain UPDATE: marking seen is not a change of the review, so its version stays (no 409 for whoever acts next).
      await manager.query('UPDATE financing_reviews SET seen_revision = $1 WHERE id = $2', [request.revision, id]);
    }
    const [view] = await reviewViews(manager, [review], 'institution', cleared ? new Set([id]) : new Set());
    return {
      review: view,
      request: institutionSummaryView(request),
      details: cleared ? await this.requests.get(auth, request.id, manager) : null,
      myDeclaration: declarationView(declaration ?? undefined),
      unseenRevisions,
      actions: cleared ? reviewActions(auth, review, offer, request.revision) : [],
      offerReleasers: cleared && offer?.status === 'prepared' ? await offerReleasers(manager, review, offer) : null,
    };
  }

  /**
   * A reviewer's conflict-of-interest declaration, once per review. Declaring none opens the
   * review the first time (and the request is then under review); declaring one bars them from it.
   */
  async declare(auth: AuthenticatedUser, id: string, dto: DeclarationDto): Promise<FinancingReviewDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { request, review } = await this.lockOwn(manager, auth, id, 'review');
      if (await manager.existsBy(FinancingDeclaration, { reviewId: id, userId: auth.user.id })) {
        throw new AppError(
          409,
          'CONFLICT',
          'You have already made your declaration on this request; it is kept for the record',
        );
      }
      // A review that closed before anyone opened it has nothing left to open.
      if (review.status === 'closed' && review.openedAt === null) throw illegalTransition('open', review.status, []);
      await manager.insert(FinancingDeclaration, {
        reviewId: id,
        userId: auth.user.id,
        conflict: dto.conflict,
        note: dto.note ?? null,
      });
      await this.record(manager, 'declare', review, null, { userId: auth.user.id, conflict: dto.conflict });
      if (!dto.conflict && review.status === 'new') {
        moveReview(review, 'open');
        review.openedAt = new Date();
        await manager.save(review);
        if (request.status === 'submitted') {
          moveRequest(request, 'open');
          await manager.save(request);
          await this.recordRequest(manager, 'open', request, 'submitted');
        }
        await tellRequester(this.notifications, manager, request, 'financing_opened', auth.user.id, review);
        await this.record(manager, 'open', review, { status: 'new' }, { status: review.status });
      }
      return this.detail(auth, id, manager);
    });
  }

  /** The institution asks the requester a question; the review waits for the answer. */
  async requestInfo(auth: AuthenticatedUser, id: string, dto: MessageDto): Promise<FinancingReviewDetailResponse> {
    return this.act(auth, id, dto, 'review', async (manager, request, review) => {
      moveReview(review, 'request_info');
      await manager.insert(FinancingMessage, {
        reviewId: id,
        authorUserId: auth.user.id,
        side: 'institution',
        kind: 'question',
        body: dto.body,
      });
      await tellRequester(this.notifications, manager, request, 'financing_question', auth.user.id, review);
      return 'request_info';
    });
  }

  /** The requester answers an institution's question: back to review. */
  async answer(
    auth: AuthenticatedUser,
    id: string,
    dto: MessageDto,
  ): Promise<{ reviewId: string; status: string; version: number }> {
    return this.dataSource.transaction(async (manager) => {
      const { request, review } = await lockReview(manager, id);
      if (
        !auth.ability.can(
          'read',
          subject('FinancingThread', {
            organizationId: review.organizationId,
            requesterOrganizationId: request.organizationId,
          }),
        )
      ) {
        throw notFound('Review');
      }
      if (!auth.ability.can('update', subject('FinancingRequest', { organizationId: request.organizationId }))) {
        throw forbidden('Only the organization that asked for the finance answers');
      }
      assertVersion(review.version, dto.version, 'review');
      moveReview(review, 'answer');
      await manager.insert(FinancingMessage, {
        reviewId: id,
        authorUserId: auth.user.id,
        side: 'requester',
        kind: 'answer',
        body: dto.body,
      });
      const saved = await manager.save(review);
      await tellInstitutions(this.notifications, manager, request, [review], 'financing_answer', auth.user.id);
      await this.record(manager, 'answer', review, { status: 'info_requested' }, { status: review.status });
      return { reviewId: id, status: saved.status, version: saved.version };
    });
  }

  /** Maker: prepares (or revises) the offer, which waits for an admin of the institution to release it. */
  async prepareOffer(auth: AuthenticatedUser, id: string, dto: OfferDto): Promise<FinancingReviewDetailResponse> {
    return this.act(auth, id, dto, 'review', async (manager, request, review) => {
      if (review.status !== 'in_review') throw notNow('prepare an offer on', review);
      if (dto.validUntil < todayUtc()) throw unprocessable('validUntil must be today or later', 'validUntil');
      const existing = await manager.findOne(FinancingOffer, {
        where: { reviewId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && existing.status !== 'prepared')
        throw notNow(`revise an offer that is ${existing.status} on`, review);
      await manager.save(FinancingOffer, {
        ...(existing ?? {}),
        amount: dto.amount,
        currency: dto.currency,
        rateKind: dto.rateKind,
        ratePercent: dto.ratePercent,
        // A revision states every term: one left out is cleared, not kept from before.
        fees: dto.fees ?? null,
        tenorMonths: dto.tenorMonths,
        conditions: dto.conditions ?? null,
        validUntil: dto.validUntil,
        reviewId: id,
        status: 'prepared' as const,
        preparedByUserId: auth.user.id,
        preparedByUserIds: [...new Set([...(existing?.preparedByUserIds ?? []), auth.user.id])],
        requestRevision: request.revision,
        preparedAt: new Date(),
      });
      // The terms are part of the review: whoever releases must have seen these, not an earlier version.
      await bumpVersion(manager, review);
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: [review.organizationId],
        actorUserId: auth.user.id,
        adminsOnly: true,
        type: 'financing_offer_prepared',
        recordType: 'financing_review',
        recordId: id,
        titleEn: request.titleEn,
        titleZh: request.titleZh,
      });
      return 'prepare_offer';
    });
  }

  /** Checker: an admin of the institution, not the one who prepared it, releases the offer to the requester. */
  async releaseOffer(auth: AuthenticatedUser, id: string, dto: VersionDto): Promise<FinancingReviewDetailResponse> {
    return this.act(auth, id, dto, 'release', async (manager, request, review) => {
      const offer = await manager.findOne(FinancingOffer, {
        where: { reviewId: id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!canReviewTransition('release_offer', review.status)) moveReview(review, 'release_offer'); // 409 naming what is allowed
      if (offer?.status !== 'prepared') throw unprocessable('Prepare an offer before releasing it');
      if (offer.preparedByUserIds.includes(auth.user.id) || offer.preparedByUserIds.length === 0) {
        throw forbidden(
          'You prepared or revised this offer: another admin of your institution must release it (four eyes)',
        );
      }
      if (offer.validUntil < todayUtc())
        throw unprocessable('The offer has expired; revise its validity first', 'validUntil');
      if (offer.requestRevision !== request.revision) {
        throw unprocessable(
          `The request has changed since this offer was prepared (now revision ${request.revision}); revise the offer first`,
        );
      }
      moveReview(review, 'release_offer');
      review.decidedAt = new Date();
      Object.assign(offer, { status: 'released', releasedByUserId: auth.user.id, releasedAt: new Date() });
      await manager.save(offer);
      if (request.status === 'submitted' || request.status === 'under_review') {
        const was = request.status;
        moveRequest(request, 'receive_offer');
        await manager.save(request);
        await this.recordRequest(manager, 'receive_offer', request, was);
      }
      await tellRequester(this.notifications, manager, request, 'financing_offer', auth.user.id, review);
      return 'release_offer';
    });
  }

  async decline(auth: AuthenticatedUser, id: string, dto: ReasonDto): Promise<FinancingReviewDetailResponse> {
    return this.act(auth, id, dto, 'review', async (manager, request, review) => {
      moveReview(review, 'decline');
      review.declineReason = dto.reason;
      review.decidedAt = new Date();
      await manager.update(FinancingOffer, { reviewId: id, status: 'prepared' }, { status: 'lapsed' });
      await tellRequester(this.notifications, manager, request, 'financing_declined', auth.user.id, review);
      return 'decline';
    });
  }

  /** An action of the institution on its review: locked, version-checked, by a cleared reviewer, audited. */
  private act(
    auth: AuthenticatedUser,
    id: string,
    dto: VersionDto,
    permission: 'review' | 'release',
    apply: (
      manager: EntityManager,
      request: FinancingRequest,
      review: FinancingReview,
    ) => Promise<FinancingReviewAction>,
  ): Promise<FinancingReviewDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { request, review } = await this.lockOwn(manager, auth, id, permission);
      await assertClearedReviewer(manager, auth, id);
      assertVersion(review.version, dto.version, 'review');
      const before = { status: review.status };
      const action = await apply(manager, request, review);
      await manager.save(review);
      // Terms and messages stay out of the audit log, which the secretariat reads.
      await this.record(manager, action, review, before, { status: review.status });
      return this.detail(auth, id, manager);
    });
  }

  /** The institution's own review, locked with its request; another institution's answers 404, a staff member's release 403. */
  private async lockOwn(manager: EntityManager, auth: AuthenticatedUser, id: string, permission: 'review' | 'release') {
    return lockReview(manager, id, ({ organizationId }) => {
      const record = subject('FinancingReview', { organizationId });
      if (!auth.ability.can('review', record)) throw notFound('Review');
      if (!auth.ability.can(permission, record)) throw forbidden('Only an admin of your institution releases an offer');
    });
  }

  private async ownReview(manager: EntityManager, auth: AuthenticatedUser, id: string): Promise<FinancingReview> {
    const review = await manager.findOne(FinancingReview, {
      where: { id },
      relations: { request: { organization: true, park: true } },
    });
    if (!review || !auth.ability.can('review', subject('FinancingReview', { organizationId: review.organizationId })))
      throw notFound('Review');
    return review;
  }

  /** A step the system takes on the request because of a review (opened, offer received). */
  private recordRequest(
    manager: EntityManager,
    action: AuditStep<'financing_request'>,
    request: FinancingRequest,
    was: string,
  ): Promise<void> {
    return this.audit.record(manager, {
      action: `financing_request.${action}`,
      entityType: 'FinancingRequest',
      entityId: request.id,
      organizationId: request.organizationId,
      before: { status: was },
      after: { status: request.status },
    });
  }

  private record(
    manager: EntityManager,
    action: AuditStep<'financing_review'>,
    review: FinancingReview,
    before: object | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(manager, {
      action: `financing_review.${action}`,
      entityType: 'FinancingReview',
      entityId: review.id,
      organizationId: review.organizationId,
      before,
      after: { ...after, requestId: review.requestId },
      // Preparing or revising an offer changes no status, and its terms stay out: the step itself is the event.
      always: true,
    });
  }
}

function declarationView(declaration: FinancingDeclaration | undefined): FinancingMyDeclarationDto {
  return declaration
    ? { conflict: declaration.conflict, declaredAt: declaration.createdAt.toISOString() }
    : NOT_DECLARED;
}

/** Bumps the review's version in the database and in hand, for a change made to its offer. */
async function bumpVersion(manager: EntityManager, review: FinancingReview): Promise<void> {
  await manager.query('UPDATE financing_reviews SET version = version + 1, updated_at = now() WHERE id = $1', [
    review.id,
  ]);
  review.version += 1;
}

/** What a cleared reviewer may do now, so the web offers only that. */
function reviewActions(
  auth: AuthenticatedUser,
  review: FinancingReview,
  offer: FinancingOffer | null,
  requestRevision: number,
): FinancingReviewAction[] {
  const actions: FinancingReviewAction[] = [];
  const record = subject('FinancingReview', { organizationId: review.organizationId });
  if (canReviewTransition('request_info', review.status)) actions.push('request_info');
  if (review.status === 'in_review' && (!offer || offer.status === 'prepared')) actions.push('prepare_offer');
  if (
    canReviewTransition('release_offer', review.status) &&
    offer?.status === 'prepared' &&
    offer.validUntil >= todayUtc() &&
    offer.requestRevision === requestRevision &&
    offer.preparedByUserIds.length > 0 &&
    !offer.preparedByUserIds.includes(auth.user.id) &&
    auth.ability.can('release', record)
  ) {
    actions.push('release_offer');
  }
  if (canReviewTransition('decline', review.status)) actions.push('decline');
  return actions;
}

/** The institution's active admins who may release a prepared offer: not its makers, not those who declared a conflict. */
async function offerReleasers(manager: EntityManager, review: FinancingReview, offer: FinancingOffer): Promise<number> {
  const [{ count }] = (await manager.query(
    `SELECT count(*)::int AS count FROM users u
      WHERE u.organization_id = $1 AND u.org_role = 'admin' AND u.status = 'active' AND NOT (u.id = ANY($2::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM financing_declarations d WHERE d.review_id = $3 AND d.user_id = u.id AND d.conflict)`,
    [review.organizationId, offer.preparedByUserIds, review.id],
  )) as { count: number }[];
  return count;
}
