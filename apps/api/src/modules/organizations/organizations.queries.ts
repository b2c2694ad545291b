import { Injectable } from '@nestjs/common';
import type { Paginated } from '@alliance/contracts';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import { Park } from '../parks/entities/park.entity';
import type { ExportOrganizationsQueryDto, ListOrganizationsQueryDto } from './dto/organization.dto';
import { Organization } from './entities/organization.entity';

/**
 * Suspended and withdrawn organizations leave the public directory (nothing is deleted);
 * the secretariat sees every organization, and a user always sees their own.
 */
export function visibleOrganizations<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
  alias = 'o',
): SelectQueryBuilder<T> {
  if (viewer?.ability.can('readAll', 'Organization')) return qb;
  if (viewer)
    return qb.andWhere(`(${alias}.status = 'active' OR ${alias}.id = :viewerOrg)`, {
      viewerOrg: viewer.organization.id,
    });
  return qb.andWhere(`${alias}.status = 'active'`);
}

/** The directory's filters (the list's and the export's). */
type OrganizationFilter = Pick<ListOrganizationsQueryDto, 'q' | 'type' | 'status' | 'country'>;

/** An organization with the names of its parks, for the CSV export. */
export interface OrganizationWithParks {
  organization: Organization;
  parkNames: string | null;
}

/** The SQL of the directory of organizations, scoped to what the viewer may see. */
@Injectable()
export class OrganizationsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the directory, filtered, in name order. */
  page(viewer: AuthenticatedUser | null, query: ListOrganizationsQueryDto): Promise<Paginated<Organization>> {
    return paginate(this.filtered(viewer, query), query, (o) => o);
  }

  /** The organization, if the viewer may see it. */
  visible(viewer: AuthenticatedUser | null, id: string): Promise<Organization | null> {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o').where('o.id = :id', { id });
    return visibleOrganizations(qb, viewer).getOne();
  }

  /** Every organization matching the filters, with the names of its parks joined by "; ". */
  async withParkNames(
    viewer: AuthenticatedUser | null,
    query: ExportOrganizationsQueryDto,
  ): Promise<OrganizationWithParks[]> {
    const qb = this.filtered(viewer, query)
      .leftJoin(Park, 'p', 'p.organizationId = o.id')
      .addSelect("STRING_AGG(COALESCE(p.nameEn, p.nameZh), '; ' ORDER BY COALESCE(p.nameEn, p.nameZh))", 'park_names')
      .groupBy('o.id');
    const { entities, raw } = await qb.getRawAndEntities<{ park_names: string | null }>();
    return entities.map((organization, i) => ({ organization, parkNames: raw[i]?.park_names ?? null }));
  }

  private filtered(viewer: AuthenticatedUser | null, query: OrganizationFilter): SelectQueryBuilder<Organization> {
    const qb = visibleOrganizations(this.dataSource.getRepository(Organization).createQueryBuilder('o'), viewer);
    if (query.q) qb.andWhere('(o.nameEn ILIKE :q OR o.nameZh ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    return qb.orderBy('COALESCE(o.nameEn, o.nameZh)', 'ASC').addOrderBy('o.id', 'ASC');
  }
}
