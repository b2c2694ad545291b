import { Injectable } from '@nestjs/common';
import {
  MEMBERSHIP_STATUS_LABELS,
  MEMBER_ORGANIZATION_TYPES,
  ORGANIZATION_TRANSITIONS,
  ORGANIZATION_TYPE_LABELS,
  YES_NO_LABELS,
  allowedOrganizationActions,
  csvLabel,
  isLockedOrganizationAction,
  move,
  type Locale,
  type OrganizationAction,
  type OrganizationType,
  type Paginated,
} from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { csvText } from '../../common/csv/csv';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, notFound, unprocessable } from '../../common/errors/app-error';
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
import { OrganizationsQueries } from './organizations.queries';

// Its scoping lives with the queries now; this name keeps working for the modules that import it here.
export { visibleOrganizations } from './organizations.queries';

/** Fields an organization's own admin may not change. */
const SECRETARIAT_ONLY_FIELDS = ['type', 'foundingMember', 'rotatingChair'] as const;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: OrganizationsQueries,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  /** The public directory: visitors and members see active organizations (and their own); the secretariat sees all. */
  async list(
    viewer: AuthenticatedUser | null,
    query: ListOrganizationsQueryDto,
  ): Promise<Paginated<OrganizationResponse>> {
    const page = await this.queries.page(viewer, query);
    return { ...page, items: page.items.map((o) => OrganizationResponse.from(o, viewer !== null)) };
  }

  async get(viewer: AuthenticatedUser | null, id: string): Promise<OrganizationResponse> {
    const org = await this.queries.visible(viewer, id);
    if (!org) throw notFound('Organization');
    return OrganizationResponse.from(org, viewer !== null);
  }

  /** Every organization matching the filters, with the names of its parks, as CSV rows (secretariat). */
  async exportRows(
    viewer: AuthenticatedUser,
    query: ExportOrganizationsQueryDto,
    locale: Locale,
  ): Promise<unknown[][]> {
    const rows = await this.queries.withParkNames(viewer, query);
    return rows.map(({ organization: o, parkNames }) => [
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
      csvText(parkNames),
    ]);
  }

  async create(dto: CreateOrganizationDto): Promise<OrganizationResponse> {
    assertNotSecretariatType(dto.type);
    if (!dto.nameEn && !dto.nameZh)
      throw unprocessable('ORGANIZATION_NAME_REQUIRED', 'An organization needs a name in English or Chinese', 'nameEn');
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
      if (before.status === 'withdrawn')
        throw unprocessable('ORGANIZATION_WITHDRAWN', 'A withdrawn organization is read-only');
      // The type decides the rules (type `secretariat` manages everything), so only the secretariat sets it.
      const reserved = SECRETARIAT_ONLY_FIELDS.filter((field) => dto[field] !== undefined);
      if (reserved.length > 0 && !auth.ability.can('classify', 'Organization')) {
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
        throw unprocessable(
          'ORGANIZATION_NAME_REQUIRED',
          'An organization needs a name in English or Chinese',
          'nameEn',
        );
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
      const allowed = allowedOrganizationActions(before.status, before.type);
      const after = manager.create(Organization, { ...before });
      // An action the status forbids is an illegal move (409); one the secretariat's lock forbids, a domain rule (422).
      move(ORGANIZATION_TRANSITIONS, action, after, allowed);
      if (isLockedOrganizationAction(action, before.type)) {
        throw unprocessable('SECRETARIAT_LOCKED', 'The secretariat organization cannot be suspended or withdrawn');
      }
      if (after.status === 'active' && !after.memberSince) after.memberSince = new Date().toISOString().slice(0, 10);
      await manager.save(after);
      if (after.status !== 'active') await this.sessions.revokeAllForOrganization(manager, id);
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

/** There is one secretariat, created with the alliance: no organization becomes one, and it stays one. */
function assertNotSecretariatType(type: OrganizationType | undefined): void {
  if (type !== undefined && !(MEMBER_ORGANIZATION_TYPES as readonly OrganizationType[]).includes(type))
    throw unprocessable(
      'SECRETARIAT_TYPE_FIXED',
      'The alliance has one secretariat; its type cannot be given or taken away',
      'type',
    );
}
