import { Injectable } from '@nestjs/common';
import type { Action, Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import { scopeQuery } from '../../common/policy/scope';
import { type ListUsersQueryDto, UserResponse } from './dto/user.dto';
import { User } from './entities/user.entity';

/** The SQL of users, scoped by the policy: an organization's users see their colleagues, the secretariat everyone. */
@Injectable()
export class UsersQueries {
  constructor(private readonly dataSource: DataSource) {}

  page(auth: AuthenticatedUser, query: ListUsersQueryDto): Promise<Paginated<UserResponse>> {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.organization', 'o');
    scopeQuery(qb, auth.ability, 'read', 'User');
    if (query.organizationId) qb.andWhere('u.organizationId = :org', { org: query.organizationId });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.q) qb.andWhere('(u.displayName ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    qb.orderBy('u.displayName', 'ASC').addOrderBy('u.id', 'ASC');
    return paginate(qb, query, UserResponse.from);
  }

  /** The user with its organization, locked, if the caller may take `action` on it (else null). */
  lockForChange(manager: EntityManager, auth: AuthenticatedUser, id: string, action: Action): Promise<User | null> {
    const qb = manager
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.organization', 'o')
      .where('u.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['u']);
    scopeQuery(qb, auth.ability, action, 'User');
    return qb.getOne();
  }

  /** Whether the user ever set a password (the hash itself is never selected). */
  async hasPassword(manager: EntityManager, id: string): Promise<boolean> {
    const row = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .select('u.passwordHash IS NOT NULL', 'has')
      .where('u.id = :id', { id })
      .getRawOne<{ has: boolean }>();
    return Boolean(row?.has);
  }
}
