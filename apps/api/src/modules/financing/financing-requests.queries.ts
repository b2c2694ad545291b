import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import {
  FINANCING_REQUEST_OPEN,
  type FinancingProgressDto,
  type FinancingRequestStatus,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { notFound } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { hasCurrentGrade } from '../countries/current-grade';
import type { ListFinancingQueryDto } from './dto/financing-request.dto';
import { FinancingRequest } from './entities/financing-request.entity';

/** The pipeline's breakdowns. */
export type PipelineDimension = 'status' | 'instrument' | 'country';
const DIMENSIONS: PipelineDimension[] = ['status', 'instrument', 'country'];

/** The pipeline's figures: submitted requests in all and by each dimension, sums per currency. */
export interface PipelineSummary {
  count: number;
  amounts: { currency: string; total: string }[];
  by: Record<
    PipelineDimension,
    { key: string | null; count: number; amounts: { currency: string; total: string }[] }[]
  >;
}

/** Requests from submission on: a draft is its organization's work in progress, not the alliance's pipeline. */
const SUBMITTED = 'submitted_at IS NOT NULL';

/** Reviews that answered: an offer released, or declined (a released offer counts even once its review ended). */
const ANSWERED = "rv.status IN ('offer_made', 'declined', 'accepted') OR fo.released_at IS NOT NULL";

/**
 * The SQL of financing requests: who may read which (the requester its own, the secretariat every
 * submitted one, an institution those shared with it), the list's filters, the request's lock, and
 * the secretariat's pipeline figures.
 */
@Injectable()
export class FinancingRequestsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the requests the user may read, newest change first; `institution` reads statuses in its terms. */
  page<R>(
    auth: AuthenticatedUser,
    query: ListFinancingQueryDto,
    institution: boolean,
    view: (request: FinancingRequest) => R,
  ): Promise<Paginated<R>> {
    const qb = this.readable(auth);
    filterStatus(qb, query.status, institution);
    filterRequests(qb, query);
    if (query.awaitingAnswer) {
      // A question waits while its review is `info_requested`; an institution never learns of another's.
      const own = institution ? 'AND q.organization_id = :questionOrg' : '';
      qb.andWhere(
        `EXISTS (SELECT 1 FROM financing_reviews q WHERE q.request_id = r.id AND q.status = 'info_requested' ${own})`,
        { questionOrg: auth.organization.id },
      );
    }
    qb.orderBy('r.updatedAt', 'DESC').addOrderBy('r.id', 'DESC');
    return paginate(qb, query, view);
  }

  /** One request if the user may read it, with its organization, park and author. */
  findReadable(auth: AuthenticatedUser, id: string, manager: EntityManager): Promise<FinancingRequest | null> {
    return this.readable(auth, manager).andWhere('r.id = :id', { id }).getOne();
  }

  /** How far each request's reviews have come. */
  async progress(requestIds: string[]): Promise<Map<string, FinancingProgressDto>> {
    const rows = (await this.dataSource.query(
      `SELECT rv.request_id AS id, count(*)::int AS asked,
              count(*) FILTER (WHERE ${ANSWERED})::int AS answered,
              count(fo.id) FILTER (WHERE fo.released_at IS NOT NULL)::int AS offers
         FROM financing_reviews rv LEFT JOIN financing_offers fo ON fo.review_id = rv.id
        WHERE rv.request_id = ANY($1) GROUP BY rv.request_id`,
      [requestIds],
    )) as (FinancingProgressDto & { id: string })[];
    return new Map(rows.map(({ id, ...progress }) => [id, progress]));
  }

  /**
   * Locks a request for the rest of the transaction. Every action on a request or one of its
   * reviews locks the request first (then the reviews), so two decisions on the same request
   * queue up instead of deadlocking, and the second sees what the first did. `mayLock` refuses on
   * the owner (which never changes) before taking anyone's lock.
   */
  async lock(
    manager: EntityManager,
    id: string,
    mayLock?: (owner: { organizationId: string }) => void,
  ): Promise<FinancingRequest> {
    if (mayLock) {
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

  /** Whether the user is a reviewer of the request's institution who declared no conflict of interest. */
  async isClearedReviewer(requestId: string, organizationId: string, userId: string): Promise<boolean> {
    const [{ cleared }] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM financing_reviews rv JOIN financing_declarations d ON d.review_id = rv.id
                       WHERE rv.request_id = $1 AND rv.organization_id = $2 AND d.user_id = $3 AND NOT d.conflict) AS cleared`,
      [requestId, organizationId, userId],
    )) as { cleared: boolean }[];
    return cleared;
  }

  /** Submitted requests with the list's filters, newest first, for the CSV export. */
  pipelineRequests(query: ListFinancingQueryDto): Promise<FinancingRequest[]> {
    const qb = this.dataSource
      .getRepository(FinancingRequest)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk')
      .where('r.submittedAt IS NOT NULL');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    filterRequests(qb, query);
    return qb.orderBy('r.submittedAt', 'DESC').addOrderBy('r.id', 'DESC').getMany();
  }

  /** Institutions asked and offers released, per request. */
  async reviewCounts(requestIds: string[]): Promise<Map<string, { asked: number; released: number }>> {
    const rows = (await this.dataSource.query(
      `SELECT rv.request_id AS id, count(*)::int AS asked, count(fo.id) FILTER (WHERE fo.released_at IS NOT NULL)::int AS released
         FROM financing_reviews rv LEFT JOIN financing_offers fo ON fo.review_id = rv.id
        WHERE rv.request_id = ANY($1) GROUP BY rv.request_id`,
      [requestIds],
    )) as { id: string; asked: number; released: number }[];
    return new Map(rows.map(({ id, ...counts }) => [id, counts]));
  }

  /**
   * Submitted requests in one statement (grouping sets): their count and sums per currency in all,
   * and by status, instrument and host country, each with its count (most first) and its sums.
   */
  async pipelineSummary(): Promise<PipelineSummary> {
    const rows = (await this.dataSource.query(
      `SELECT status::text AS status, instrument::text AS instrument, country::text AS country, currency,
              count(*)::int AS count, sum(amount)::text AS total,
              GROUPING(status)::int AS no_status, GROUPING(instrument)::int AS no_instrument,
              GROUPING(country)::int AS no_country, GROUPING(currency)::int AS no_currency
         FROM financing_requests WHERE ${SUBMITTED}
        GROUP BY GROUPING SETS ((), (currency), (status), (status, currency), (instrument), (instrument, currency),
                                (country), (country, currency))`,
    )) as (Record<PipelineDimension, string | null> & {
      currency: string | null;
      count: number;
      total: string | null;
      no_status: number;
      no_instrument: number;
      no_country: number;
      no_currency: number;
    })[];
    const grouped = (dimension: PipelineDimension | null) =>
      rows.filter((r) => DIMENSIONS.every((d) => (r[`no_${d}`] === 0) === (d === dimension)));
    const sums = (list: typeof rows) =>
      list
        .filter((r) => r.no_currency === 0 && r.currency !== null && r.total !== null)
        .map((r) => ({ currency: r.currency as string, total: r.total as string }));
    const summary: PipelineSummary = {
      count: grouped(null).find((r) => r.no_currency === 1)?.count ?? 0,
      amounts: sums(grouped(null)).sort((x, y) => x.currency.localeCompare(y.currency)),
      by: { status: [], instrument: [], country: [] },
    };
    for (const dimension of DIMENSIONS) {
      const all = grouped(dimension);
      summary.by[dimension] = all
        .filter((r) => r.no_currency === 1)
        .sort((x, y) => y.count - x.count || String(x[dimension] ?? '').localeCompare(String(y[dimension] ?? '')))
        .map((r) => ({
          key: r[dimension],
          count: r.count,
          amounts: sums(all.filter((s) => s[dimension] === r[dimension])).sort((x, y) =>
            x.currency.localeCompare(y.currency),
          ),
        }));
    }
    return summary;
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
    if (auth.ability.can('readAll', 'FinancingRequest'))
      return qb.andWhere('(r.organizationId = :me OR r.submittedAt IS NOT NULL)', { me: auth.organization.id });
    return qb.andWhere(
      // A union of two index lookups, not `own OR EXISTS (…)`: PostgreSQL answers that OR by reading every request.
      `r.id IN (SELECT own.id FROM financing_requests own WHERE own.organization_id = :me AND :requester = true
                UNION ALL SELECT rv.request_id FROM financing_reviews rv WHERE rv.organization_id = :me)`,
      {
        me: auth.organization.id,
        requester: auth.ability.can('read', subject('FinancingRequest', { organizationId: auth.organization.id })),
      },
    );
  }
}

/** The list's filters on a query whose request alias is `r`. */
export function filterRequests<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListFinancingQueryDto): void {
  if (query.instrument) qb.andWhere('r.instrument = :instrument', { instrument: query.instrument });
  if (query.country) qb.andWhere('r.country = :country', { country: query.country });
  if (query.riskGrade) qb.andWhere(hasCurrentGrade('r.country'), { riskGrade: query.riskGrade });
  if (query.currency) qb.andWhere('r.currency = :currency', { currency: query.currency });
  if (query.organizationId) qb.andWhere('r.organizationId = :org', { org: query.organizationId });
  if (query.amountMin) qb.andWhere('r.amount >= :amountMin::numeric', { amountMin: query.amountMin });
  if (query.amountMax) qb.andWhere('r.amount <= :amountMax::numeric', { amountMax: query.amountMax });
  if (query.q) qb.andWhere('(r.titleEn ILIKE :q OR r.titleZh ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
}

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
