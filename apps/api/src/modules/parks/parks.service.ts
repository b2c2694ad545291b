import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { Paginated } from '@alliance/contracts';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { assertCan } from '../../common/policy/scope';
import { Organization } from '../organizations/entities/organization.entity';
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
import { ParksQueries } from './parks.queries';

/** Markers on one map; more than this is a data problem, not a map. */
const MAP_LIMIT = 5000;

@Injectable()
export class ParksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ParksQueries,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: AuthenticatedUser | null, query: ListParksQueryDto): Promise<Paginated<ParkResponse>> {
    const page = await this.queries.page(viewer, query);
    return { ...page, items: page.items.map((p) => ParkResponse.from(p, viewer !== null)) };
  }

  async map(viewer: AuthenticatedUser | null, query: ParkFilterDto): Promise<ParkMarkerResponse[]> {
    const rows = await this.queries.mapped(viewer, query, MAP_LIMIT);
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
    const { totals, byCountry } = await this.queries.totals();
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
    return this.queries.all(viewer, query);
  }

  async get(viewer: AuthenticatedUser | null, id: string): Promise<ParkResponse> {
    const park = await this.queries.visible(viewer, id);
    if (!park) throw notFound('Park');
    return ParkResponse.from(park, viewer !== null);
  }

  async create(auth: AuthenticatedUser, dto: CreateParkDto): Promise<ParkResponse> {
    const organizationId =
      dto.organizationId ?? (auth.ability.can('chooseOperator', 'Park') ? undefined : auth.organization.id);
    if (!organizationId)
      throw unprocessable('PARK_OWNER_REQUIRED', 'Choose the organization that operates the park', 'organizationId');
    if (!dto.nameEn && !dto.nameZh)
      throw unprocessable('PARK_NAME_REQUIRED', 'A park needs a name in English or Chinese', 'nameEn');
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
      const before = await this.queries.lockedWithOrganization(manager, id);
      if (!before) throw notFound('Park');
      assertCan(auth.ability, 'update', 'Park', { organizationId: before.organizationId }, 'Park');
      if (before.organization?.status === 'withdrawn')
        throw unprocessable('PARK_OWNER_WITHDRAWN', 'The parks of a withdrawn organization are read-only');
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
      if (!merged.nameEn && !merged.nameZh)
        throw unprocessable('PARK_NAME_REQUIRED', 'A park needs a name in English or Chinese', 'nameEn');
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

/** A map needs both coordinates or neither. */
export function assertCoordinatesPaired(latitude: number | string | null, longitude: number | string | null): void {
  if ((latitude === null) !== (longitude === null)) {
    throw unprocessable(
      'COORDINATES_UNPAIRED',
      'Give both latitude and longitude, or neither',
      latitude === null ? 'latitude' : 'longitude',
    );
  }
}

/** Parks belong to park operators, and a withdrawn member gets no new ones. */
export function assertCanRunParks(organization: Organization, field = 'organizationId'): void {
  if (organization.type !== 'park_operator')
    throw unprocessable('PARK_OWNER_NOT_OPERATOR', 'Only a park operator runs parks', field);
  if (organization.status === 'withdrawn')
    throw unprocessable('PARK_OWNER_WITHDRAWN', 'A withdrawn organization is read-only', field);
}
