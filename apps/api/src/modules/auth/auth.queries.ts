import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Organization } from '../organizations/entities/organization.entity';
import { User } from '../users/entities/user.entity';
import { LoginFailure } from './entities/login-attempt.entity';
import { PasswordResetRequest } from './entities/password-reset-request.entity';
import { Session } from './entities/session.entity';

/** Password reset requests of the last window from one IP and for one address. */
export interface RecentResetRequests {
  by_ip: number;
  by_address: number;
  oldest_by_ip: Date | null;
}

/**
 * The SQL of signing in and staying signed in: credentials, sessions, the sign-in throttle and
 * the queue of password reset requests.
 */
@Injectable()
export class AuthQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The account with this e-mail, its password hash and its organization. */
  userWithPasswordByEmail(email: string): Promise<User | null> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .innerJoinAndSelect('u.organization', 'o')
      .where('u.email = :email', { email })
      .getOne();
  }

  /** The account and its password hash. */
  userWithPassword(id: string): Promise<User> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOneOrFail();
  }

  /** The live session of this token digest, with its user and organization, if both may still sign in. */
  liveSession(tokenHash: string): Promise<Session | null> {
    return this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', User, 'u', 'u.id = s.userId')
      .innerJoinAndMapOne('u.organization', Organization, 'o', 'o.id = u.organizationId')
      .where('s.tokenHash = :hash', { hash: tokenHash })
      .andWhere('s.revokedAt IS NULL')
      .andWhere('s.expiresAt > now()')
      .andWhere("u.status = 'active'")
      .andWhere("o.status = 'active'")
      .getOne();
  }

  /** Ends every open session of the organization's users, in the caller's transaction. */
  async revokeSessionsOfOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()' })
      .where('revoked_at IS NULL')
      .andWhere('user_id IN (SELECT id FROM users WHERE organization_id = :organizationId)', { organizationId })
      .execute();
  }

  /** Failed sign-ins for an e-mail or an IP since `since`: how many, and the oldest. */
  async loginFailures(
    column: 'email' | 'ip',
    value: string,
    since: Date,
  ): Promise<{ count: number; oldest: Date | null }> {
    const row = await this.dataSource
      .getRepository(LoginFailure)
      .createQueryBuilder('f')
      .select('COUNT(*)', 'count')
      .addSelect('MIN(f.attemptedAt)', 'oldest')
      .where(`f.${column} = :value`, { value })
      .andWhere('f.attemptedAt > :since', { since })
      .getRawOne<{ count: string; oldest: Date | string | null }>();
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
  }

  /** Password reset requests of the last `windowMs` from this IP and for this address (by its digest). */
  async recentResetRequests(ip: string | null, emailDigest: string, windowMs: number): Promise<RecentResetRequests> {
    const [recent] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ip = $1)::int AS by_ip, count(*) FILTER (WHERE email_digest = $2)::int AS by_address,
              min(requested_at) FILTER (WHERE ip = $1) AS oldest_by_ip
         FROM password_reset_requests WHERE requested_at > now() - $3 * interval '1 millisecond' AND (ip = $1 OR email_digest = $2)`,
      [ip, emailDigest, windowMs],
    )) as RecentResetRequests[];
    return recent;
  }

  /** The oldest password reset request not yet handled. */
  nextQueuedReset(): Promise<PasswordResetRequest | null> {
    return this.dataSource
      .getRepository(PasswordResetRequest)
      .createQueryBuilder('r')
      .where('r.processedAt IS NULL')
      .orderBy('r.requestedAt', 'ASC')
      .getOne();
  }

  /** Forgets handled requests older than `windowMs` (the limits no longer count them). */
  async forgetHandledResets(windowMs: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM password_reset_requests WHERE requested_at < now() - $1 * interval '1 millisecond' AND processed_at IS NOT NULL`,
      [windowMs],
    );
  }
}
