import { Injectable } from '@nestjs/common';
import {
  localizedText,
  move,
  USER_TRANSITIONS,
  type Action,
  type Locale,
  type OrgRole,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { MailService } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { Organization } from '../organizations/entities/organization.entity';
import { type InviteUserDto, type ListUsersQueryDto, UserResponse } from './dto/user.dto';
import { User } from './entities/user.entity';
import { UsersQueries } from './users.queries';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly queries: UsersQueries,
  ) {}

  /** Scoped in SQL: an org's users see their colleagues, the secretariat sees everyone. */
  list(auth: AuthenticatedUser, query: ListUsersQueryDto): Promise<Paginated<UserResponse>> {
    return this.queries.page(auth, query);
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
        throw unprocessable(
          'INVITING_ORGANIZATION_INACTIVE',
          'Only an active organization can invite users',
          'organizationId',
        );
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
      if (user.id === auth.user.id)
        throw unprocessable('OWN_ACCOUNT_STATUS', 'You cannot disable or enable your own account');
      if (action === 'disable') {
        move(USER_TRANSITIONS, 'disable', user);
        await this.sessions.revokeAllForUser(manager, user.id);
      } else {
        // An invitation never accepted goes back to invited; otherwise the account is active again.
        const neverAccepted = user.status === 'disabled' && !(await this.queries.hasPassword(manager, user.id));
        move(USER_TRANSITIONS, neverAccepted ? 'reinvite' : 'enable', user);
      }
    });
  }

  changeRole(auth: AuthenticatedUser, id: string, orgRole: OrgRole): Promise<UserResponse> {
    return this.change(auth, id, 'changeRole', async (_manager, user) => {
      if (user.id === auth.user.id) throw unprocessable('OWN_ROLE', 'You cannot change your own role', 'orgRole');
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
      const user = await this.queries.lockForChange(manager, auth, id, action);
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
}

function asUser(organizationId: string) {
  return { __caslSubjectType__: 'User' as const, organizationId };
}
