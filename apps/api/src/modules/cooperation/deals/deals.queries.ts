import { Injectable } from '@nestjs/common';
import { DEAL_STAGES, type DealFigureDto, type DealFiguresDto, type Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { paginate } from '../../../common/pagination/page-query.dto';
import { DealStageChange } from '../entities/deal-stage-change.entity';
import { Deal } from '../entities/deal.entity';
import { DealSummaryResponse, type DealSummaryDto } from './dto/deal-response.dto';
import type { DealFiguresQueryDto, DealFiltersDto, ListDealsQueryDto } from './dto/deal.dto';

/** The most rows an export holds (the most recently moved first). */
export const DEAL_EXPORT_LIMIT = 10_000;

export const seesAllDeals = (viewer: AuthenticatedUser): boolean => viewer.ability.can('readAll', 'Deal');

/** A deal opens to its two organizations and to the secretariat. */
function visibleDeals<T extends Deal>(qb: SelectQueryBuilder<T>, viewer: AuthenticatedUser, d = 'd') {
  if (seesAllDeals(viewer)) return qb;
  return qb.andWhere(`(${d}.owner_organization_id = :viewerOrg OR ${d}.partner_organization_id = :viewerOrg)`, {
    viewerOrg: viewer.organization.id,
  });
}

type Filters = Pick<DealFiltersDto, 'stage' | 'country' | 'sector' | 'from' | 'to'>;

function dealFilters<T extends Deal>(qb: SelectQueryBuilder<T>, filters: Filters) {
  if (filters.stage) qb.andWhere('d.stage = :stage', { stage: filters.stage });
  if (filters.country) qb.andWhere('p.country = :country', { country: filters.country });
  // Containment, which the GIN index on the sectors serves.
  if (filters.sector) qb.andWhere('p.sectors @> ARRAY[CAST(:sector AS text)]', { sector: filters.sector });
  if (filters.from) qb.andWhere('d.created_at >= CAST(:from AS date)', { from: filters.from });
  if (filters.to) qb.andWhere(`d.created_at < CAST(:to AS date) + 1`, { to: filters.to });
  return qb.orderBy('d.stage_changed_at', 'DESC').addOrderBy('d.id', 'DESC');
}

interface FigureRow {
  key: string | null;
  deals: number;
  size: string;
  invested: string;
}

/** Sums in SQL, exact: numeric to text, never through a JavaScript number. */
const SUMS = `count(*)::int AS deals,
  COALESCE(sum(p.size_usd), 0)::numeric(20, 2)::text AS size,
  COALESCE(sum(d.invested_usd), 0)::numeric(20, 2)::text AS invested`;

const figure = (row: FigureRow | undefined, key: string): DealFigureDto => ({
  key,
  deals: row?.deals ?? 0,
  projectSizeUsd: row?.size ?? '0.00',
  investedUsd: row?.invested ?? '0.00',
});

/** The SQL of deals: lists scoped to the two organizations (the secretariat all), the history, the figures. */
@Injectable()
export class DealsQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(viewer: AuthenticatedUser, query: ListDealsQueryDto): Promise<Paginated<DealSummaryDto>> {
    const qb = visibleDeals(this.rows(this.dataSource.manager), viewer);
    return paginate(dealFilters(qb, query), query, DealSummaryResponse.from);
  }

  deal(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<Deal | null> {
    return visibleDeals(this.rows(manager).andWhere('d.id = :id', { id }), viewer).getOne();
  }

  locked(manager: EntityManager, id: string): Promise<Deal | null> {
    return manager.findOne(Deal, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  history(manager: EntityManager, dealId: string): Promise<DealStageChange[]> {
    return manager
      .getRepository(DealStageChange)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.by', 'u')
      .where('c.deal_id = :dealId', { dealId })
      .orderBy('c.at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** The secretariat's export: the filtered deals, the most recently moved first. */
  export(filters: Filters): Promise<Deal[]> {
    return dealFilters(this.rows(this.dataSource.manager), filters).limit(DEAL_EXPORT_LIMIT).getMany();
  }

  /**
   * Deals opened within [from, to] by stage, by the project's country and by its sectors (a deal
   * counts once in each), with the projects' sizes and the investments made summed exactly.
   */
  async figures(query: DealFiguresQueryDto): Promise<DealFiguresDto> {
    const where: string[] = [];
    const params: string[] = [];
    if (query.from) where.push(`d.created_at >= $${params.push(query.from)}::date`);
    if (query.to) where.push(`d.created_at < $${params.push(query.to)}::date + 1`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const grouped = (await this.dataSource.query(
      `SELECT CASE WHEN GROUPING(d.stage) = 0 THEN 'stage' WHEN GROUPING(p.country) = 0 THEN 'country' ELSE 'total' END AS dimension,
              COALESCE(d.stage::text, p.country) AS key, ${SUMS}
         FROM deals d JOIN cooperation_projects p ON p.id = d.project_id ${clause}
        GROUP BY GROUPING SETS ((d.stage), (p.country), ())`,
      params,
    )) as (FigureRow & { dimension: 'stage' | 'country' | 'total' })[];
    const bySector = (await this.dataSource.query(
      `SELECT s.sector AS key, ${SUMS}
         FROM deals d JOIN cooperation_projects p ON p.id = d.project_id
        CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.sectors) AS sector) s ${clause}
        GROUP BY s.sector ORDER BY count(*) DESC, s.sector`,
      params,
    )) as FigureRow[];
    const stages = new Map(grouped.filter((r) => r.dimension === 'stage').map((r) => [r.key, r]));
    const byCount = (a: DealFigureDto, b: DealFigureDto) => b.deals - a.deals || a.key.localeCompare(b.key);
    return {
      byStage: DEAL_STAGES.map((stage) => figure(stages.get(stage), stage)),
      byCountry: grouped
        .filter((r) => r.dimension === 'country')
        .map((r) => figure(r, r.key as string))
        .sort(byCount),
      bySector: bySector.map((r) => figure(r, r.key as string)),
      total: figure(
        grouped.find((r) => r.dimension === 'total'),
        'total',
      ),
    };
  }

  private rows(manager: EntityManager): SelectQueryBuilder<Deal> {
    return manager
      .getRepository(Deal)
      .createQueryBuilder('d')
      .innerJoin('d.project', 'p')
      .addSelect([
        'p.id',
        'p.titleEn',
        'p.titleZh',
        'p.kind',
        'p.country',
        'p.sectors',
        'p.sizeUsd',
        'p.organizationId',
      ])
      .innerJoin('d.ownerOrganization', 'oo')
      .addSelect(['oo.id', 'oo.nameEn', 'oo.nameZh', 'oo.type'])
      .innerJoin('d.partnerOrganization', 'po')
      .addSelect(['po.id', 'po.nameEn', 'po.nameZh', 'po.type']);
  }
}
