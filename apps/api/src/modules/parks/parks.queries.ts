import { Injectable } from '@nestjs/common';
import type { Paginated, ParkSort } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import { visibleOrganizations } from '../organizations/organizations.queries';
import type { ExportParksQueryDto, ListParksQueryDto, ParkFilterDto } from './dto/park.dto';
import { Park } from './entities/park.entity';

const NAME = 'COALESCE(p.nameEn, p.nameZh)';

/** ORDER BY per sort key; every order ends with the id so pages never overlap. */
const ORDER: Record<ParkSort, [string, 'ASC' | 'DESC', 'NULLS LAST'?][]> = {
  name: [[NAME, 'ASC']],
  country: [
    ['p.country', 'ASC'],
    [NAME, 'ASC'],
  ],
  establishedYear: [
    ['p.establishedYear', 'ASC', 'NULLS LAST'],
    [NAME, 'ASC'],
  ],
  '-establishedYear': [
    ['p.establishedYear', 'DESC', 'NULLS LAST'],
    [NAME, 'ASC'],
  ],
  '-investmentUsd': [
    ['p.investmentUsd', 'DESC', 'NULLS LAST'],
    [NAME, 'ASC'],
  ],
  '-enterpriseCount': [
    ['p.enterpriseCount', 'DESC', 'NULLS LAST'],
    [NAME, 'ASC'],
  ],
  '-localJobs': [
    ['p.localJobs', 'DESC', 'NULLS LAST'],
    [NAME, 'ASC'],
  ],
  '-updatedAt': [['p.updatedAt', 'DESC']],
};

/** The directory's headline figures as the database sums them (numbers as text). */
export interface ParkTotals {
  totals: { parks: string; countries: string; enterprises: string; investment: string; jobs: string } | undefined;
  byCountry: { country: string; parks: string }[];
}

/**
 * The SQL of the park directory. A park is seen with its organization: visitors and members see
 * the parks of active members (and their own organization's), the secretariat every park.
 */
@Injectable()
export class ParksQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the parks matching the filters, in the order asked for. */
  page(viewer: AuthenticatedUser | null, query: ListParksQueryDto): Promise<Paginated<Park>> {
    return paginate(ordered(this.filtered(viewer, query), query.sort), query, (p) => p);
  }

  /** Every park matching the filters, in the order asked for (the CSV export). */
  all(viewer: AuthenticatedUser | null, query: ExportParksQueryDto): Promise<Park[]> {
    return ordered(this.filtered(viewer, query), query.sort).getMany();
  }

  /** The parks with coordinates that match the filters, the largest investments first, at most `limit`: what a marker shows. */
  mapped(viewer: AuthenticatedUser | null, query: ParkFilterDto, limit: number): Promise<Park[]> {
    return this.filtered(viewer, query)
      .select([
        'p.id',
        'p.nameEn',
        'p.nameZh',
        'p.country',
        'p.latitude',
        'p.longitude',
        'p.investmentUsd',
        'p.sectors',
        'p.status',
      ])
      .andWhere('p.latitude IS NOT NULL AND p.longitude IS NOT NULL')
      .orderBy('p.investmentUsd', 'DESC', 'NULLS LAST')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The park with its organization, if the viewer may see it. */
  visible(viewer: AuthenticatedUser | null, id: string): Promise<Park | null> {
    return this.visibleParks(viewer).andWhere('p.id = :id', { id }).getOne();
  }

  /** Totals over the parks of active members (the same for everyone), overall and by country. */
  async totals(): Promise<ParkTotals> {
    const base = () =>
      visibleOrganizations(
        this.dataSource.getRepository(Park).createQueryBuilder('p').innerJoin('p.organization', 'o'),
        null,
      );
    const totals = await base()
      .select('COUNT(*)', 'parks')
      .addSelect('COUNT(DISTINCT p.country)', 'countries')
      .addSelect('COALESCE(SUM(p.enterpriseCount), 0)', 'enterprises')
      .addSelect('COALESCE(SUM(p.investmentUsd), 0)::text', 'investment')
      .addSelect('COALESCE(SUM(p.localJobs), 0)', 'jobs')
      .getRawOne<NonNullable<ParkTotals['totals']>>();
    const byCountry = await base()
      .select('p.country', 'country')
      .addSelect('COUNT(*)', 'parks')
      .groupBy('p.country')
      .orderBy('parks', 'DESC')
      .addOrderBy('p.country', 'ASC')
      .getRawMany<{ country: string; parks: string }>();
    return { totals, byCountry };
  }

  /** The park with its organization, its row locked for an update in `manager`'s transaction. */
  lockedWithOrganization(manager: EntityManager, id: string): Promise<Park | null> {
    return manager
      .getRepository(Park)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.organization', 'o')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['p'])
      .getOne();
  }

  /** Parks with the names of their organizations (all a park's page or row shows of it). */
  private visibleParks(viewer: AuthenticatedUser | null): SelectQueryBuilder<Park> {
    return visibleOrganizations(
      this.dataSource
        .getRepository(Park)
        .createQueryBuilder('p')
        .innerJoin('p.organization', 'o')
        .addSelect(['o.id', 'o.nameEn', 'o.nameZh']),
      viewer,
    );
  }

  private filtered(viewer: AuthenticatedUser | null, query: ParkFilterDto): SelectQueryBuilder<Park> {
    const qb = this.visibleParks(viewer);
    if (query.q) {
      qb.andWhere('(p.nameEn ILIKE :q OR p.nameZh ILIKE :q OR p.city ILIKE :q)', {
        q: `%${escapeLike(query.q.trim())}%`,
      });
    }
    if (query.country) qb.andWhere('p.country = :country', { country: query.country });
    if (query.sector) qb.andWhere(':sector = ANY(p.sectors)', { sector: query.sector });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.organizationId) qb.andWhere('p.organizationId = :org', { org: query.organizationId });
    return qb;
  }
}

function ordered(qb: SelectQueryBuilder<Park>, sort: ParkSort = 'name'): SelectQueryBuilder<Park> {
  for (const [column, direction, nulls] of ORDER[sort]) qb.addOrderBy(column, direction, nulls);
  return qb.addOrderBy('p.id', 'ASC');
}
