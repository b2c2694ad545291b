import { Injectable } from '@nestjs/common';
import {
  canRate,
  IllegalTransitionError,
  move,
  SERVICE_AGREEMENT_STATUSES,
  SERVICE_REQUEST_TRANSITIONS,
  serviceRequestActions,
  serviceRequestSide,
  type AgreementServiceDto,
  type ServiceRequestDto,
  type ServiceRequestMessageDto,
  type ServiceRequestTransition,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { createOnce } from '../../common/database/create-once';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import {
  messageDto,
  requestAuditState,
  requestReader,
  requestState,
  requestSubject,
  SERVICE_NOTIFICATIONS,
  serviceAuditState,
} from './agreement-service-records';
import { AgreementServiceReadsService } from './agreement-service-reads.service';
import { AgreementServicesQueries } from './agreement-services.queries';
import type {
  CreateAgreementServiceDto,
  CreateServiceRequestDto,
  DeclineServiceRequestDto,
  PostServiceMessageDto,
  RateServiceRequestDto,
  ServiceRequestStepDto,
  UpdateAgreementServiceDto,
} from './dto/agreement-service.dto';
import { AgreementService } from './entities/agreement-service.entity';
import { ServiceRequestMessage } from './entities/service-request-message.entity';
import { ServiceRequest } from './entities/service-request.entity';

const stale = (what: string, current: number) =>
  new AppError(409, 'CONFLICT', `Someone else changed this ${what} since you opened it; reload it and try again`, [
    { field: 'version', constraint: 'current', message: String(current) },
  ]);

const CLOSED_AGREEMENT = ['expired', 'terminated'];

/**
 * The service catalogue's rules: the secretariat keeps an agreement's services; a member requests one
 * for one of its parks or for itself; the provider accepts, delivers or declines it (with a reason);
 * the member rates it once delivered; the two organizations talk in a private thread. Each step locks
 * what it changes, checks who may take it, moves it through its table, audits it and tells the other
 * side, in one transaction.
 */
@Injectable()
export class AgreementServicesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: AgreementServicesQueries,
    private readonly reads: AgreementServiceReadsService,
  ) {}

  /** The secretariat adds a service to an agreement that is not over. */
  async createService(
    auth: AuthenticatedUser,
    agreementId: string,
    dto: CreateAgreementServiceDto,
  ): Promise<AgreementServiceDto> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.queries.agreement(manager, auth, agreementId, 'pessimistic_read');
      if (!agreement) throw notFound('Partner agreement');
      if (CLOSED_AGREEMENT.includes(agreement.status))
        throw unprocessable(
          'SERVICE_AGREEMENT_CLOSED',
          `The agreement is ${agreement.status}: it offers no new service`,
        );
      if (!dto.nameEn && !dto.nameZh)
        throw unprocessable('SERVICE_NAME_REQUIRED', 'Name the service in English or Chinese', 'nameEn');
      await this.checkProvider(manager, dto.providerOrganizationId);
      const service = await manager.save(
        manager.create(AgreementService, {
          agreementId,
          providerOrganizationId: dto.providerOrganizationId,
          nameEn: dto.nameEn ?? null,
          nameZh: dto.nameZh ?? null,
          descriptionEn: dto.descriptionEn ?? null,
          descriptionZh: dto.descriptionZh ?? null,
          eligibilityEn: dto.eligibilityEn ?? null,
          eligibilityZh: dto.eligibilityZh ?? null,
        }),
      );
      await this.audit.record(manager, {
        action: 'agreement_service.create',
        entityType: 'AgreementService',
        entityId: service.id,
        organizationId: service.providerOrganizationId,
        after: { agreementId, ...serviceAuditState(service) },
      });
      return this.reads.serviceView(manager, auth, agreement, service.id);
    });
  }

  /** The secretariat edits a service, or withdraws it (`active: false`: it keeps its requests). */
  async updateService(
    auth: AuthenticatedUser,
    id: string,
    dto: UpdateAgreementServiceDto,
  ): Promise<AgreementServiceDto> {
    return this.dataSource.transaction(async (manager) => {
      const service = await this.queries.lockedService(manager, id, 'pessimistic_write');
      if (!service) throw notFound('Service');
      const agreement = await this.queries.agreement(manager, auth, service.agreementId);
      if (!agreement) throw notFound('Service');
      if (dto.version !== undefined && dto.version !== service.version) throw stale('service', service.version);
      const before = serviceAuditState(service);
      const { version: _version, ...changes } = dto;
      if (changes.providerOrganizationId && changes.providerOrganizationId !== service.providerOrganizationId)
        await this.checkProvider(manager, changes.providerOrganizationId);
      Object.assign(service, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      if (!service.nameEn && !service.nameZh)
        throw unprocessable('SERVICE_NAME_REQUIRED', 'Name the service in English or Chinese', 'nameEn');
      const after = serviceAuditState(service);
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
      if (changed.length) {
        await manager.save(service);
        await this.audit.record(manager, {
          action: 'agreement_service.update',
          entityType: 'AgreementService',
          entityId: id,
          organizationId: service.providerOrganizationId,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        });
      }
      return this.reads.serviceView(manager, auth, agreement, id);
    });
  }

  /**
   * A member requests a service of an active agreement, for one of its own parks or for itself, with
   * its need in either language; the provider's users are told.
   */
  /** Sent again with the same idempotency key by the same user: the request it first created. */
  async request(
    auth: AuthenticatedUser,
    serviceId: string,
    dto: CreateServiceRequestDto,
    idempotencyKey?: string,
  ): Promise<ServiceRequestDto> {
    const keyed = async (key: string) => {
      const request = await this.dataSource.manager.findOne(ServiceRequest, {
        select: { id: true },
        where: { requestedByUserId: auth.user.id, idempotencyKey: key },
      });
      return request && this.reads.view(this.dataSource.manager, auth, request.id);
    };
    return createOnce(idempotencyKey, keyed, () =>
      this.dataSource.transaction(async (manager) => {
        // Shared lock: a withdrawal of the service waits for this request, and the reverse.
        const service = await this.queries.lockedService(manager, serviceId, 'pessimistic_read');
        const agreement = service && (await this.queries.agreement(manager, auth, service.agreementId));
        if (!service || !agreement) throw notFound('Service');
        if (!(SERVICE_AGREEMENT_STATUSES as readonly string[]).includes(agreement.status))
          throw unprocessable(
            'SERVICE_AGREEMENT_CLOSED',
            `The agreement is ${agreement.status}: its services take no request`,
          );
        if (!service.active) throw unprocessable('SERVICE_NOT_OFFERED', 'This service is no longer offered');
        const organizationId = auth.organization.id;
        if (service.providerOrganizationId === organizationId)
          throw unprocessable('SERVICE_OWN_PROVIDER', 'Your organization provides this service');
        if (
          !auth.ability.can(
            'create',
            requestSubject('ServiceRequest', {
              organizationId,
              providerOrganizationId: service.providerOrganizationId,
            }),
          )
        )
          throw forbidden('Only a member organization requests services');
        if (dto.parkId) {
          const park = await this.queries.park(manager, dto.parkId);
          if (park?.organizationId !== organizationId)
            throw unprocessable('SERVICE_PARK_NOT_YOURS', 'The park is not one of your organization’s', 'parkId');
        }
        if (!dto.needEn && !dto.needZh)
          throw unprocessable('SERVICE_NEED_REQUIRED', 'Describe what you need in English or Chinese', 'needEn');
        const request = await manager.save(
          manager.create(ServiceRequest, {
            serviceId,
            agreementId: service.agreementId,
            organizationId,
            providerOrganizationId: service.providerOrganizationId,
            parkId: dto.parkId ?? null,
            requestedByUserId: auth.user.id,
            status: 'requested',
            needEn: dto.needEn ?? null,
            needZh: dto.needZh ?? null,
            idempotencyKey: idempotencyKey ?? null,
          }),
        );
        await this.audit.record(manager, {
          action: 'service_request.create',
          entityType: 'ServiceRequest',
          entityId: request.id,
          organizationId,
          after: requestAuditState(request),
        });
        await this.tell(manager, auth, service, 'request', request.id, service.providerOrganizationId);
        return this.reads.view(manager, auth, request.id);
      }),
    );
  }

  /** The provider accepts a request; the member is told. */
  accept(auth: AuthenticatedUser, id: string, dto: ServiceRequestStepDto): Promise<ServiceRequestDto> {
    return this.step(auth, id, 'accept', dto, (request) => {
      request.acceptedAt = new Date();
    });
  }

  /** The provider delivers an accepted request; the member is told (and may rate it). */
  deliver(auth: AuthenticatedUser, id: string, dto: ServiceRequestStepDto): Promise<ServiceRequestDto> {
    return this.step(auth, id, 'deliver', dto, (request) => {
      request.deliveredAt = new Date();
    });
  }

  /** The provider declines a request not yet delivered, with a reason shown to the member, who is told. */
  decline(auth: AuthenticatedUser, id: string, dto: DeclineServiceRequestDto): Promise<ServiceRequestDto> {
    return this.step(auth, id, 'decline', dto, (request) => {
      if (!dto.reason)
        throw unprocessable('SERVICE_DECLINE_REASON_REQUIRED', 'Say why the request is declined', 'reason');
      request.declineReason = dto.reason;
      request.declinedAt = new Date();
    });
  }

  /** The member rates a delivered request, once (1–5, with an optional comment); the provider is told. */
  async rate(auth: AuthenticatedUser, id: string, dto: RateServiceRequestDto): Promise<ServiceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.requestRef(manager, auth, id);
      if (!ref) throw notFound('Service request');
      if (!auth.ability.can('rate', requestSubject('ServiceRequest', ref)))
        throw forbidden('Only the organization that asked for the service rates it');
      const request = await this.queries.lockedRequest(manager, id);
      if (!request) throw notFound('Service request');
      if (request.status !== 'delivered')
        throw unprocessable('SERVICE_NOT_DELIVERED', `The request is ${request.status}: it is rated once delivered`);
      if (!canRate(request)) throw unprocessable('SERVICE_ALREADY_RATED', 'This request has already been rated');
      const before = requestAuditState(request);
      request.rating = dto.rating;
      request.ratingComment = dto.comment ?? null;
      request.ratedAt = new Date();
      request.ratedByUserId = auth.user.id;
      await manager.save(request);
      await this.audit.record(manager, {
        action: 'service_request.rate',
        entityType: 'ServiceRequest',
        entityId: id,
        organizationId: request.organizationId,
        before: { rating: before.rating },
        after: { rating: request.rating },
      });
      await this.tellAbout(manager, auth, request, 'rate', request.providerOrganizationId);
      return this.reads.view(manager, auth, id);
    });
  }

  /** A message in the private thread, by either organization (404 to anyone else); the other side is told. */
  async message(auth: AuthenticatedUser, id: string, dto: PostServiceMessageDto): Promise<ServiceRequestMessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.requestRef(manager, auth, id);
      if (!ref || !this.reads.readsThread(auth, ref)) throw notFound('Service request');
      // Shared lock: the request is not declined meanwhile.
      const request = await manager.findOne(ServiceRequest, { where: { id }, lock: { mode: 'pessimistic_read' } });
      if (!request) throw notFound('Service request');
      const allowed = serviceRequestActions(requestState(request), requestReader(auth));
      if (!allowed.includes('message')) throw new IllegalTransitionError('message', request.status, allowed);
      const side = serviceRequestSide(request, requestReader(auth)) as 'requester' | 'provider';
      const message = await manager.save(
        manager.create(ServiceRequestMessage, { requestId: id, authorUserId: auth.user.id, side, body: dto.body }),
      );
      message.author = auth.user;
      await this.audit.record(manager, {
        action: 'service_request.message',
        entityType: 'ServiceRequest',
        entityId: id,
        organizationId: auth.organization.id,
        // The words stay out of the log: the thread is the two organizations' alone.
        after: { messageId: message.id, side },
      });
      const other = side === 'requester' ? request.providerOrganizationId : request.organizationId;
      await this.tellAbout(manager, auth, request, 'message', other);
      return messageDto(message);
    });
  }

  /**
   * A step of the provider: finds the request (404 outside the two organizations and the secretariat),
   * refuses whoever is not the provider (403), locks it, checks the version, moves it (409 naming what
   * is allowed), audits it and tells the member.
   */
  private step(
    auth: AuthenticatedUser,
    id: string,
    transition: ServiceRequestTransition,
    dto: ServiceRequestStepDto,
    apply: (request: ServiceRequest) => void,
  ): Promise<ServiceRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.requestRef(manager, auth, id);
      if (!ref) throw notFound('Service request');
      const ability = transition === 'deliver' ? 'deliver' : 'accept';
      if (!auth.ability.can(ability, requestSubject('ServiceRequest', ref)))
        throw forbidden('Only the provider of the service answers and delivers the request');
      const request = await this.queries.lockedRequest(manager, id);
      if (!request) throw notFound('Service request');
      if (dto.version !== undefined && dto.version !== request.version) throw stale('request', request.version);
      const before = requestAuditState(request);
      const allowed = serviceRequestActions(requestState(request), requestReader(auth));
      move(SERVICE_REQUEST_TRANSITIONS, transition, request, allowed);
      apply(request);
      request.decidedByUserId = auth.user.id;
      await manager.save(request);
      await this.audit.record(manager, {
        action: `service_request.${transition}`,
        entityType: 'ServiceRequest',
        entityId: id,
        organizationId: request.organizationId,
        before: { status: before.status },
        after: { status: request.status },
      });
      await this.tellAbout(manager, auth, request, transition, request.organizationId);
      return this.reads.view(manager, auth, id);
    });
  }

  private async checkProvider(manager: EntityManager, organizationId: string): Promise<void> {
    if (!(await this.queries.activeMemberExists(manager, organizationId)))
      throw unprocessable('SERVICE_PROVIDER_UNKNOWN', 'No such active member organization', 'providerOrganizationId');
  }

  private async tellAbout(
    manager: EntityManager,
    auth: AuthenticatedUser,
    request: ServiceRequest,
    step: keyof typeof SERVICE_NOTIFICATIONS,
    organizationId: string,
  ): Promise<void> {
    const service = await manager.findOne(AgreementService, {
      where: { id: request.serviceId },
      select: { id: true, nameEn: true, nameZh: true },
    });
    await this.tell(manager, auth, service, step, request.id, organizationId);
  }

  /** Tells the other side's users of a step, naming the service and the organization that took it. */
  private async tell(
    manager: EntityManager,
    auth: AuthenticatedUser,
    service: Pick<AgreementService, 'nameEn' | 'nameZh'> | null,
    step: keyof typeof SERVICE_NOTIFICATIONS,
    requestId: string,
    organizationId: string,
  ): Promise<void> {
    await this.notifications.notifyOrganizations(manager, {
      organizationIds: [organizationId],
      actorUserId: auth.user.id,
      type: SERVICE_NOTIFICATIONS[step],
      recordType: 'service_request',
      recordId: requestId,
      titleEn: service?.nameEn ?? null,
      titleZh: service?.nameZh ?? null,
      fromEn: auth.organization.nameEn,
      fromZh: auth.organization.nameZh,
    });
  }
}
