import { Inject, Injectable } from '@nestjs/common';
import { move, USER_TRANSITIONS } from '@alliance/contracts';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError } from '../../common/errors/app-error';
import { User } from '../users/entities/user.entity';
import type { AcceptInvitationDto, ChangePasswordDto, ResetPasswordDto, UpdateMeDto } from './dto/auth.dto';
import { AuthQueries } from './auth.queries';
import { AuthToken, type AuthTokenPurpose } from './entities/auth-token.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { randomToken, tokenDigest } from './tokens';
import { withoutUndefined } from '../../common/validation/transforms';

const INVALID_CREDENTIALS = 'E-mail or password is incorrect';
const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  password_reset: 3600_000,
  invitation: 7 * 24 * 3600_000,
};
const TOKEN_PATH: Record<AuthTokenPurpose, string> = {
  password_reset: '/reset-password',
  invitation: '/accept-invitation',
};

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AuthQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** Same answer for an unknown e-mail and a wrong password; a correct password for an account that may not sign in says so. */
  async verifyCredentials(rawEmail: string, password: string, ip: string): Promise<User> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const user = await this.queries.userWithPasswordByEmail(email);
    const valid = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, ip);
      throw new AppError(401, 'INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }
    if (user.status !== 'active' || user.organization?.status !== 'active') {
      throw new AppError(
        403,
        'ACCOUNT_INACTIVE',
        'This account cannot sign in: it, or its organization, is not active. Contact your organization or the secretariat',
      );
    }
    await this.throttle.clearAccount(email);
    return user;
  }

  /** Opens a session; the browser's previous one, if it sent a live one, ends in the same transaction. */
  async startSession(user: User, meta: { ip?: string; userAgent?: string }, previous?: AuthenticatedUser | null) {
    return this.dataSource.transaction(async (manager) => {
      if (previous) await this.endSession(manager, previous);
      const created = await this.sessions.create(manager, user.id, meta);
      await manager.update(User, user.id, { lastLoginAt: new Date() });
      await this.audit.record(manager, {
        action: 'auth.login',
        entityType: 'Session',
        entityId: created.session.id,
        organizationId: user.organizationId,
        actor: { userId: user.id, email: user.email },
        after: { userId: user.id, ip: meta.ip ?? null },
      });
      return created;
    });
  }

  async logout(auth: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction((manager) => this.endSession(manager, auth));
  }

  private async endSession(manager: EntityManager, auth: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(manager, auth.sessionId);
    await this.audit.record(manager, {
      action: 'auth.logout',
      entityType: 'Session',
      entityId: auth.sessionId,
      organizationId: auth.organization.id,
      actor: { userId: auth.user.id, email: auth.user.email },
      before: { revoked: false },
      after: { revoked: true },
    });
  }

  async updateMe(auth: AuthenticatedUser, dto: UpdateMeDto): Promise<AuthenticatedUser> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(User, { id: auth.user.id });
      const changes = withoutUndefined(dto);
      const after = manager.create(User, { ...before, ...changes });
      await manager.save(after);
      await this.audit.record(manager, {
        action: 'user.update_profile',
        entityType: 'User',
        entityId: before.id,
        organizationId: before.organizationId,
        before,
        after,
        // The language of the pages is a preference of the moment, not a change to audit: switching it writes no event.
        omit: ['locale'],
      });
      return { ...auth, user: after };
    });
  }

  /** Ends every session of the user, the current one too, and opens a fresh one for this browser. */
  async changePassword(auth: AuthenticatedUser, dto: ChangePasswordDto, meta: { ip?: string; userAgent?: string }) {
    const current = await this.queries.userWithPassword(auth.user.id);
    if (!(await this.passwords.verify(current.passwordHash, dto.currentPassword))) {
      throw new AppError(422, 'INVALID_CREDENTIALS', 'The current password is incorrect', [
        { field: 'currentPassword', constraint: 'matches', message: 'The current password is incorrect' },
      ]);
    }
    this.passwords.assertStrong(dto.newPassword, 'newPassword');
    const hash = await this.passwords.hash(dto.newPassword);
    return this.dataSource.transaction(async (manager) => {
      await this.setPassword(manager, current, hash, 'auth.password_changed');
      return this.sessions.create(manager, current.id, meta);
    });
  }

  async resetPassword(dto: ResetPasswordDto): Promise<void> {
    this.passwords.assertStrong(dto.password);
    const hash = await this.passwords.hash(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.consumeToken(manager, dto.token, 'password_reset');
      if (user.status !== 'active') throw this.tokenInvalid();
      await this.setPassword(manager, user, hash, 'auth.password_reset');
    });
  }

  async acceptInvitation(dto: AcceptInvitationDto): Promise<void> {
    this.passwords.assertStrong(dto.password);
    const hash = await this.passwords.hash(dto.password);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.consumeToken(manager, dto.token, 'invitation');
      if (user.status !== 'invited') throw this.tokenInvalid();
      const before = { ...user };
      move(USER_TRANSITIONS, 'accept_invitation', user);
      if (dto.displayName) user.displayName = dto.displayName;
      await manager.save(user);
      await manager.update(User, user.id, { passwordHash: hash });
      await this.audit.record(manager, {
        action: 'user.invitation_accepted',
        entityType: 'User',
        entityId: user.id,
        organizationId: user.organizationId,
        actor: { userId: user.id, email: user.email },
        before,
        after: user,
      });
    });
  }

  /** Creates a single-use link and returns its URL. Earlier unused links of the same purpose stop working. */
  async issueToken(manager: EntityManager, userId: string, purpose: AuthTokenPurpose): Promise<string> {
    await manager.update(AuthToken, { userId, purpose, usedAt: IsNull() }, { usedAt: () => 'now()' });
    const token = randomToken();
    await manager.insert(AuthToken, {
      userId,
      purpose,
      tokenHash: tokenDigest(this.config.sessionSecret, token),
      expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
    });
    return `${this.config.appUrl}${TOKEN_PATH[purpose]}?token=${encodeURIComponent(token)}`;
  }

  private async consumeToken(manager: EntityManager, token: string, purpose: AuthTokenPurpose): Promise<User> {
    // The row lock makes the link single-use even when two requests race.
    const row = await manager.findOne(AuthToken, {
      where: {
        tokenHash: tokenDigest(this.config.sessionSecret, token),
        purpose,
        usedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw this.tokenInvalid();
    await manager.update(AuthToken, row.id, { usedAt: new Date() });
    return manager.findOneByOrFail(User, { id: row.userId });
  }

  private async setPassword(
    manager: EntityManager,
    user: User,
    hash: string,
    action: 'auth.password_changed' | 'auth.password_reset',
  ): Promise<void> {
    await manager.update(User, user.id, { passwordHash: hash });
    await this.sessions.revokeAllForUser(manager, user.id);
    await this.audit.record(manager, {
      action,
      entityType: 'User',
      entityId: user.id,
      organizationId: user.organizationId,
      before: { password: '(previous)' },
      after: { password: '(changed)' },
      actor: { userId: user.id, email: user.email },
    });
  }

  private tokenInvalid(): AppError {
    return new AppError(422, 'TOKEN_INVALID', 'This link is invalid, expired or already used', [
      { field: 'token', constraint: 'valid', message: 'This link is invalid, expired or already used' },
    ]);
  }
}
