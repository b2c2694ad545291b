import { Injectable, type OnModuleInit } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  FINANCING_OFFER_TRANSITIONS,
  FINANCING_REVIEW_OPEN,
  FINANCING_REVISED_FIELDS,
  FINANCING_REQUEST_EDITABLE,
  allowedFinancingRequestActions,
  move,
  type FinancingRevisedField,
  type FinancingRevisionDto,
} from '@alliance/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { createOnce } from '../../common/database/create-once';
import { AppError, forbidden, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { withoutUndefined } from '../../common/validation/transforms';
import { assertCan } from '../../common/policy/scope';
import { AttachmentsService } from '../attachments/attachments.service';
import { NotificationsService } from '../notifications/notifications.service';
import type {
  AcceptOfferDto,
  FinancingRequestInput,
  ListFinancingQueryDto,
  ReasonDto,
  UpdateFinancingRequestDto,
  VersionDto,
} from './dto/financing-request.dto';
import type { FinancingRequestPage, FinancingRequestResponse } from './dto/financing-response.dto';
import { FinancingRequest } from './entities/financing-request.entity';
import { FinancingReview } from './entities/financing-review.entity';
import { FinancingRevision } from './entities/financing-revision.entity';
import {
  assertClearedReviewer,
  assertVersion,
  auditRequest,
  auditReview,
  closeOpenReviews,
  FINANCING_REQUEST_RECORD,
  moveRequest,
  moveReview,
  requestFields,
  tellInstitutions,
} from './financing-records';
import { checkReferences, checkSharingKept, institutionsToAsk, missingOnSubmit } from './financing-request-checks';
import { FinancingRequestsQueries } from './financing-requests.queries';
import { FinancingReviewsQueries } from './financing-reviews.queries';
import { findReviewsWithParts, institutionSummaryView, requestView, summaryView, todayUtc } from './financing-views';

/** Requests as the requester works on them, and what the secretariat and institutions may read of them. */
@Injectable()
export class FinancingRequestsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
    private readonly queries: FinancingRequestsQueries,
    private readonly reviewQueries: FinancingReviewsQueries,
  ) {}

  onModuleInit(): void {
    this.attachments.registerReader(FINANCING_REQUEST_RECORD, (viewer, id) => this.canReadFiles(viewer, id));
  }

  async list(auth: AuthenticatedUser, query: ListFinancingQueryDto): Promise<FinancingRequestPage> {
    // An institution sees a request as open or ended, never whether others opened it or offered.
    const institution = auth.ability.can('review', 'FinancingReview');
    const page = await this.queries.page(auth, query, institution, institution ? institutionSummaryView : summaryView);
    // Progress tells how many institutions were asked: only for those who may know (not institutions).
    const knowing = page.items.filter((r) =>
      auth.ability.can('read', subject('FinancingRequest', { organizationId: r.organization.id })),
    );
    if (knowing.length) {
      const progress = await this.queries.progress(knowing.map((r) => r.id));
      for (const item of knowing) item.progress = progress.get(item.id) ?? { asked: 0, answered: 0, offers: 0 };
    }
    return page;
  }

  async get(
    auth: AuthenticatedUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FinancingRequestResponse> {
    const request = await this.queries.findReadable(auth, id, manager);
    if (!request) throw notFound('Financing request');
    const isRequester = request.organizationId === auth.organization.id;
    if (
      isRequester ||
      auth.ability.can('read', subject('FinancingRequest', { organizationId: request.organizationId }))
    ) {
      const lens = auth.ability.can(
        'read',
        subject('FinancingOffer', { requesterOrganizationId: request.organizationId }),
      )
        ? 'requester'
        : 'secretariat';
      return requestView(manager, request, {
        reviews: await findReviewsWithParts(manager, { requestId: id }, lens),
        lens,
        // The files are the requester's business documents, shared with the institutions asked (not the secretariat).
        attachments: lens === 'requester' ? await this.attachments.listFor(manager, FINANCING_REQUEST_RECORD, id) : [],
        isRequester:
          isRequester &&
          auth.ability.can('update', subject('FinancingRequest', { organizationId: request.organizationId })),
        showInstitutions: true,
      });
    }
    // An institution: its own review only, once this reviewer has declared no conflict of interest.
    if (!auth.ability.can('review', subject('FinancingReview', { organizationId: auth.organization.id })))
      throw notFound('Financing request');
    const review = await manager.findOneBy(FinancingReview, { requestId: id, organizationId: auth.organization.id });
    if (!review) throw notFound('Financing request');
    await assertClearedReviewer(manager, auth, review.id);
    return this.institutionView(manager, request, review);
  }

  /**
   * The request as an institution's cleared reviewer reads it: its own review only, with the files.
   * `revisions` when the caller has them already.
   */
  async institutionView(
    manager: EntityManager,
    request: FinancingRequest,
    review: FinancingReview,
    revisions?: FinancingRevisionDto[],
  ): Promise<FinancingRequestResponse> {
    return requestView(manager, request, {
      reviews: [review],
      lens: 'institution',
      cleared: new Set([review.id]),
      attachments: await this.attachments.listFor(manager, FINANCING_REQUEST_RECORD, request.id),
      isRequester: false,
      showInstitutions: false,
      revisions,
    });
  }

  /** A draft; sent again with the same idempotency key by the same user, the request it first created. */
  async create(
    auth: AuthenticatedUser,
    dto: FinancingRequestInput,
    idempotencyKey?: string,
  ): Promise<FinancingRequestResponse> {
    const organizationId = auth.organization.id;
    if (!auth.ability.can('create', subject('FinancingRequest', { organizationId }))) {
      throw forbidden('Only a park operator asks for finance, for its own parks');
    }
    const { attachmentIds, ...fields } = dto;
    const keyed = async (key: string) => {
      const request = await this.dataSource.manager.findOne(FinancingRequest, {
        select: { id: true },
        where: { createdByUserId: auth.user.id, idempotencyKey: key },
      });
      return request && this.get(auth, request.id);
    };
    return createOnce(idempotencyKey, keyed, () =>
      this.dataSource.transaction(async (manager) => {
        const request = manager.create(FinancingRequest, {
          ...withoutUndefined(fields),
          audience: fields.audience ?? 'all',
          institutionIds: fields.institutionIds ?? [],
          organizationId,
          createdByUserId: auth.user.id,
          status: 'draft',
          idempotencyKey: idempotencyKey ?? null,
        });
        await checkReferences(manager, request);
        const saved = await manager.save(request);
        if (attachmentIds?.length)
          await this.attachments.attach(
            manager,
            auth,
            FINANCING_REQUEST_RECORD,
            saved.id,
            organizationId,
            attachmentIds,
          );
        await auditRequest(this.audit, manager, 'create', saved, null, requestFields(saved, attachmentIds ?? []));
        return this.get(auth, saved.id, manager);
      }),
    );
  }

  /** A draft changes in place; a submitted request gets a new revision that its reviewers see. */
  async update(auth: AuthenticatedUser, id: string, dto: UpdateFinancingRequestDto): Promise<FinancingRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOwn(manager, auth, id, 'update');
      if (!FINANCING_REQUEST_EDITABLE.includes(request.status)) {
        throw illegalTransition('edit', request.status, allowedFinancingRequestActions(request.status));
      }
      const { version, attachmentIds, ...changes } = dto;
      assertVersion(request.version, version, 'request');
      const oldAttachments = (await this.attachments.listFor(manager, FINANCING_REQUEST_RECORD, id)).map((a) => a.id);
      const before = requestFields(request, oldAttachments);
      const submitted = request.status !== 'draft';
      if (submitted) checkSharingKept(request, changes);
      const previousInstitutions = request.institutionIds;
      Object.assign(request, withoutUndefined(changes));
      // Institutions already asked stay on it even if one has left the alliance since; new ones must be active.
      await checkReferences(manager, request, previousInstitutions);
      if (attachmentIds !== undefined)
        await this.attachments.attach(
          manager,
          auth,
          FINANCING_REQUEST_RECORD,
          id,
          request.organizationId,
          attachmentIds,
        );
      const after = requestFields(request, attachmentIds ?? oldAttachments);
      if (submitted) {
        const missing = missingOnSubmit(request);
        if (missing.length)
          throw new AppError(422, 'UNPROCESSABLE', 'A submitted request keeps its required fields', missing);
        const changed = FINANCING_REVISED_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
        const added = request.institutionIds.filter((i) => !(before.institutionIds as string[]).includes(i));
        if (changed.length) await this.addRevision(manager, auth, request, changed, after);
        await manager.save(request);
        const fresh = added.length ? await this.shareWith(manager, request, added) : [];
        const open = await manager.find(FinancingReview, {
          where: { requestId: id, status: In([...FINANCING_REVIEW_OPEN]) },
        });
        if (changed.length)
          await tellInstitutions(
            this.notifications,
            manager,
            request,
            open.filter((r) => !fresh.includes(r.id)),
            'financing_revised',
            auth.user.id,
          );
      } else {
        await manager.save(request);
      }
      await auditRequest(this.audit, manager, 'update', request, before, after);
      return this.get(auth, id, manager);
    });
  }

  async submit(auth: AuthenticatedUser, id: string, dto: VersionDto): Promise<FinancingRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOwn(manager, auth, id, 'submit');
      assertVersion(request.version, dto.version, 'request');
      const before = { status: request.status };
      moveRequest(request, 'submit');
      const missing = missingOnSubmit(request);
      if (missing.length)
        throw new AppError(422, 'UNPROCESSABLE', 'Fill in the required fields before submitting', missing);
      await checkReferences(manager, request);
      const institutions = await institutionsToAsk(manager, request);
      request.submittedAt = new Date();
      request.revision = 1;
      await manager.save(request);
      const attachmentIds = (await this.attachments.listFor(manager, FINANCING_REQUEST_RECORD, id)).map((a) => a.id);
      await this.addRevision(manager, auth, request, [], requestFields(request, attachmentIds));
      await this.shareWith(manager, request, institutions);
      await auditRequest(this.audit, manager, 'submit', request, before, {
        status: request.status,
        institutionIds: institutions,
      });
      return this.get(auth, id, manager);
    });
  }

  async withdraw(auth: AuthenticatedUser, id: string, dto: ReasonDto): Promise<FinancingRequestResponse> {
    return this.end(auth, id, dto, 'withdraw');
  }

  async close(auth: AuthenticatedUser, id: string, dto: ReasonDto): Promise<FinancingRequestResponse> {
    return this.end(auth, id, dto, 'close');
  }

  /** Accepts one released offer: the request is decided, the other open reviews close. */
  async accept(auth: AuthenticatedUser, id: string, dto: AcceptOfferDto): Promise<FinancingRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOwn(manager, auth, id, 'accept');
      assertVersion(request.version, dto.version, 'request');
      const offer = await this.reviewQueries.lockOffer(manager, { id: dto.offerId });
      const review = offer
        ? await manager.findOne(FinancingReview, {
            where: { id: offer.reviewId, requestId: id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!offer || !review || offer.status === 'prepared') throw notFound('Offer');
      moveRequest(request, 'accept');
      move(FINANCING_OFFER_TRANSITIONS, 'accept', offer, ['accept a released offer']);
      if (offer.validUntil < todayUtc())
        throw unprocessable(
          'OFFER_NO_LONGER_VALID',
          `This offer was valid until ${offer.validUntil}; ask the institution to renew it`,
          'offerId',
        );
      moveReview(review, 'accept');
      review.decidedAt = new Date();
      await manager.save(review);
      await manager.save(offer);
      await auditReview(this.audit, manager, 'accept', review, { status: 'offer_made' }, { status: review.status });
      const others = await closeOpenReviews(manager, this.closing(), id, 'another_offer_accepted', review.id);
      request.acceptedReviewId = review.id;
      request.decidedAt = new Date();
      await manager.save(request);
      await tellInstitutions(this.notifications, manager, request, [review], 'financing_accepted', auth.user.id);
      await tellInstitutions(this.notifications, manager, request, others, 'financing_not_accepted', auth.user.id);
      await auditRequest(
        this.audit,
        manager,
        'accept',
        request,
        { status: 'offer_received' },
        { status: request.status, acceptedReviewId: review.id, offerId: offer.id },
      );
      return this.get(auth, id, manager);
    });
  }

  private end(
    auth: AuthenticatedUser,
    id: string,
    dto: ReasonDto,
    action: 'withdraw' | 'close',
  ): Promise<FinancingRequestResponse> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockOwn(manager, auth, id, action);
      assertVersion(request.version, dto.version, 'request');
      const before = { status: request.status };
      moveRequest(request, action);
      if (action === 'withdraw') request.withdrawReason = dto.reason;
      else request.closeReason = dto.reason;
      request.decidedAt = new Date();
      await manager.save(request);
      const closed = await closeOpenReviews(
        manager,
        this.closing(),
        id,
        action === 'withdraw' ? 'request_withdrawn' : 'request_closed',
      );
      await tellInstitutions(
        this.notifications,
        manager,
        request,
        closed,
        action === 'withdraw' ? 'financing_withdrawn' : 'financing_closed',
        auth.user.id,
      );
      await auditRequest(this.audit, manager, action, request, before, { status: request.status, reason: dto.reason });
      return this.get(auth, id, manager);
    });
  }

  /** One review per institution, each told that a request waits for it. Returns the new reviews' ids. */
  private async shareWith(
    manager: EntityManager,
    request: FinancingRequest,
    institutionIds: string[],
  ): Promise<string[]> {
    const reviews = await manager.save(
      institutionIds.map((organizationId) =>
        manager.create(FinancingReview, { requestId: request.id, organizationId, status: 'new', seenRevision: 0 }),
      ),
    );
    await tellInstitutions(this.notifications, manager, request, reviews, 'financing_shared', null);
    return reviews.map((r) => r.id);
  }

  private async addRevision(
    manager: EntityManager,
    auth: AuthenticatedUser,
    request: FinancingRequest,
    changed: FinancingRevisedField[],
    snapshot: Record<string, unknown>,
  ) {
    if (changed.length) request.revision += 1;
    await manager.insert(FinancingRevision, {
      requestId: request.id,
      number: request.revision,
      changedFields: changed,
      snapshot: snapshot as object,
      createdByUserId: auth.user.id,
    });
  }

  /** The requester's own request, locked; anyone else's answers 404. */
  private async lockOwn(
    manager: EntityManager,
    auth: AuthenticatedUser,
    id: string,
    action: 'update' | 'submit' | 'withdraw' | 'close' | 'accept',
  ) {
    return this.queries.lock(manager, id, ({ organizationId }) => {
      if (!auth.ability.can('read', subject('FinancingRequest', { organizationId })))
        throw notFound('Financing request');
      if (organizationId !== auth.organization.id)
        throw forbidden('Only the organization that asked for the finance decides on it');
      assertCan(auth.ability, action, 'FinancingRequest', { organizationId }, 'Financing request');
    });
  }

  private closing() {
    return { audit: this.audit, reviews: this.reviewQueries };
  }

  /** Files of a request: its organization, and reviewers of the institutions asked who declared no conflict. */
  private async canReadFiles(viewer: AuthenticatedUser | null, requestId: string): Promise<boolean> {
    if (!viewer) return false;
    const request = await this.dataSource.getRepository(FinancingRequest).findOneBy({ id: requestId });
    if (!request) return false;
    if (request.organizationId === viewer.organization.id)
      return viewer.ability.can('read', subject('FinancingRequest', { organizationId: request.organizationId }));
    return this.queries.isClearedReviewer(requestId, viewer.organization.id, viewer.user.id);
  }
}
