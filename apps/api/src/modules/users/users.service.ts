import { Injectable } from '@nestjs/common';
import { type Action, type Locale, type OrgRole, type Paginated, localizedText } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { escapeLike } from '../../common/database/sql';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { scopeQuery } from '../../common/policy/scope';
import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { MailService } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { Organization } from '../organizations/entities/organization.entity';
import { type InviteUserDto, type ListUsersQueryDto, UserResponse } from './dto/user.dto';
import { User } from './entities/user.entity';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
  ) {}

  /** Scoped in SQL: an org's users see their colleagues, the secretariat sees everyone. */
  list(auth: AuthenticatedUser, query: ListUsersQueryDto): Promise<Paginated<UserResponse>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.organization', 'o');
    scopeQuery(qb, auth.ability, 'read', 'User');
    if (query.organizationId) qb.andWhere('u.organizationId = :org', { org: query.organizationId });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.q) qb.andWhere('(u.displayName ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    qb.orderBy('u.displayName', 'ASC').addOrderBy('u.id', 'ASC');
    return paginate(qb, query, UserResponse.from);
  }

  async invite(auth: AuthenticatedUser, dto: InviteUserDto): Promise<UserResponse> {
    const organizationId = dto.organizationId ?? auth.organization.id;
    if (!auth.ability.can('invite', asUser(organizationId))) {
      throw forbidden('You can invite colleagues only into your own organization');
    }
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(Organization, { id: organizationId });
      if (!organization) throw notFound('Organization');
      if (organization.status !== 'active')
        throw unprocessable('Only an active organization can invite users', 'organizationId');
      const user = await this.createInvitation(manager, organization, {
        ...dto,
        locale: dto.locale ?? auth.user.locale,
      });
      return UserResponse.from(user);
    });
  }

  /**
   * Creates an invited user of `organization` and e-mails the invitation link, in the caller's
   * transaction (also used when the secretariat approves a membership application: then
   * `approvedApplication` is its reference and the e-mail says it was approved).
   */
  async createInvitation(
    manager: EntityManager,
    organization: Organization,
    input: { email: string; displayName: string; orgRole: OrgRole; locale: Locale },
    approvedApplication?: string,
  ): Promise<User> {
    if (await manager.existsBy(User, { email: input.email })) {
      throw new AppError(409, 'EMAIL_TAKEN', 'A user with this e-mail already exists', [
        { field: 'email', constraint: 'unique', message: 'A user with this e-mail already exists' },
      ]);
    }
    const user = await manager.save(
      manager.create(User, { ...input, organizationId: organization.id, status: 'invited' }),
    );
    const link = await this.auth.issueToken(manager, user.id, 'invitation');
    const orgName = localizedText(organization.nameEn, organization.nameZh, user.locale) ?? '';
    await this.mail.enqueue(
      manager,
      user.email,
      'invitation',
      mailTemplates.invitation(user.locale, {
        name: user.displayName,
        organization: orgName,
        link,
        approvedApplication,
      }),
    );
    await this.audit.record(manager, {
      action: 'user.invite',
      entityType: 'User',
      entityId: user.id,
      organizationId: organization.id,
      after: user,
    });
    user.organization = organization;
    return user;
  }

  setStatus(auth: AuthenticatedUser, id: string, action: 'disable' | 'enable'): Promise<UserResponse> {
    return this.change(auth, id, action, async (manager, user) => {
      if (user.id === auth.user.id) throw unprocessable('You cannot disable or enable your own account');
      if (action === 'disable') {
        if (user.status === 'disabled') throw new AppError(409, 'ILLEGAL_TRANSITION', 'The user is already disabled');
        user.status = 'disabled';
        await this.sessions.revokeAllForUser(manager, user.id);
      } else {
        if (user.status !== 'disabled')
          throw new AppError(409, 'ILLEGAL_TRANSITION', 'Only a disabled user can be enabled');
        // An invitation never accepted goes back to invited; otherwise the account is active again.
        user.status = (await this.hasPassword(manager, user.id)) ? 'active' : 'invited';
      }
    });
  }

  changeRole(auth: AuthenticatedUser, id: string, orgRole: OrgRole): Promise<UserResponse> {
    return this.change(auth, id, 'changeRole', async (_manager, user) => {
      if (user.id === auth.user.id) throw unprocessable('You cannot change your own role', 'orgRole');
      user.orgRole = orgRole;
    });
  }

  /** Loads the user only if the caller may act on it (else 404), applies the change, audits before/after. */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: Extract<Action, 'disable' | 'enable' | 'changeRole'>,
    apply: (manager: EntityManager, user: User) => Promise<void>,
  ): Promise<UserResponse> {
    return this.dataSource.transaction(async (manager) => {
      const qb = manager
        .getRepository(User)
        .createQueryBuilder('u')
        .leftJoinAndSelect('u.organization', 'o')
        .where('u.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['u']);
      scopeQuery(qb, auth.ability, action, 'User');
      const user = await qb.getOne();
      if (!user) throw notFound('User');
      const before = { ...user, organization: undefined };
      await apply(manager, user);
      const saved = await manager.save(user);
      await this.audit.record(manager, {
        action: `user.${action === 'changeRole' ? 'change_role' : action}`,
        entityType: 'User',
        entityId: user.id,
        organizationId: user.organizationId,
        before,
        after: { ...saved, organization: undefined },
      });
      return UserResponse.from(saved);
    });
  }

  private async hasPassword(manager: EntityManager, id: string): Promise<boolean> {
    const row = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.passwordHash IS NOT NULL', 'has')
      .where('u.id = :id', { id })
      .getRawOne<{ has: boolean }>();
    return Boolean(row?.has);
  }
}

function asUser(organizationId: string) {
  return { __caslSubjectType__: 'User' as const, organizationId };
}
