import { Inject, Injectable } from '@nestjs/common';
import { defineAbilityFor, type Principal } from '@alliance/contracts';
import { type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { Organization } from '../organizations/entities/organization.entity';
import { User } from '../users/entities/user.entity';
import { AuthQueries } from './auth.queries';
import { Session } from './entities/session.entity';
import { randomToken, tokenDigest } from './tokens';

export const SESSION_COOKIE = 'ap_session';

/** Server-side sessions: a cookie is only as good as its row, so revocation takes effect on the next request. */
@Injectable()
export class SessionService {
  constructor(
    private readonly queries: AuthQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(manager: EntityManager, userId: string, meta: { ip?: string; userAgent?: string }) {
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    const session = await manager.save(
      manager.create(Session, {
        tokenHash: tokenDigest(this.config.sessionSecret, token),
        userId,
        expiresAt,
        revokedAt: null,
        ip: meta.ip?.slice(0, 64) ?? null,
        userAgent: meta.userAgent?.slice(0, 500) ?? null,
      }),
    );
    return { token, session };
  }

  /** The user behind a cookie, or null when the session is unknown, expired, revoked, or its user or organization may no longer sign in. */
  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const row = await this.queries.liveSession(tokenDigest(this.config.sessionSecret, token));
    if (!row?.user?.organization) return null;
    return this.authenticated(row.user, row.user.organization, row.id);
  }

  /** Who a session stands for and what they may do. */
  authenticated(user: User, organization: Organization, sessionId: string): AuthenticatedUser {
    const principal: Principal = {
      userId: user.id,
      organizationId: organization.id,
      organizationType: organization.type,
      orgRole: user.orgRole,
    };
    return { user, organization, sessionId, principal, ability: defineAbilityFor(principal) };
  }

  revoke(manager: EntityManager, sessionId: string) {
    return manager.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  revokeAllForUser(manager: EntityManager, userId: string) {
    return manager.update(Session, { userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  revokeAllForOrganization(manager: EntityManager, organizationId: string) {
    return this.queries.revokeSessionsOfOrganization(manager, organizationId);
  }

  cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.nodeEnv === 'production',
      path: '/',
      maxAge: this.config.sessionTtlHours * 3600, // seconds, as Fastify's cookie counts
    };
  }
}
