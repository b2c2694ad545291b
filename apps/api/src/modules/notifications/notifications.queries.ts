import { Injectable } from '@nestjs/common';
import type { Locale } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import type { Post } from '../posts/entities/post.entity';
import { Notification } from './entities/notification.entity';

/** Someone to tell, with how they want to hear it. */
export interface Recipient {
  id: string;
  email: string;
  display_name: string;
  locale: Locale;
  notification_email_mode: 'immediately' | 'daily' | 'off';
}

/**
 * The SQL of notifications: who is told about what. Each runs in the caller's transaction, so
 * the notifications are written with the change they tell about.
 */
@Injectable()
export class NotificationsQueries {
  /**
   * The followers of anything a post matches: never its author, and only active users of active
   * member organizations, which are exactly those who can read a public or members-only post.
   */
  followersOf(manager: EntityManager, post: Post): Promise<Recipient[]> {
    return manager.query(
      `SELECT DISTINCT u.id, u.email, u.display_name, u.locale, u.notification_email_mode
         FROM follows f
         JOIN users u ON u.id = f.user_id
         JOIN organizations o ON o.id = u.organization_id
        WHERE u.status = 'active' AND o.status = 'active' AND u.id <> $1
          AND ((f.topic = 'country' AND f.value = ANY($2)) OR (f.topic = 'sector' AND f.value = ANY($3))
            OR (f.topic = 'kind' AND f.value = $4) OR (f.topic = 'organization' AND f.value = $5))`,
      [post.authorUserId, post.countries, post.sectors, post.kind, post.organizationId],
    ) as Promise<Recipient[]>;
  }

  /** Active users following any of a policy brief's countries or topics, but the one who acted. */
  briefFollowersOf(
    manager: EntityManager,
    brief: { countries: string[]; topics: string[] },
    actorUserId: string | null,
  ): Promise<Recipient[]> {
    return manager.query(
      `SELECT DISTINCT u.id, u.email, u.display_name, u.locale, u.notification_email_mode
         FROM follows f
         JOIN users u ON u.id = f.user_id
         JOIN organizations o ON o.id = u.organization_id
        WHERE u.status = 'active' AND o.status = 'active' AND u.id IS DISTINCT FROM $1
          AND ((f.topic = 'country' AND f.value = ANY($2)) OR (f.topic = 'policy_topic' AND f.value = ANY($3)))`,
      [actorUserId, brief.countries, brief.topics],
    ) as Promise<Recipient[]>;
  }

  /** Active users following a country, but the one who acted and those left out. */
  countryFollowersOf(
    manager: EntityManager,
    country: string,
    excludedUserIds: (string | null)[],
  ): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, u.notification_email_mode
         FROM follows f
         JOIN users u ON u.id = f.user_id
         JOIN organizations o ON o.id = u.organization_id
        WHERE u.status = 'active' AND o.status = 'active' AND f.topic = 'country' AND f.value = $1
          AND NOT (u.id = ANY($2::uuid[]))`,
      [country, excludedUserIds.filter(Boolean)],
    ) as Promise<Recipient[]>;
  }

  /** The active users of the organizations (only their admins, if asked), but the one who acted. */
  usersOf(
    manager: EntityManager,
    organizationIds: string[],
    actorUserId: string | null,
    adminsOnly: boolean,
  ): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, u.notification_email_mode
         FROM users u
        WHERE u.status = 'active' AND u.organization_id = ANY($1) AND u.id IS DISTINCT FROM $2
          AND ($3::boolean = false OR u.org_role = 'admin')`,
      [organizationIds, actorUserId, adminsOnly],
    ) as Promise<Recipient[]>;
  }

  /** The user, if the account is active and not the one who acted. */
  activeUser(manager: EntityManager, userId: string, actorUserId: string | null): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, u.notification_email_mode
         FROM users u WHERE u.status = 'active' AND u.id = $1 AND u.id IS DISTINCT FROM $2`,
      [userId, actorUserId],
    ) as Promise<Recipient[]>;
  }

  /** Notifications not yet e-mailed to active users on the daily digest, oldest first, locked for this pass. */
  waitingForDigest(manager: EntityManager): Promise<Notification[]> {
    return manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .innerJoinAndSelect('n.user', 'u')
      .where('n.emailedAt IS NULL')
      .andWhere("u.notificationEmailMode = 'daily'")
      .andWhere("u.status = 'active'")
      .orderBy('n.createdAt', 'ASC')
      .setLock('pessimistic_write', undefined, ['n'])
      .getMany();
  }

  /** A page of the user's notifications, newest first, with the total and the unread count, in one statement. */
  async page(
    manager: EntityManager,
    userId: string,
    query: { page: number; limit: number; unread?: boolean },
  ): Promise<{ rows: Notification[]; total: number; unread: number }> {
    const qb = manager
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC');
    if (query.unread) qb.andWhere('n.readAt IS NULL');
    const { entities, raw } = await qb
      .clone()
      .addSelect('COUNT(*) OVER ()', 'page_total')
      .addSelect('(SELECT count(*) FROM notifications u WHERE u.user_id = :userId AND u.read_at IS NULL)', 'unread')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit)
      .getRawAndEntities<{ page_total: string; unread: string }>();
    if (raw.length > 0) return { rows: entities, total: Number(raw[0].page_total), unread: Number(raw[0].unread) };
    // A page past the end (or none at all): no row carries the counts.
    const [counts] = (await manager.query(
      `SELECT count(*) FILTER (WHERE $2::boolean IS NOT TRUE OR read_at IS NULL) AS total,
              count(*) FILTER (WHERE read_at IS NULL) AS unread
         FROM notifications WHERE user_id = $1`,
      [userId, query.unread ?? false],
    )) as { total: string; unread: string }[];
    return { rows: [], total: Number(counts.total), unread: Number(counts.unread) };
  }
}
