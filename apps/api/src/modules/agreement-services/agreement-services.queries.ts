import { Injectable } from '@nestjs/common';
import type { AgreementPartyDto, OrganizationType, Paginated, ServiceUptakeDto } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { paginate } from '../../common/pagination/page-query.dto';
import { visibleAgreements } from '../agreements/agreements.queries';
import { PartnerAgreement } from '../agreements/entities/partner-agreement.entity';
import { Park } from '../parks/entities/park.entity';
import type { ListServiceRequestsQueryDto } from './dto/agreement-service.dto';
import { AgreementService } from './entities/agreement-service.entity';
import { ServiceRequestMessage } from './entities/service-request-message.entity';
import { ServiceRequest } from './entities/service-request.entity';

/**
 * The uptake of a set of requests `r`, in SQL: how many, how many delivered, the median of the days
 * from request to delivery (one decimal), the mean rating (two decimals) and how many ratings. It reads
 * no column beyond those of the covering index IDX_service_requests_uptake (count(*), not count(r.id)),
 * so that the uptake report and an agreement's total come from the index alone.
 */
const UPTAKE_COLUMNS = `
  count(*)::int AS requests,
  (count(*) FILTER (WHERE r.status = 'delivered'))::int AS delivered,
  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.delivered_at - r.created_at) / 86400)
         FILTER (WHERE r.status = 'delivered'))::numeric, 1)::float8 AS median_days,
  round(avg(r.rating)::numeric, 2)::float8 AS average_rating,
  count(r.rating)::int AS ratings`;

export interface UptakeRow {
  requests: number;
  delivered: number;
  median_days: number | null;
  average_rating: number | null;
  ratings: number;
}

export const uptakeOf = (row: UptakeRow | undefined): ServiceUptakeDto => ({
  requests: row?.requests ?? 0,
  delivered: row?.delivered ?? 0,
  medianDaysToDelivery: row?.median_days ?? null,
  averageRating: row?.average_rating ?? null,
  ratings: row?.ratings ?? 0,
});

/** The uptake of all an agreement's services, as it comes beside each of them. */
export interface TotalColumns {
  total_requests: number;
  total_delivered: number;
  total_median_days: number | null;
  total_average_rating: number | null;
  total_ratings: number;
}

/** A service with its provider and uptake, as its row comes from SQL. */
export interface ServiceRow extends UptakeRow {
  id: string;
  agreement_id: string;
  provider_organization_id: string;
  name_en: string | null;
  name_zh: string | null;
  description_en: string | null;
  description_zh: string | null;
  eligibility_en: string | null;
  eligibility_zh: string | null;
  active: boolean;
  sample: boolean;
  version: number;
  provider_name_en: string | null;
  provider_name_zh: string | null;
  provider_type: OrganizationType;
}

interface AgreementRef {
  id: string;
  titleEn: string | null;
  titleZh: string | null;
}

/** One line of the secretariat's uptake per park, as it comes from SQL. */
export interface UptakeParkRow extends UptakeRow {
  /** The agreement's line (all its requests), not a park's. */
  agreement_total: boolean;
  agreement_id: string;
  agreement_title_en: string | null;
  agreement_title_zh: string | null;
  organization_id: string;
  organization_name_en: string | null;
  organization_name_zh: string | null;
  organization_type: OrganizationType;
  park_id: string | null;
  park_name_en: string | null;
  park_name_zh: string | null;
}

export interface UnusedServiceRow {
  id: string;
  name_en: string | null;
  name_zh: string | null;
  agreement_id: string;
  agreement_title_en: string | null;
  agreement_title_zh: string | null;
  provider_id: string;
  provider_name_en: string | null;
  provider_name_zh: string | null;
  provider_type: OrganizationType;
}

export const partyOf = (id: string, nameEn: string | null, nameZh: string | null, type: OrganizationType) =>
  ({ id, nameEn, nameZh, type }) satisfies AgreementPartyDto;

export const agreementRefOf = (id: string, titleEn: string | null, titleZh: string | null): AgreementRef => ({
  id,
  titleEn,
  titleZh,
});

/**
 * Who reads which request: the member organization that asked and the provider; the secretariat
 * every request's metadata (`readAll`). Anyone else: nothing (a 404).
 */
function visibleRequests<T extends ServiceRequest>(qb: SelectQueryBuilder<T>, viewer: AuthenticatedUser, r = 'r') {
  if (viewer.ability.can('readAll', 'ServiceRequest')) return qb;
  return qb.andWhere(`(${r}.organization_id = :viewerOrg OR ${r}.provider_organization_id = :viewerOrg)`, {
    viewerOrg: viewer.organization.id,
  });
}

/** Services with their provider and uptake; `more` adds columns of a later join. */
const serviceSelect = (more = '') => `
  SELECT s.id, s.agreement_id, s.provider_organization_id, s.name_en, s.name_zh, s.description_en, s.description_zh,
         s.eligibility_en, s.eligibility_zh, s.active, s.sample, s.version,
         po.name_en AS provider_name_en, po.name_zh AS provider_name_zh, po.type AS provider_type, u.*${more}
    FROM agreement_services s
    JOIN organizations po ON po.id = s.provider_organization_id
    CROSS JOIN LATERAL (SELECT ${UPTAKE_COLUMNS} FROM service_requests r WHERE r.service_id = s.id) u`;

/** The SQL of the service catalogue: services with their uptake, requests scoped to their two organizations, the uptake report. */
@Injectable()
export class AgreementServicesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The agreement if `viewer` may open it (the agreements' own rule), locked as asked. */
  agreement(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    id: string,
    lock?: 'pessimistic_read',
  ): Promise<PartnerAgreement | null> {
    const qb = manager.getRepository(PartnerAgreement).createQueryBuilder('a').where('a.id = :id', { id });
    if (lock) qb.setLock(lock);
    return visibleAgreements(qb, viewer).getOne();
  }

  /**
   * The agreement's services with their provider and uptake, oldest first, each row carrying the
   * agreement's own uptake too (`total_*`): one statement. No service, no request: no row is all zeros.
   */
  services(manager: EntityManager, agreementId: string): Promise<(ServiceRow & TotalColumns)[]> {
    return manager.query(
      `${serviceSelect(', total.*')}
         CROSS JOIN LATERAL (SELECT t.requests AS total_requests, t.delivered AS total_delivered,
                                    t.median_days AS total_median_days, t.average_rating AS total_average_rating,
                                    t.ratings AS total_ratings
                               FROM (SELECT ${UPTAKE_COLUMNS} FROM service_requests r WHERE r.agreement_id = $1) t) total
        WHERE s.agreement_id = $1 ORDER BY s.created_at, s.id`,
      [agreementId],
    );
  }

  async service(manager: EntityManager, id: string): Promise<ServiceRow | null> {
    const rows = (await manager.query(`${serviceSelect()} WHERE s.id = $1`, [id])) as ServiceRow[];
    return rows[0] ?? null;
  }

  lockedService(manager: EntityManager, id: string, mode: 'pessimistic_read' | 'pessimistic_write') {
    return manager.findOne(AgreementService, { where: { id }, lock: { mode } });
  }

  park(manager: EntityManager, id: string): Promise<Pick<Park, 'id' | 'organizationId'> | null> {
    return manager.findOne(Park, { where: { id }, select: { id: true, organizationId: true } });
  }

  /** Whether a service may be provided by this organization: an active member (never the secretariat). */
  activeMemberExists(manager: EntityManager, id: string): Promise<boolean> {
    return manager
      .query(`SELECT 1 FROM organizations WHERE id = $1 AND status = 'active' AND type <> 'secretariat'`, [id])
      .then((rows: unknown[]) => rows.length > 0);
  }

  /** A page of the requests `viewer` may read: those its organization sent, received as provider, or both. */
  list(viewer: AuthenticatedUser, query: ListServiceRequestsQueryDto): Promise<Paginated<ServiceRequest>> {
    const qb = visibleRequests(this.summaryRows(this.dataSource.manager), viewer);
    const viewerOrg = viewer.organization.id;
    if (query.side === 'sent') qb.andWhere('r.organization_id = :viewerOrg', { viewerOrg });
    else if (query.side === 'received') qb.andWhere('r.provider_organization_id = :viewerOrg', { viewerOrg });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.agreementId) qb.andWhere('r.agreement_id = :agreementId', { agreementId: query.agreementId });
    qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC');
    return paginate(qb, query, (row) => row);
  }

  /** The request as its page shows it, if `viewer` may read it. */
  request(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<ServiceRequest | null> {
    const qb = this.summaryRows(manager).leftJoinAndSelect('r.requestedBy', 'rb').andWhere('r.id = :id', { id });
    return visibleRequests(qb, viewer).getOne();
  }

  /** Who the request's two organizations are, if `viewer` may read it (they never change: no lock). */
  requestRef(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    id: string,
  ): Promise<Pick<ServiceRequest, 'id' | 'organizationId' | 'providerOrganizationId'> | null> {
    const qb = manager
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .select(['r.id', 'r.organizationId', 'r.providerOrganizationId'])
      .where('r.id = :id', { id });
    return visibleRequests(qb, viewer).getOne();
  }

  lockedRequest(manager: EntityManager, id: string): Promise<ServiceRequest | null> {
    return manager.findOne(ServiceRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The thread, oldest first, with each author. */
  messages(manager: EntityManager, requestId: string): Promise<ServiceRequestMessage[]> {
    return manager
      .getRepository(ServiceRequestMessage)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .where('m.request_id = :requestId', { requestId })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /**
   * Each agreement's uptake per park (or per organization, for its requests for itself), and each
   * agreement's as a whole (`agreement_total`), in one statement: grouping sets, so the median of each
   * level is over its own requests. The requests are grouped first, alone, in the order of their
   * covering index (IDX_service_requests_uptake: read from the index, no sort), then named.
   */
  uptakePerPark(): Promise<UptakeParkRow[]> {
    return this.dataSource.query(
      `SELECT u.agreement_id, a.title_en AS agreement_title_en, a.title_zh AS agreement_title_zh,
              u.organization_id, o.name_en AS organization_name_en, o.name_zh AS organization_name_zh,
              o.type AS organization_type, u.park_id, p.name_en AS park_name_en, p.name_zh AS park_name_zh,
              u.agreement_total, u.requests, u.delivered, u.median_days, u.average_rating, u.ratings
         FROM (SELECT r.agreement_id, r.organization_id, r.park_id, GROUPING(r.organization_id) = 1 AS agreement_total,
                      ${UPTAKE_COLUMNS}
                 FROM service_requests r
                GROUP BY GROUPING SETS ((r.agreement_id), (r.agreement_id, r.organization_id, r.park_id))) u
         JOIN partner_agreements a ON a.id = u.agreement_id
         LEFT JOIN organizations o ON o.id = u.organization_id
         LEFT JOIN parks p ON p.id = u.park_id
        ORDER BY a.signed_on NULLS LAST, a.title_en, u.agreement_id, u.agreement_total DESC, o.name_en,
                 u.organization_id, p.name_en NULLS FIRST, u.park_id`,
    );
  }

  /** The services no member has requested. */
  unusedServices(): Promise<UnusedServiceRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.name_en, s.name_zh, s.agreement_id, a.title_en AS agreement_title_en,
              a.title_zh AS agreement_title_zh, po.id AS provider_id, po.name_en AS provider_name_en,
              po.name_zh AS provider_name_zh, po.type AS provider_type
         FROM agreement_services s
         JOIN partner_agreements a ON a.id = s.agreement_id
         JOIN organizations po ON po.id = s.provider_organization_id
        WHERE NOT EXISTS (SELECT 1 FROM service_requests r WHERE r.service_id = s.id)
        ORDER BY a.signed_on NULLS LAST, a.title_en, s.created_at, s.id`,
    );
  }

  private summaryRows(manager: EntityManager): SelectQueryBuilder<ServiceRequest> {
    return manager
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .innerJoin('r.service', 's')
      .addSelect(['s.id', 's.nameEn', 's.nameZh'])
      .innerJoin('r.agreement', 'a')
      .addSelect(['a.id', 'a.titleEn', 'a.titleZh'])
      .innerJoin('r.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh', 'o.type'])
      .innerJoin('r.provider', 'po')
      .addSelect(['po.id', 'po.nameEn', 'po.nameZh', 'po.type'])
      .leftJoin('r.park', 'p')
      .addSelect(['p.id', 'p.nameEn', 'p.nameZh']);
  }
}
