import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Paginated, ParkSort } from '@alliance/contracts';
import { DataSource, type DeepPartial, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { assertCan } from '../../common/policy/scope';
import { Organization } from '../organizations/entities/organization.entity';
import { visibleOrganizations } from '../organizations/organizations.service';
import {
  type CreateParkDto,
  type ExportParksQueryDto,
  type ListParksQueryDto,
  type ParkFilterDto,
  ParkMarkerResponse,
  ParkResponse,
  type ParkStatsResponse,
  type UpdateParkDto,
} from './dto/park.dto';
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

/** Markers on one map; more than this is a data problem, not a map. */
const MAP_LIMIT = 5000;

@Injectable()
export class ParksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(viewer: AuthenticatedUser | null, query: ListParksQueryDto): Promise<Paginated<ParkResponse>> {
    const qb = ordered(this.filtered(viewer, query), query.sort);
    return paginate(qb, query, (p) => ParkResponse.from(p, viewer !== null), { joinsToOne: true });
  }

  async map(viewer: AuthenticatedUser | null, query: ParkFilterDto): Promise<ParkMarkerResponse[]> {
    const rows = await this.filtered(viewer, query)
      .andWhere('p.latitude IS NOT NULL AND p.longitude IS NOT NULL')
      .orderBy('p.investmentUsd', 'DESC', 'NULLS LAST')
      .addOrderBy('p.id', 'ASC')
      .limit(MAP_LIMIT)
      .getMany();
    return rows.map((p) => ({
      id: p.id,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      country: p.country,
      latitude: Number(p.latitude),
      longitude: Number(p.longitude),
      investmentUsd: p.investmentUsd,
      sectors: p.sectors as ParkMarkerResponse['sectors'],
      status: p.status,
    }));
  }

  /** The directory's headline figures, the same for everyone: parks of active member organizations. */
  async stats(): Promise<ParkStatsResponse> {
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
      .getRawOne<{ parks: string; countries: string; enterprises: string; investment: string; jobs: string }>();
    const byCountry = await base()
      .select('p.country', 'country')
      .addSelect('COUNT(*)', 'parks')
      .groupBy('p.country')
      .orderBy('parks', 'DESC')
      .addOrderBy('p.country', 'ASC')
      .getRawMany<{ country: string; parks: string }>();
    return {
      parks: Number(totals?.parks ?? 0),
      hostCountries: Number(totals?.countries ?? 0),
      enterprises: Number(totals?.enterprises ?? 0),
      investmentUsd: totals?.investment ?? '0',
      localJobs: Number(totals?.jobs ?? 0),
      byCountry: byCountry.map((row) => ({ country: row.country, parks: Number(row.parks) })),
    };
  }

  /** Every park matching the filters, for the CSV export. */
  exportable(viewer: AuthenticatedUser, query: ExportParksQueryDto): Promise<Park[]> {
    return ordered(this.filtered(viewer, query), query.sort).getMany();
  }

  async get(viewer: AuthenticatedUser | null, id: string): Promise<ParkResponse> {
    const park = await this.visible(viewer).andWhere('p.id = :id', { id }).getOne();
    if (!park) throw notFound('Park');
    return ParkResponse.from(park, viewer !== null);
  }

  async create(auth: AuthenticatedUser, dto: CreateParkDto): Promise<ParkResponse> {
    const organizationId =
      dto.organizationId ?? (auth.ability.can('manage', 'Park') ? undefined : auth.organization.id);
    if (!organizationId) throw unprocessable('Choose the organization that operates the park', 'organizationId');
    if (!dto.nameEn && !dto.nameZh) throw unprocessable('A park needs a name in English or Chinese', 'nameEn');
    assertCoordinatesPaired(dto.latitude ?? null, dto.longitude ?? null);
    if (!auth.ability.can('create', subject('Park', { organizationId }))) {
      throw forbidden('You can add parks only to your own organization');
    }
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(Organization, { id: organizationId });
      if (!organization) throw notFound('Organization');
      assertCanRunParks(organization);
      const park = await this.save(manager, manager.create(Park, { ...parkColumns(dto), organizationId }));
      park.organization = organization;
      await this.audit.record(manager, {
        action: 'park.create',
        entityType: 'Park',
        entityId: park.id,
        organizationId,
        after: park,
      });
      return ParkResponse.from(park, true);
    });
  }

  async update(auth: AuthenticatedUser, id: string, dto: UpdateParkDto): Promise<ParkResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager
        .getRepository(Park)
        .createQueryBuilder('p')
        .innerJoinAndSelect('p.organization', 'o')
        .where('p.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['p'])
        .getOne();
      if (!before) throw notFound('Park');
      assertCan(auth.ability, 'update', 'Park', { organizationId: before.organizationId }, 'Park');
      if (before.organization?.status === 'withdrawn')
        throw unprocessable('The parks of a withdrawn organization are read-only');
      const { version, ...changes } = dto;
      if (version !== undefined && version !== before.version) {
        throw new AppError(
          409,
          'CONFLICT',
          'Someone else changed this park since you opened it; reload and apply your changes again',
          [{ field: 'version', constraint: 'current', message: String(before.version) }],
        );
      }
      const merged = manager.merge(Park, manager.create(Park, { ...before }), parkColumns(changes));
      if (!merged.nameEn && !merged.nameZh) throw unprocessable('A park needs a name in English or Chinese', 'nameEn');
      assertCoordinatesPaired(merged.latitude, merged.longitude);
      const after = await this.save(manager, merged);
      after.organization = before.organization;
      await this.audit.record(manager, {
        action: 'park.update',
        entityType: 'Park',
        entityId: id,
        organizationId: before.organizationId,
        before,
        after,
      });
      return ParkResponse.from(after, true);
    });
  }

  /** Saves and reads back, so numeric columns come back in the database's own text form. */
  private async save(manager: EntityManager, park: Park): Promise<Park> {
    await manager.save(park);
    return manager.findOneByOrFail(Park, { id: park.id });
  }

  private visible(viewer: AuthenticatedUser | null): SelectQueryBuilder<Park> {
    return visibleOrganizations(
      this.dataSource.getRepository(Park).createQueryBuilder('p').innerJoinAndSelect('p.organization', 'o'),
      viewer,
    );
  }

  private filtered(viewer: AuthenticatedUser | null, query: ParkFilterDto): SelectQueryBuilder<Park> {
    const qb = this.visible(viewer);
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

/** Request fields as column values: numeric columns are written as text so no precision is lost. */
export function parkColumns(dto: Omit<UpdateParkDto, 'version'>): DeepPartial<Park> {
  const { latitude, longitude, areaKm2, ...rest } = dto;
  const columns: DeepPartial<Park> = { ...rest };
  if (latitude !== undefined) columns.latitude = latitude === null ? null : String(latitude);
  if (longitude !== undefined) columns.longitude = longitude === null ? null : String(longitude);
  if (areaKm2 !== undefined) columns.areaKm2 = areaKm2 === null ? null : String(areaKm2);
  return columns;
}

function ordered(qb: SelectQueryBuilder<Park>, sort: ParkSort = 'name'): SelectQueryBuilder<Park> {
  for (const [column, direction, nulls] of ORDER[sort]) qb.addOrderBy(column, direction, nulls);
  return qb.addOrderBy('p.id', 'ASC');
}

/** A map needs both coordinates or neither. */
export function assertCoordinatesPaired(latitude: number | string | null, longitude: number | string | null): void {
  if ((latitude === null) !== (longitude === null)) {
    throw new AppError(422, 'UNPROCESSABLE', 'Give both latitude and longitude, or neither', [
      {
        field: latitude === null ? 'latitude' : 'longitude',
        constraint: 'coordinatesPair',
        message: 'Give both latitude and longitude, or neither',
      },
    ]);
  }
}

/** Parks belong to park operators, and a withdrawn member gets no new ones. */
export function assertCanRunParks(organization: Organization, field = 'organizationId'): void {
  if (organization.type !== 'park_operator') throw unprocessable('Only a park operator runs parks', field);
  if (organization.status === 'withdrawn') throw unprocessable('A withdrawn organization is read-only', field);
}
