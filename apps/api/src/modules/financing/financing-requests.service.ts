import { Injectable, type OnModuleInit } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  FINANCING_REVISED_FIELDS,
  FINANCING_REQUEST_EDITABLE,
  FINANCING_REQUEST_OPEN,
  type FinancingRequestStatus,
  allowedFinancingRequestActions,
  type ErrorDetail,
  type FinancingRevisedField,
  type AuditStep,
} from '@alliance/contracts';
import { DataSource, In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { withoutUndefined } from '../../common/validation/transforms';
import { assertCan } from '../../common/policy/scope';
import { AttachmentsService } from '../attachments/attachments.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import { Park } from '../parks/entities/park.entity';
import type {
  AcceptOfferDto,
  FinancingRequestInput,
  ListFinancingQueryDto,
  ReasonDto,
  UpdateFinancingRequestDto,
  VersionDto,
} from './dto/financing-request.dto';
import type { FinancingRequestPage, FinancingRequestResponse } from './dto/financing-response.dto';
import { FinancingDeclaration } from './entities/financing-declaration.entity';
import { FinancingOffer } from './entities/financing-offer.entity';
import { FinancingRequest } from './entities/financing-request.entity';
import { FinancingReview } from './entities/financing-review.entity';
import { FinancingRevision } from './entities/financing-revision.entity';
import {
  assertVersion,
  closeOpenReviews,
  FINANCING_REQUEST_RECORD,
  lockRequest,
  moveRequest,
  moveReview,
  requestFields,
  tellInstitutions,
} from './financing-records';
import { institutionSummaryView, requestView, summaryView, todayUtc } from './financing-views';

/** Requests as the requester works on them, and what the secretariat and institutions may read of them. */
@Injectable()
export class FinancingRequestsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.attachments.registerReader(FINANCING_REQUEST_RECORD, (viewer, id) => this.canReadFiles(viewer, id));
  }

  async list(auth: AuthenticatedUser, query: ListFinancingQueryDto): Promise<FinancingRequestPage> {
    const qb = this.readable(auth);
    // An institution sees a request as open or ended, never whether others opened it or offered.
    const institution =
      !auth.ability.can('read', subject('FinancingRequest', { organizationId: auth.organization.id })) &&
      !seesAll(auth);
    filterStatus(qb, query.status, institution);
    filterRequests(qb, query);
    qb.orderBy('r.updatedAt', 'DESC').addOrderBy('r.id', 'DESC');
    const page = await paginate(qb, query, institution ? institutionSummaryView : summaryView, { joinsToOne: true });
    // Progress tells how many institutions were asked: only for those who may know (not institutions).
    const knowing = page.items.filter((r) =>
      auth.ability.can('read', subject('FinancingRequest', { organizationId: r.organization.id })),
    );
    if (knowing.length) {
      const rows = (await this.dataSource.query(
        `SELECT rv.request_id AS id, count(*)::int AS asked,
                count(*) FILTER (WHERE rv.status IN ('offer_made', 'declined', 'accepted') OR fo.released_at IS NOT NULL)::int AS answered,
                count(fo.id) FILTER (WHERE fo.released_at IS NOT NULL)::int AS offers
           FROM financing_reviews rv LEFT JOIN financing_offers fo ON fo.review_id = rv.id
          WHERE rv.request_id = ANY($1) GROUP BY rv.request_id`,
        [knowing.map((r) => r.id)],
      )) as { id: string; asked: number; answered: number; offers: number }[];
      for (const item of knowing) {
        const row = rows.find((r) => r.id === item.id);
        item.progress = { asked: row?.asked ?? 0, answered: row?.answered ?? 0, offers: row?.offers ?? 0 };
      }
    }
    return page;
  }

  async get(
    auth: AuthenticatedUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FinancingRequestResponse> {
    const request = await this.readable(auth, manager).andWhere('r.id = :id', { id }).getOne();
    if (!request) throw notFound('Financing request');
    const isRequester = request.organizationId === auth.organization.id;
    if (
      isRequester ||
      auth.ability.can('read', subject('FinancingRequest', { organizationId: request.organizationId }))
    ) {
      const reviews = await manager.find(FinancingReview, {
        where: { requestId: id },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const lens = auth.ability.can(
        'read',
        subject('FinancingOffer', { requesterOrganizationId: request.organizationId }),
      )
        ? 'requester'
        : 'secretariat';
      return requestView(manager, request, {
        reviews,
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
    const review = await manager.findOneBy(FinancingReview, { requestId: id, organizationId: auth.organization.id });
    if (!review) throw notFound('Financing request');
    await assertClearedReviewer(manager, auth, review.id);
    return requestView(manager, request, {
      reviews: [review],
      lens: 'institution',
      cleared: new Set([review.id]),
      attachments: await this.attachments.listFor(manager, FINANCING_REQUEST_RECORD, id),
      isRequester: false,
      showInstitutions: false,
    });
  }

  async create(auth: AuthenticatedUser, dto: FinancingRequestInput): Promise<FinancingRequestResponse> {
    const organizationId = auth.organization.id;
    if (!auth.ability.can('create', subject('FinancingRequest', { organizationId }))) {
      throw forbidden('Only a park operator asks for finance, for its own parks');
    }
    const { attachmentIds, ...fields } = dto;
    return this.dataSource.transaction(async (manager) => {
      const request = manager.create(FinancingRequest, {
        ...withoutUndefined(fields),
        audience: fields.audience ?? 'all',
        institutionIds: fields.institutionIds ?? [],
        organizationId,
        createdByUserId: auth.user.id,
        status: 'draft',
      });
      await checkReferences(manager, request);
      const saved = await manager.save(request);
      if (attachmentIds?.length)
        await this.attachments.attach(manager, auth, FINANCING_REQUEST_RECORD, saved.id, organizationId, attachmentIds);
      await this.record(manager, 'create', saved, null, requestFields(saved, attachmentIds ?? []));
      return this.get(auth, saved.id, manager);
    });
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
      if (submitted && changes.audience !== undefined && changes.audience !== request.audience) {
        throw unprocessable(
          'Who a request is shared with cannot change after submission; name more institutions instead',
          'audience',
        );
      }
      if (
        submitted &&
        changes.institutionIds &&
        !request.institutionIds.every((i) => changes.institutionIds?.includes(i))
      ) {
        throw unprocessable('An institution a request was shared with cannot be taken off it', 'institutionIds');
      }
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
          where: { requestId: id, status: In(['new', 'in_review', 'info_requested', 'offer_made']) },
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
      await this.record(manager, 'update', request, before, after);
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
      const institutions =
        request.audience === 'named'
          ? request.institutionIds
          : (
              await manager.find(Organization, {
                where: { type: 'financial_institution', status: 'active' },
                order: { id: 'ASC' },
              })
            ).map((o) => o.id);
      if (institutions.length === 0)
        throw unprocessable('Name at least one financial institution to share the request with', 'institutionIds');
      request.submittedAt = new Date();
      request.revision = 1;
      await manager.save(request);
      const attachmentIds = (await this.attachments.listFor(manager, FINANCING_REQUEST_RECORD, id)).map((a) => a.id);
      await this.addRevision(manager, auth, request, [], requestFields(request, attachmentIds));
      await this.shareWith(manager, request, institutions);
      await this.record(manager, 'submit', request, before, { status: request.status, institutionIds: institutions });
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
      const offer = await manager.findOne(FinancingOffer, {
        where: { id: dto.offerId },
        lock: { mode: 'pessimistic_write' },
      });
      const review = offer
        ? await manager.findOne(FinancingReview, {
            where: { id: offer.reviewId, requestId: id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!offer || !review || offer.status === 'prepared') throw notFound('Offer');
      moveRequest(request, 'accept');
      if (offer.status !== 'released')
        throw illegalTransition('accept', `an offer that is ${offer.status}`, ['accept a released offer']);
      if (offer.validUntil < todayUtc())
        throw unprocessable(
          `This offer was valid until ${offer.validUntil}; ask the institution to renew it`,
          'offerId',
        );
      moveReview(review, 'accept');
      review.decidedAt = new Date();
      await manager.save(review);
      offer.status = 'accepted';
      await manager.save(offer);
      await this.audit.record(manager, {
        action: 'financing_review.accept',
        entityType: 'FinancingReview',
        entityId: review.id,
        organizationId: review.organizationId,
        before: { status: 'offer_made' },
        after: { status: review.status, requestId: id },
      });
      const others = await closeOpenReviews(manager, this.audit, id, 'another_offer_accepted', review.id);
      request.acceptedReviewId = review.id;
      request.decidedAt = new Date();
      await manager.save(request);
      await tellInstitutions(this.notifications, manager, request, [review], 'financing_accepted', auth.user.id);
      await tellInstitutions(this.notifications, manager, request, others, 'financing_not_accepted', auth.user.id);
      await this.record(
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
        this.audit,
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
      await this.record(manager, action, request, before, { status: request.status, reason: dto.reason });
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
    return lockRequest(manager, id, ({ organizationId }) => {
      if (!auth.ability.can('read', subject('FinancingRequest', { organizationId })))
        throw notFound('Financing request');
      if (organizationId !== auth.organization.id)
        throw forbidden('Only the organization that asked for the finance decides on it');
      assertCan(auth.ability, action, 'FinancingRequest', { organizationId }, 'Financing request');
    });
  }

  private record(
    manager: EntityManager,
    action: AuditStep<'financing_request'>,
    request: FinancingRequest,
    before: object | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(manager, {
      action: `financing_request.${action}`,
      entityType: 'FinancingRequest',
      entityId: request.id,
      organizationId: request.organizationId,
      before,
      after,
    });
  }

  /**
   * Requests the user may read, in SQL: the requester's own; for the secretariat every submitted
   * one (a draft is its organization's work in progress); for an institution those shared with it.
   */
  private readable(
    auth: AuthenticatedUser,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<FinancingRequest> {
    const qb = manager
      .getRepository(FinancingRequest)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk')
      .leftJoinAndSelect('r.createdBy', 'cb');
    if (seesAll(auth))
      return qb.andWhere('(r.organizationId = :me OR r.submittedAt IS NOT NULL)', { me: auth.organization.id });
    return qb.andWhere(
      '((r.organizationId = :me AND :requester = true) OR EXISTS (SELECT 1 FROM financing_reviews rv WHERE rv.request_id = r.id AND rv.organization_id = :me))',
      {
        me: auth.organization.id,
        requester: auth.ability.can('read', subject('FinancingRequest', { organizationId: auth.organization.id })),
      },
    );
  }

  /** Files of a request: its organization, and reviewers of the institutions asked who declared no conflict. */
  private async canReadFiles(viewer: AuthenticatedUser, requestId: string): Promise<boolean> {
    const request = await this.dataSource.getRepository(FinancingRequest).findOneBy({ id: requestId });
    if (!request) return false;
    if (request.organizationId === viewer.organization.id)
      return viewer.ability.can('read', subject('FinancingRequest', { organizationId: request.organizationId }));
    const review = await this.dataSource
      .getRepository(FinancingReview)
      .findOneBy({ requestId, organizationId: viewer.organization.id });
    if (!review) return false;
    return this.dataSource
      .getRepository(FinancingDeclaration)
      .existsBy({ reviewId: review.id, userId: viewer.user.id, conflict: false });
  }
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

/** The list's filters on a query whose request alias is `r`. */
export function filterRequests<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListFinancingQueryDto): void {
  if (query.instrument) qb.andWhere('r.instrument = :instrument', { instrument: query.instrument });
  if (query.country) qb.andWhere('r.country = :country', { country: query.country });
  if (query.currency) qb.andWhere('r.currency = :currency', { currency: query.currency });
  if (query.organizationId) qb.andWhere('r.organizationId = :org', { org: query.organizationId });
  if (query.amountMin) qb.andWhere('r.amount >= :amountMin::numeric', { amountMin: query.amountMin });
  if (query.amountMax) qb.andWhere('r.amount <= :amountMax::numeric', { amountMax: query.amountMax });
  if (query.q)
    qb.andWhere('(r.titleEn ILIKE :q OR r.titleZh ILIKE :q)', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
}

/** The secretariat reads every submitted request. */
const seesAll = (auth: AuthenticatedUser) =>
  auth.ability.rulesFor('read', 'FinancingRequest').some((rule) => !rule.inverted && !rule.conditions);

/**
 * The status filter; for an institution in the terms it sees: `submitted` means open (whatever
 * others did), under review and offer received are never its view of a request.
 */
export function filterStatus<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  status: FinancingRequestStatus | undefined,
  institution: boolean,
): void {
  if (!status) return;
  if (!institution || !FINANCING_REQUEST_OPEN.includes(status)) qb.andWhere('r.status = :status', { status });
  else if (status === 'submitted') qb.andWhere('r.status IN (:...open)', { open: [...FINANCING_REQUEST_OPEN] });
  else qb.andWhere('1 = 0');
}

/** The required fields a request lacks, one detail each. */
function missingOnSubmit(request: FinancingRequest): ErrorDetail[] {
  const missing: ErrorDetail[] = [];
  const need = (field: string, ok: boolean, message: string) => {
    if (!ok) missing.push({ field, constraint: 'required', message });
  };
  need('parkId', request.parkId !== null, 'parkId is required: the park the finance is for');
  need('titleEn', Boolean(request.titleEn || request.titleZh), 'titleEn or titleZh is required');
  need('purposeEn', Boolean(request.purposeEn || request.purposeZh), 'purposeEn or purposeZh is required');
  need('instrument', request.instrument !== null, 'instrument is required');
  need('amount', request.amount !== null, 'amount is required');
  need('currency', request.currency !== null, 'currency is required');
  need('tenorMonths', request.tenorMonths !== null, 'tenorMonths is required');
  need('country', request.country !== null, 'country is required');
  need('sector', request.sector !== null, 'sector is required');
  if (request.audience === 'named')
    need('institutionIds', request.institutionIds.length > 0, 'name at least one institution');
  return missing;
}

/** The park is the requester's; institutions newly named are active financial institutions. */
async function checkReferences(
  manager: EntityManager,
  request: FinancingRequest,
  alreadyAsked: string[] = [],
): Promise<void> {
  if (
    request.parkId &&
    !(await manager.existsBy(Park, { id: request.parkId, organizationId: request.organizationId }))
  ) {
    throw unprocessable("The park must be one of your organization's parks", 'parkId');
  }
  const added = request.institutionIds.filter((id) => !alreadyAsked.includes(id));
  if (added.length) {
    const found = await manager.countBy(Organization, {
      id: In(added),
      type: 'financial_institution',
      status: 'active',
    });
    if (found !== added.length)
      throw unprocessable(
        'Each institution named must be an active financial institution of the alliance',
        'institutionIds',
      );
  }
  if (request.audience === 'all' && request.institutionIds.length) {
    throw unprocessable('Name institutions only with the audience "named"', 'institutionIds');
  }
}
