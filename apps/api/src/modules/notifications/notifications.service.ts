import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  notificationLink,
  type Locale,
  type NotificationRecordType,
  type NotificationType,
  localizedText,
} from '@alliance/contracts';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { notFound, unprocessable } from '../../common/errors/app-error';
import { dailyAt } from '../jobs/job-schedule';
import { JobRunner } from '../jobs/job-runner.service';
import { MailService } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { Organization } from '../organizations/entities/organization.entity';
import type { Post } from '../posts/entities/post.entity';
import { User } from '../users/entities/user.entity';
import {
  type FollowsRequest,
  type FollowsResponse,
  type ListNotificationsQueryDto,
  type NotificationPageResponse,
  NotificationResponse,
  type NotificationSettingsResponse,
} from './dto/notification.dto';
import { Follow, type FollowTopic } from './entities/follow.entity';
import { Notification } from './entities/notification.entity';
import { NotificationsQueries, type Recipient } from './notifications.queries';

/** A step on a shared record that the organizations taking part should hear about. */
export interface OrganizationStep {
  organizationIds: string[];
  /** Who acted (not told about their own step); null for the system. */
  actorUserId: string | null;
  /** Only the organizations' admins (an offer waiting for release). */
  adminsOnly?: boolean;
  type: NotificationType;
  recordType: NotificationRecordType;
  recordId: string;
  titleEn: string | null;
  titleZh: string | null;
  /** The organization whose step it was, named to the reader (an institution's offer to the requester). */
  fromEn?: string | null;
  fromZh?: string | null;
}

/** Everything a user follows, grouped by topic, in the order they were added. */
async function followsOf(manager: EntityManager, userId: string): Promise<FollowsResponse> {
  const rows = await manager.find(Follow, { where: { userId }, order: { createdAt: 'ASC' } });
  const of = (topic: FollowTopic) => rows.filter((f) => f.topic === topic).map((f) => f.value);
  return {
    countries: of('country'),
    sectors: of('sector') as FollowsResponse['sectors'],
    kinds: of('kind') as FollowsResponse['kinds'],
    organizationIds: of('organization'),
    policyTopics: of('policy_topic') as FollowsResponse['policyTopics'],
  };
}

const title = (locale: Locale, n: { titleEn: string | null; titleZh: string | null }) =>
  localizedText(n.titleEn, n.titleZh, locale) ?? '';
const fromName = (locale: Locale, n: { fromEn?: string | null; fromZh?: string | null }) =>
  localizedText(n.fromEn, n.fromZh, locale);

/** Follows, in-app notifications and their e-mail (at once, a daily digest, or none), for every platform. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: NotificationsQueries,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.digestAt) {
      this.jobs.register({
        name: 'notifications.daily-digest',
        schedule: { cron: dailyAt(this.config.digestAt), timeZone: this.config.timeZone },
        leaseMs: 30 * 60_000,
        run: (signal) => this.sendDailyDigests(signal),
      });
    }
  }

  follows(auth: AuthenticatedUser, manager: EntityManager = this.dataSource.manager): Promise<FollowsResponse> {
    return followsOf(manager, auth.user.id);
  }

  async setFollows(auth: AuthenticatedUser, dto: FollowsRequest): Promise<FollowsResponse> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.organizationIds.length) {
        const known = await manager.countBy(Organization, { id: In(dto.organizationIds) });
        if (known !== dto.organizationIds.length)
          throw unprocessable(
            'FOLLOWED_ORGANIZATION_UNKNOWN',
            'An organization to follow does not exist',
            'organizationIds',
          );
      }
      const before = await followsOf(manager, auth.user.id);
      await manager.delete(Follow, { userId: auth.user.id });
      const rows = [
        ...dto.countries.map((value) => ({ topic: 'country' as const, value })),
        ...dto.sectors.map((value) => ({ topic: 'sector' as const, value })),
        ...dto.kinds.map((value) => ({ topic: 'kind' as const, value })),
        ...dto.organizationIds.map((value) => ({ topic: 'organization' as const, value })),
        ...(dto.policyTopics ?? before.policyTopics).map((value) => ({ topic: 'policy_topic' as const, value })),
      ].map((r) => ({ ...r, userId: auth.user.id }));
      if (rows.length) await manager.insert(Follow, rows);
      await this.audit.record(manager, {
        action: 'user.follows',
        entityType: 'User',
        entityId: auth.user.id,
        organizationId: auth.organization.id,
        before,
        after: dto,
      });
      return followsOf(manager, auth.user.id);
    });
  }

  async settings(auth: AuthenticatedUser): Promise<NotificationSettingsResponse> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: auth.user.id });
    return { emailMode: user.notificationEmailMode };
  }

  async setSettings(auth: AuthenticatedUser, dto: NotificationSettingsResponse): Promise<NotificationSettingsResponse> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: auth.user.id });
      await manager.update(User, { id: user.id }, { notificationEmailMode: dto.emailMode });
      await this.audit.record(manager, {
        action: 'user.notification_settings',
        entityType: 'User',
        entityId: user.id,
        organizationId: user.organizationId,
        before: { emailMode: user.notificationEmailMode },
        after: { emailMode: dto.emailMode },
      });
    });
    return { emailMode: dto.emailMode };
  }

  async list(auth: AuthenticatedUser, query: ListNotificationsQueryDto): Promise<NotificationPageResponse> {
    const { rows, total, unread } = await this.queries.page(this.dataSource.manager, auth.user.id, query);
    return { items: rows.map(NotificationResponse.from), total, page: query.page, limit: query.limit, unread };
  }

  async markRead(auth: AuthenticatedUser, id: string): Promise<NotificationResponse> {
    const repo = this.dataSource.getRepository(Notification);
    const notification = await repo.findOneBy({ id, userId: auth.user.id });
    if (!notification) throw notFound('Notification');
    if (!notification.readAt) {
      notification.readAt = new Date();
      await repo.save(notification);
    }
    return NotificationResponse.from(notification);
  }

  async markAllRead(auth: AuthenticatedUser): Promise<{ updated: number }> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ userId: auth.user.id, readAt: IsNull() }, { readAt: new Date() });
    return { updated: result.affected ?? 0 };
  }

  /**
   * Tells the followers of anything a newly published post matches, in the publishing
   * transaction: never its author, and only active users of active member organizations,
   * which are exactly those who can read a public or members-only post.
   */
  async postPublished(manager: EntityManager, post: Post): Promise<number> {
    const followers = await this.queries.followersOf(manager, post);
    if (followers.length === 0) return 0;
    const now = new Date();
    await manager.insert(
      Notification,
      followers.map((u) => ({
        userId: u.id,
        type: 'post_published' as const,
        recordType: 'post' as const,
        recordId: post.id,
        titleEn: post.titleEn,
        titleZh: post.titleZh,
        emailedAt: u.notification_email_mode === 'immediately' ? now : null,
      })),
    );
    await this.mail.enqueueAll(
      manager,
      followers
        .filter((f) => f.notification_email_mode === 'immediately')
        .map((u) => ({
          to: u.email,
          template: 'post_published',
          content: mailTemplates.postPublished(u.locale, {
            name: u.display_name,
            title: title(u.locale, post),
            link: `${this.config.appUrl}/posts/${post.id}`,
          }),
        })),
    );
    return followers.length;
  }

  /** Tells the followers of a brief's countries and policy topics that it is published (once: its first publication). */
  async briefPublished(
    manager: EntityManager,
    brief: { id: string; countries: string[]; topics: string[]; titleEn: string | null; titleZh: string | null },
    actorUserId: string,
  ): Promise<number> {
    const users = await this.queries.briefFollowersOf(manager, brief, actorUserId);
    return this.deliver(manager, users, {
      actorUserId,
      type: 'brief_published',
      recordType: 'policy_brief',
      recordId: brief.id,
      titleEn: brief.titleEn,
      titleZh: brief.titleZh,
    });
  }

  /** Tells the followers of a country about a step on it (a rating published), but the one who acted and those left out. */
  async countryFollowers(
    manager: EntityManager,
    country: string,
    excludedUserIds: string[],
    step: Omit<OrganizationStep, 'organizationIds' | 'adminsOnly'>,
  ): Promise<number> {
    const users = await this.queries.countryFollowersOf(manager, country, [step.actorUserId, ...excludedUserIds]);
    return this.deliver(manager, users, step);
  }

  /**
   * Tells the active users of some organizations about a step on a record they take part in
   * (a financing request or review), in the caller's transaction; never the person who acted.
   */
  async notifyOrganizations(manager: EntityManager, step: OrganizationStep): Promise<number> {
    if (step.organizationIds.length === 0) return 0;
    const users = await this.queries.usersOf(manager, step.organizationIds, step.actorUserId, step.adminsOnly ?? false);
    return this.deliver(manager, users, step);
  }

  /** Tells one user about a step that concerns them alone (moved up from an event's waitlist), if the account is active. */
  async notifyUser(
    manager: EntityManager,
    userId: string,
    step: Omit<OrganizationStep, 'organizationIds' | 'adminsOnly'>,
  ): Promise<number> {
    const users = await this.queries.activeUser(manager, userId, step.actorUserId);
    return this.deliver(manager, users, step);
  }

  /**
   * Tells users a platform chose itself (a risk alert's recipients), each once; an `urgent` one on the
   * daily digest is e-mailed at once too (never one who turned e-mail off).
   */
  notifyRecipients(
    manager: EntityManager,
    users: (Recipient & { urgent?: boolean })[],
    step: Omit<OrganizationStep, 'organizationIds' | 'adminsOnly'>,
  ): Promise<number> {
    return this.deliver(manager, users, step);
  }

  /** In the app for each user, and by e-mail at once to those who want it so (the others get the digest, or nothing). */
  private async deliver(
    manager: EntityManager,
    users: (Recipient & { urgent?: boolean })[],
    step: Omit<OrganizationStep, 'organizationIds' | 'adminsOnly'>,
  ): Promise<number> {
    if (users.length === 0) return 0;
    const now = new Date();
    const atOnce = (u: Recipient & { urgent?: boolean }) =>
      u.notification_email_mode === 'immediately' || (u.urgent === true && u.notification_email_mode === 'daily');
    await manager.insert(
      Notification,
      users.map((u) => ({
        userId: u.id,
        type: step.type,
        recordType: step.recordType,
        recordId: step.recordId,
        titleEn: step.titleEn,
        titleZh: step.titleZh,
        fromEn: step.fromEn ?? null,
        fromZh: step.fromZh ?? null,
        emailedAt: atOnce(u) ? now : null,
      })),
    );
    const link = `${this.config.appUrl}${notificationLink(step.recordType, step.recordId)}`;
    await this.mail.enqueueAll(
      manager,
      users.filter(atOnce).map((u) => ({
        to: u.email,
        template: step.type,
        content: mailTemplates.recordStep(u.locale, {
          name: u.display_name,
          type: step.type,
          title: title(u.locale, step),
          from: fromName(u.locale, step),
          link,
        }),
      })),
    );
    return users.length;
  }

  /** One e-mail per user on the daily digest with what is waiting (a job, and tests); `signal` abandons the pass (rolled back, sent at the next run). */
  async sendDailyDigests(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const waiting = await this.queries.waitingForDigest(manager);
      const byUser = new Map<string, Notification[]>();
      for (const n of waiting) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
      for (const items of byUser.values()) {
        signal?.throwIfAborted();
        const user = items[0].user as User;
        await this.mail.enqueue(
          manager,
          user.email,
          'daily_digest',
          mailTemplates.dailyDigest(user.locale, {
            name: user.displayName,
            items: items.map((n) => ({
              title: title(user.locale, n),
              from: fromName(user.locale, n),
              link: `${this.config.appUrl}${notificationLink(n.recordType, n.recordId)}`,
              post: n.recordType === 'post',
            })),
          }),
        );
      }
      if (waiting.length)
        await manager.update(Notification, { id: In(waiting.map((n) => n.id)) }, { emailedAt: new Date() });
      return byUser.size;
    });
  }
}
