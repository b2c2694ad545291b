import { Injectable } from '@nestjs/common';
import {
  MEMBERSHIP_STATUS_LABELS,
  MEMBER_ORGANIZATION_TYPES,
  ORGANIZATION_TRANSITIONS,
  ORGANIZATION_TYPE_LABELS,
  YES_NO_LABELS,
  allowedOrganizationActions,
  csvLabel,
  type Locale,
  type OrganizationAction,
  type OrganizationType,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { csvText } from '../../common/csv/csv';
import { Park } from '../parks/entities/park.entity';
import { AuditService } from '../../common/audit/audit.service';
import { escapeLike } from '../../common/database/sql';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { assertCan } from '../../common/policy/scope';
import { SessionService } from '../auth/session.service';
import {
  type CreateOrganizationDto,
  type ExportOrganizationsQueryDto,
  type ListOrganizationsQueryDto,
  OrganizationResponse,
  type UpdateOrganizationDto,
} from './dto/organization.dto';
import { Organization } from './entities/organization.entity';

/** Fields an organization's own admin may not change. */
const SECRETARIAT_ONLY_FIELDS = ['type', 'foundingMember', 'rotatingChair'] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /** The public directory: visitors and members see active organizations (and their own); the secretariat sees all. */
  list(viewer: AuthenticatedUser | null, query: ListOrganizationsQueryDto): Promise<Paginated<OrganizationResponse>> {
    const qb = this.filtered(viewer, query);
    return paginate(qb, query, (o) => OrganizationResponse.from(o, viewer !== null));
  }

  async get(viewer: AuthenticatedUser | null, id: string): Promise<OrganizationResponse> {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o').where('o.id = :id', { id });
    const org = await visibleOrganizations(qb, viewer).getOne();
    if (!org) throw notFound('Organization');
    return OrganizationResponse.from(org, viewer !== null);
  }

  /** Every organization matching the filters, with the names of its parks, as CSV rows (secretariat). */
  async exportRows(
    viewer: AuthenticatedUser,
    query: ExportOrganizationsQueryDto,
    locale: Locale,
  ): Promise<unknown[][]> {
    const qb = this.filtered(viewer, query)
      .leftJoin(Park, 'p', 'p.organizationId = o.id')
      .addSelect("STRING_AGG(COALESCE(p.nameEn, p.nameZh), '; ' ORDER BY COALESCE(p.nameEn, p.nameZh))", 'park_names')
      .groupBy('o.id');
    const { entities, raw } = await qb.getRawAndEntities<{ park_names: string | null }>();
    return entities.map((o, i) => [
      o.id,
      csvText(o.nameEn),
      csvText(o.nameZh),
      csvLabel(ORGANIZATION_TYPE_LABELS, o.type, locale),
      o.country ?? '',
      csvText(o.website),
      csvLabel(MEMBERSHIP_STATUS_LABELS, o.status, locale),
      o.memberSince ?? '',
      csvLabel(YES_NO_LABELS, String(o.foundingMember), locale),
      csvLabel(YES_NO_LABELS, String(o.rotatingChair), locale),
      csvText(o.contactName),
      csvText(o.contactEmail),
      csvText(o.contactPhone),
      csvText(raw[i]?.park_names),
    ]);
  }

  private filtered(viewer: AuthenticatedUser | null, query: ExportOrganizationsQueryDto) {
    const qb = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    visibleOrganizations(qb, viewer);
    if (query.q) qb.andWhere('(o.nameEn ILIKE :q OR o.nameZh ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    if (query.type) qb.andWhere('o.type = :type', { type: query.type });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    return qb.orderBy('COALESCE(o.nameEn, o.nameZh)', 'ASC').addOrderBy('o.id', 'ASC');
  }

  async create(dto: CreateOrganizationDto): Promise<OrganizationResponse> {
    assertNotSecretariatType(dto.type);
    if (!dto.nameEn && !dto.nameZh) throw unprocessable('An organization needs a name in English or Chinese', 'nameEn');
    return this.dataSource.transaction(async (manager) => {
      const org = await manager.save(
        manager.create(Organization, { ...dto, status: 'active', memberSince: new Date().toISOString().slice(0, 10) }),
      );
      await this.audit.record(manager, {
        action: 'organization.create',
        entityType: 'Organization',
        entityId: org.id,
        organizationId: org.id,
        after: org,
      });
      return OrganizationResponse.from(org);
    });
  }

  async update(auth: AuthenticatedUser, id: string, dto: UpdateOrganizationDto): Promise<OrganizationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Organization, { id });
      if (!before) throw notFound('Organization');
      assertCan(auth.ability, 'update', 'Organization', { id: before.id }, 'Organization');
      if (before.status === 'withdrawn') throw unprocessable('A withdrawn organization is read-only');
      // The type decides the rules (type `secretariat` manages everything), so only the secretariat sets it.
      const reserved = SECRETARIAT_ONLY_FIELDS.filter((field) => dto[field] !== undefined);
      if (reserved.length > 0 && !auth.ability.can('manage', 'Organization')) {
        throw new AppError(
          403,
          'FORBIDDEN',
          `Only the secretariat can change ${reserved.join(', ')}`,
          reserved.map((field) => ({
            field,
            constraint: 'secretariatOnly',
            message: `Only the secretariat can change ${field}`,
          })),
        );
      }
      if (dto.type !== undefined && dto.type !== before.type) {
        assertNotSecretariatType(dto.type);
        assertNotSecretariatType(before.type);
      }
      const merged = manager.merge(Organization, manager.create(Organization, { ...before }), dto);
      if (!merged.nameEn && !merged.nameZh)
        throw unprocessable('An organization needs a name in English or Chinese', 'nameEn');
      const after = await manager.save(merged);
      await this.audit.record(manager, {
        action: 'organization.update',
        entityType: 'Organization',
        entityId: id,
        organizationId: id,
        before,
        after,
      });
      return OrganizationResponse.from(after);
    });
  }

  /** Moves an organization along its lifecycle; suspension and withdrawal end its users' sessions at once. */
  async transition(id: string, action: OrganizationAction, reason: string): Promise<OrganizationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw notFound('Organization');
      const rule = ORGANIZATION_TRANSITIONS[action];
      if (!(rule.from as readonly string[]).includes(before.status)) {
        throw illegalTransition(action, before.status, allowedOrganizationActions(before.status, before.type));
      }
      if (!allowedOrganizationActions(before.status, before.type).includes(action)) {
        throw unprocessable('The secretariat organization cannot be suspended or withdrawn');
      }
      const after = manager.create(Organization, { ...before, status: rule.to });
      if (rule.to === 'active' && !after.memberSince) after.memberSince = new Date().toISOString().slice(0, 10);
      await manager.save(after);
      if (rule.to !== 'active') await this.sessions.revokeAllForOrganization(manager, id);
      await this.audit.record(manager, {
        action: `organization.${action}`,
        entityType: 'Organization',
        entityId: id,
        organizationId: id,
        before: { status: before.status, memberSince: before.memberSince, reason: null },
        after: { status: after.status, memberSince: after.memberSince, reason },
      });
      return OrganizationResponse.from(after);
    });
  }
}

/**
 * Suspended and withdrawn organizations leave the public directory (nothing is deleted);
 * the secretariat sees every organization, and a user always sees their own.
 */
export function visibleOrganizations<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
  alias = 'o',
): SelectQueryBuilder<T> {
  if (viewer?.ability.can('manage', 'Organization')) return qb;
  if (viewer)
    return qb.andWhere(`(${alias}.status = 'active' OR ${alias}.id = :viewerOrg)`, {
      viewerOrg: viewer.organization.id,
    });
  return qb.andWhere(`${alias}.status = 'active'`);
}

/** There is one secretariat, created with the alliance: no organization becomes one, and it stays one. */
function assertNotSecretariatType(type: OrganizationType | undefined): void {
  if (type !== undefined && !(MEMBER_ORGANIZATION_TYPES as readonly OrganizationType[]).includes(type))
    throw unprocessable('The alliance has one secretariat; its type cannot be given or taken away', 'type');
}
