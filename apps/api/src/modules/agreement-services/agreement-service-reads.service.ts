import { Injectable } from '@nestjs/common';
import {
  SERVICE_AGREEMENT_STATUSES,
  serviceRequestActions,
  serviceRequestSide,
  type AgreementServicesDto,
  type Paginated,
  type ServiceRequestDto,
  type ServiceRequestMessageDto,
  type ServiceRequestSummaryDto,
  type ServiceUptakeReportDto,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { notFound } from '../../common/errors/app-error';
import type { PartnerAgreement } from '../agreements/entities/partner-agreement.entity';
import {
  iso,
  managesServices,
  messageDto,
  requestReader,
  requestState,
  requestSubject,
  requestSummaryDto,
  serviceDto,
} from './agreement-service-records';
import {
  agreementRefOf,
  AgreementServicesQueries,
  partyOf,
  uptakeOf,
  type ServiceRow,
} from './agreement-services.queries';
import type { ListServiceRequestsQueryDto } from './dto/agreement-service.dto';

/** What readers see of the catalogue: an agreement's services with their uptake, requests, threads, the uptake report. */
@Injectable()
export class AgreementServiceReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AgreementServicesQueries,
  ) {}

  /** The services of an agreement the reader may open (404 otherwise), each with its uptake, and the agreement's. */
  async forAgreement(viewer: AuthenticatedUser, agreementId: string): Promise<AgreementServicesDto> {
    const manager = this.dataSource.manager;
    const agreement = await this.queries.agreement(manager, viewer, agreementId);
    if (!agreement) throw notFound('Partner agreement');
    const rows = await this.queries.services(manager, agreementId);
    const canManage = managesServices(viewer);
    const total = rows[0];
    return {
      agreement: { id: agreement.id, titleEn: agreement.titleEn, titleZh: agreement.titleZh, status: agreement.status },
      services: rows.map((row) => serviceDto(row, this.flags(viewer, agreement, row))),
      uptake: uptakeOf(
        total && {
          requests: total.total_requests,
          delivered: total.total_delivered,
          median_days: total.total_median_days,
          average_rating: total.total_average_rating,
          ratings: total.total_ratings,
        },
      ),
      canManage,
    };
  }

  /** One service as its agreement's page shows it. */
  async serviceView(manager: EntityManager, viewer: AuthenticatedUser, agreement: PartnerAgreement, id: string) {
    const row = await this.queries.service(manager, id);
    if (!row) throw notFound('Service');
    return serviceDto(row, this.flags(viewer, agreement, row));
  }

  /** Whether the reader may request a service now, and manage it. */
  private flags(viewer: AuthenticatedUser, agreement: PartnerAgreement, row: ServiceRow) {
    const live = (SERVICE_AGREEMENT_STATUSES as readonly string[]).includes(agreement.status);
    return {
      canRequest:
        live &&
        row.active &&
        row.provider_organization_id !== viewer.organization.id &&
        viewer.ability.can(
          'create',
          requestSubject('ServiceRequest', {
            organizationId: viewer.organization.id,
            providerOrganizationId: row.provider_organization_id,
          }),
        ),
      canManage: managesServices(viewer),
    };
  }

  async list(
    viewer: AuthenticatedUser,
    query: ListServiceRequestsQueryDto,
  ): Promise<Paginated<ServiceRequestSummaryDto>> {
    const page = await this.queries.list(viewer, query);
    return { ...page, items: page.items.map(requestSummaryDto) };
  }

  get(viewer: AuthenticatedUser, id: string): Promise<ServiceRequestDto> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /**
   * The request as its reader sees it: the two organizations with its thread; the secretariat its
   * metadata, need and rating, never the thread (404 to anyone else).
   */
  async view(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<ServiceRequestDto> {
    const r = await this.queries.request(manager, viewer, id);
    if (!r) throw notFound('Service request');
    const threadOpen = this.readsThread(viewer, r);
    const messages = threadOpen ? (await this.queries.messages(manager, id)).map(messageDto) : null;
    return {
      ...requestSummaryDto(r),
      needEn: r.needEn,
      needZh: r.needZh,
      declineReason: r.declineReason,
      acceptedAt: iso(r.acceptedAt),
      declinedAt: iso(r.declinedAt),
      ratingComment: r.ratingComment,
      ratedAt: iso(r.ratedAt),
      requestedByName: r.requestedBy?.displayName ?? null,
      messages,
      actions: serviceRequestActions(requestState(r), requestReader(viewer)),
      version: r.version,
    };
  }

  /** The private thread: the two organizations only (404 to anyone else, the secretariat included). */
  async thread(viewer: AuthenticatedUser, id: string): Promise<{ items: ServiceRequestMessageDto[] }> {
    const manager = this.dataSource.manager;
    const ref = await this.queries.requestRef(manager, viewer, id);
    if (!ref || !this.readsThread(viewer, ref)) throw notFound('Service request');
    return { items: (await this.queries.messages(manager, id)).map(messageDto) };
  }

  readsThread(viewer: AuthenticatedUser, r: { organizationId: string; providerOrganizationId: string }): boolean {
    return (
      serviceRequestSide(r, requestReader(viewer)) !== null &&
      viewer.ability.can('read', requestSubject('ServiceThread', r))
    );
  }

  /**
   * The secretariat's uptake: every agreement's totals (those with services but no request yet at
   * zero), its uptake per park, the services nobody used; two statements.
   */
  async uptake(): Promise<ServiceUptakeReportDto> {
    const lines = await this.queries.uptakePerPark();
    const unused = await this.queries.unusedServices();
    const agreements: ServiceUptakeReportDto['agreements'] = lines
      .filter((line) => line.agreement_total)
      .map((a) => ({
        agreement: agreementRefOf(a.agreement_id, a.agreement_title_en, a.agreement_title_zh),
        ...uptakeOf(a),
      }));
    for (const s of unused)
      if (!agreements.some((a) => a.agreement.id === s.agreement_id))
        agreements.push({
          agreement: agreementRefOf(s.agreement_id, s.agreement_title_en, s.agreement_title_zh),
          ...uptakeOf(undefined),
        });
    return {
      agreements,
      rows: lines
        .filter((line) => !line.agreement_total)
        .map((row) => ({
          agreement: agreementRefOf(row.agreement_id, row.agreement_title_en, row.agreement_title_zh),
          organization: partyOf(
            row.organization_id,
            row.organization_name_en,
            row.organization_name_zh,
            row.organization_type,
          ),
          park: row.park_id ? { id: row.park_id, nameEn: row.park_name_en, nameZh: row.park_name_zh } : null,
          ...uptakeOf(row),
        })),
      unused: unused.map((s) => ({
        id: s.id,
        nameEn: s.name_en,
        nameZh: s.name_zh,
        agreement: agreementRefOf(s.agreement_id, s.agreement_title_en, s.agreement_title_zh),
        provider: partyOf(s.provider_id, s.provider_name_en, s.provider_name_zh, s.provider_type),
      })),
    };
  }
}
