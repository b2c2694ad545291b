import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  canMove,
  canReleaseOffer,
  canRequestTransition,
  canReviewTransition,
  FINANCING_OFFER_TRANSITIONS,
  move,
  offerReleaseRefusal,
  reviewActionsIn,
  type FinancingMyDeclarationDto,
  type FinancingReviewAction,
  type OfferReleaseRefusal,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
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
  assertClearedReviewer,
  assertVersion,
  auditRequest,
  auditReview,
  moveRequest,
  moveReview,
  notNow,
  tellInstitutions,
  tellRequester,
} from './financing-records';
import { FinancingRequestsService } from './financing-requests.service';
import { FinancingReviewsQueries } from './financing-reviews.queries';
import { institutionSummaryView, reviewViews, revisionViews, todayUtc } from './financing-views';

const NOT_DECLARED: FinancingMyDeclarationDto = { conflict: null, declaredAt: null };

/** An institution's side: its queue, conflict-of-interest declarations, questions, offers (maker-checker), declines. */
@Injectable()
export class FinancingReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly requests: FinancingRequestsService,
    private readonly queries: FinancingReviewsQueries,
  ) {}

  /** Requests shared with the user's institution, oldest first. */
  async queue(auth: AuthenticatedUser, query: QueueQueryDto): Promise<FinancingQueuePage> {
    const page = await this.queries.queue(auth, query);
    const cleared = new Set(page.items.filter((r) => r.myDeclaration?.conflict === false).map((r) => r.id));
    const views = await reviewViews(this.dataSource.manager, page.items, 'institution', cleared);
    return {
      ...page,
      items: page.items.map((review, i) => ({
        review: views[i],
        request: institutionSummaryView(review.request as FinancingRequest),
        myDeclaration: declarationView(review.myDeclaration ?? undefined),
      })),
    };
  }

  /** One review for its institution; the request's details once this reviewer has declared no conflict. */
  async detail(
    auth: AuthenticatedUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FinancingReviewDetailResponse> {
    const review = await this.queries.withParts(manager, id, auth.user.id);
    if (!review || !auth.ability.can('review', subject('FinancingReview', { organizationId: review.organizationId })))
      throw notFound('Review');
    const request = review.request as FinancingRequest;
    const declaration = review.myDeclaration ?? undefined;
    const cleared = declaration?.conflict === false;
    const offer = review.offer ?? null;
    const revisions = cleared ? await revisionViews(manager, request.id) : [];
    const unseenRevisions = revisions.filter((r) => r.number > Math.max(review.seenRevision, 1));
    // Reading the request is what "seen" means; later revisions show as changes next time.
    if (cleared && review.seenRevision < request.revision) await this.queries.markSeen(manager, id, request.revision);
    const [view] = await reviewViews(manager, [review], 'institution', cleared ? new Set([id]) : new Set());
    return {
      review: view,
      request: institutionSummaryView(request),
      details: cleared ? await this.requests.institutionView(manager, request, review, revisions) : null,
      myDeclaration: declarationView(declaration),
      unseenRevisions,
      actions: cleared ? reviewActions(auth, review, offer, request.revision) : [],
      offerReleasers:
        cleared && offer && canMove(FINANCING_OFFER_TRANSITIONS, 'release', offer.status)
          ? await this.queries.offerReleasers(manager, review, offer)
          : null,
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
      await auditReview(this.audit, manager, 'declare', review, null, { userId: auth.user.id, conflict: dto.conflict });
      if (!dto.conflict && canReviewTransition('open', review.status)) {
        moveReview(review, 'open');
        review.openedAt = new Date();
        await manager.save(review);
        if (canRequestTransition('open', request.status)) {
          moveRequest(request, 'open');
          await manager.save(request);
          await auditRequest(this.audit, manager, 'open', request, { status: 'submitted' }, { status: request.status });
        }
        await tellRequester(this.notifications, manager, request, 'financing_opened', auth.user.id, review);
        await auditReview(this.audit, manager, 'open', review, { status: 'new' }, { status: review.status });
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
      const { request, review } = await this.queries.lock(manager, id);
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
      // The requester's only step on a review is this answer: refused, nothing else is theirs to do.
      moveReview(review, 'answer', []);
      await manager.insert(FinancingMessage, {
        reviewId: id,
        authorUserId: auth.user.id,
        side: 'requester',
        kind: 'answer',
        body: dto.body,
      });
      const saved = await manager.save(review);
      await tellInstitutions(this.notifications, manager, request, [review], 'financing_answer', auth.user.id);
      await auditReview(this.audit, manager, 'answer', review, { status: 'info_requested' }, { status: review.status });
      return { reviewId: id, status: saved.status, version: saved.version };
    });
  }

  /** Maker: prepares (or revises) the offer, which waits for an admin of the institution to release it. */
  async prepareOffer(auth: AuthenticatedUser, id: string, dto: OfferDto): Promise<FinancingReviewDetailResponse> {
    return this.act(auth, id, dto, 'review', async (manager, request, review) => {
      if (!reviewActionsIn(review.status).includes('prepare_offer')) throw notNow('prepare an offer on', review);
      if (dto.validUntil < todayUtc())
        throw unprocessable('OFFER_VALIDITY_PAST', 'validUntil must be today or later', 'validUntil');
      const existing = await this.queries.lockOffer(manager, { reviewId: id });
      if (existing && !canMove(FINANCING_OFFER_TRANSITIONS, 'revise', existing.status))
        throw notNow(`revise an offer that is ${existing.status} on`, review);
      if (existing) move(FINANCING_OFFER_TRANSITIONS, 'revise', existing);
      // A new offer starts prepared; a revised one stays so.
      await manager.save(FinancingOffer, {
        status: FINANCING_OFFER_TRANSITIONS.revise.to,
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
        preparedByUserId: auth.user.id,
        preparedByUserIds: [...new Set([...(existing?.preparedByUserIds ?? []), auth.user.id])],
        requestRevision: request.revision,
        preparedAt: new Date(),
      });
      // The terms are part of the review: whoever releases must have seen these, not an earlier version.
      await this.queries.bumpVersion(manager, review);
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
      const offer = await this.queries.lockOffer(manager, { reviewId: id });
      if (!canReviewTransition('release_offer', review.status)) moveReview(review, 'release_offer'); // 409 naming what is allowed
      const refusal = offerReleaseRefusal(offer, auth.user.id, { revision: request.revision, today: todayUtc() });
      if (!offer || refusal) throw releaseRefused(refusal ?? 'OFFER_NOT_PREPARED', request);
      moveReview(review, 'release_offer');
      review.decidedAt = new Date();
      move(FINANCING_OFFER_TRANSITIONS, 'release', offer);
      Object.assign(offer, { releasedByUserId: auth.user.id, releasedAt: new Date() });
      await manager.save(offer);
      if (canRequestTransition('receive_offer', request.status)) {
        const was = request.status;
        moveRequest(request, 'receive_offer');
        await manager.save(request);
        await auditRequest(this.audit, manager, 'receive_offer', request, { status: was }, { status: request.status });
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
      await this.queries.moveOffers(manager, [id], 'lapse');
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
      await auditReview(this.audit, manager, action, review, before, { status: review.status });
      return this.detail(auth, id, manager);
    });
  }

  /** The institution's own review, locked with its request; another institution's answers 404, a staff member's release 403. */
  private async lockOwn(manager: EntityManager, auth: AuthenticatedUser, id: string, permission: 'review' | 'release') {
    return this.queries.lock(manager, id, ({ organizationId }) => {
      const record = subject('FinancingReview', { organizationId });
      if (!auth.ability.can('review', record)) throw notFound('Review');
      if (permission === 'release' && !auth.ability.can('release', subject('FinancingOffer', { organizationId })))
        throw forbidden('Only an admin of your institution releases an offer');
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
}

function declarationView(declaration: FinancingDeclaration | undefined): FinancingMyDeclarationDto {
  return declaration
    ? { conflict: declaration.conflict, declaredAt: declaration.createdAt.toISOString() }
    : NOT_DECLARED;
}

/** What a cleared reviewer may do now, so the web offers only that: the steps of the status, as far as the offer allows. */
function reviewActions(
  auth: AuthenticatedUser,
  review: FinancingReview,
  offer: FinancingOffer | null,
  requestRevision: number,
): FinancingReviewAction[] {
  return reviewActionsIn(review.status).filter((action) => {
    if (action === 'prepare_offer') return !offer || canMove(FINANCING_OFFER_TRANSITIONS, 'revise', offer.status);
    if (action === 'release_offer')
      return (
        auth.ability.can('release', subject('FinancingOffer', { organizationId: review.organizationId })) &&
        canReleaseOffer(offer, auth.user.id, { revision: requestRevision, today: todayUtc() })
      );
    return true;
  });
}

/** The refusal of a release the maker-checker rule does not allow, as the API answers it. */
function releaseRefused(refusal: OfferReleaseRefusal, request: FinancingRequest): AppError {
  switch (refusal) {
    case 'OFFER_NOT_PREPARED':
      return unprocessable('OFFER_NOT_PREPARED', 'Prepare an offer before releasing it');
    case 'OFFER_FOUR_EYES':
      return forbidden(
        'You prepared or revised this offer: another admin of your institution must release it (four eyes)',
      );
    case 'OFFER_EXPIRED':
      return unprocessable('OFFER_EXPIRED', 'The offer has expired; revise its validity first', 'validUntil');
    case 'OFFER_OUTDATED':
      return unprocessable(
        'OFFER_OUTDATED',
        `The request has changed since this offer was prepared (now revision ${request.revision}); revise the offer first`,
      );
  }
}
