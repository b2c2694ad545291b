import { Injectable } from '@nestjs/common';
import { REGISTRATION_STATUS_LABELS, csvLabel, type Locale, localizedText } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { csvText } from '../../common/csv/csv';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, notFound, unprocessable } from '../../common/errors/app-error';
import { assertCan } from '../../common/policy/scope';
import { NotificationsService } from '../notifications/notifications.service';
import type { EventDetailsInput, EventDetailsResponse, RegistrationResponse } from './dto/post.dto';
import { EventRegistration } from './entities/event-registration.entity';
import { Post } from './entities/post.entity';
import { visiblePosts } from './visible-posts';

/** Event details belong to event posts only, with a real time zone, an end after the start, and a place or link. */
export function applyEventDetails(post: Post, event: EventDetailsInput | null | undefined): void {
  if (post.kind !== 'event') {
    if (event) throw unprocessable('Only an event post has event details', 'event');
    Object.assign(post, {
      eventStartsAt: null,
      eventEndsAt: null,
      eventTimeZone: null,
      eventPlace: null,
      eventOnlineUrl: null,
      eventCapacity: null,
    });
    return;
  }
  if (event === undefined && post.eventStartsAt) return; // an edit that leaves the event as it was
  if (!event) throw unprocessable('An event needs its start, end and time zone', 'event');
  const startsAt = new Date(event.startsAt);
  const endsAt = new Date(event.endsAt);
  if (endsAt <= startsAt) throw unprocessable('The event must end after it starts', 'event.endsAt');
  if (!isTimeZone(event.timeZone)) throw unprocessable('Unknown time zone', 'event.timeZone');
  if (!event.place && !event.onlineUrl) throw unprocessable('Give the place, the online link, or both', 'event.place');
  Object.assign(post, {
    eventStartsAt: startsAt,
    eventEndsAt: endsAt,
    eventTimeZone: event.timeZone,
    eventPlace: event.place ?? null,
    eventOnlineUrl: event.onlineUrl ?? null,
    eventCapacity: event.capacity ?? null,
  });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Registration for event posts. Every registration and cancellation locks the post row, so
 * concurrent ones are counted one after another: exactly `capacity` are ever confirmed.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async details(
    manager: EntityManager,
    post: Post,
    viewer: AuthenticatedUser | null,
  ): Promise<EventDetailsResponse | null> {
    if (post.kind !== 'event' || !post.eventStartsAt || !post.eventEndsAt) return null;
    const [counts] = (await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
         FROM event_registrations WHERE post_id = $1`,
      [post.id],
    )) as { confirmed: number; waitlisted: number }[];
    const mine = viewer
      ? ((await manager.findOne(EventRegistration, {
          where: { postId: post.id, userId: viewer.user.id, status: 'confirmed' },
        })) ??
        (await manager.findOne(EventRegistration, {
          where: { postId: post.id, userId: viewer.user.id, status: 'waitlisted' },
        })))
      : null;
    return {
      startsAt: post.eventStartsAt.toISOString(),
      endsAt: post.eventEndsAt.toISOString(),
      timeZone: post.eventTimeZone ?? 'UTC',
      place: post.eventPlace,
      onlineUrl: post.eventOnlineUrl,
      capacity: post.eventCapacity,
      confirmed: Number(counts?.confirmed ?? 0),
      waitlisted: Number(counts?.waitlisted ?? 0),
      myRegistration: mine ? (mine.status as 'confirmed' | 'waitlisted') : null,
      myWaitlistPosition: mine?.status === 'waitlisted' ? await this.position(manager, mine) : null,
    };
  }

  register(auth: AuthenticatedUser, postId: string): Promise<RegistrationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.lockEvent(manager, auth, postId);
      if (post.eventEndsAt && post.eventEndsAt.getTime() <= Date.now()) throw unprocessable('The event has ended');
      if (await this.live(manager, postId, auth.user.id)) {
        throw new AppError(409, 'CONFLICT', 'You are already registered for this event');
      }
      const confirmed = await manager.countBy(EventRegistration, { postId, status: 'confirmed' });
      const status = post.eventCapacity === null || confirmed < post.eventCapacity ? 'confirmed' : 'waitlisted';
      const registration = await manager.save(
        manager.create(EventRegistration, { postId, userId: auth.user.id, status }),
      );
      await this.audit.record(manager, {
        action: 'event.register',
        entityType: 'Post',
        entityId: postId,
        organizationId: post.organizationId,
        after: { registrationId: registration.id, status },
      });
      return { status, waitlistPosition: status === 'waitlisted' ? await this.position(manager, registration) : null };
    });
  }

  /** Cancels the reader's registration; a freed seat goes to the first on the waitlist, who is told (in the app and by e-mail). */
  cancel(auth: AuthenticatedUser, postId: string): Promise<RegistrationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.lockEvent(manager, auth, postId);
      const registration = await this.live(manager, postId, auth.user.id);
      if (!registration) throw notFound('Registration');
      const was = registration.status;
      registration.status = 'cancelled';
      await manager.save(registration);
      let promoted: string | null = null;
      if (was === 'confirmed') {
        const next = await manager.findOne(EventRegistration, {
          where: { postId, status: 'waitlisted' },
          order: { createdAt: 'ASC', id: 'ASC' },
        });
        if (next) {
          next.status = 'confirmed';
          await manager.save(next);
          promoted = next.userId;
          await this.notifications.notifyUser(manager, next.userId, {
            actorUserId: null,
            type: 'event_confirmed',
            recordType: 'post',
            recordId: postId,
            titleEn: post.titleEn,
            titleZh: post.titleZh,
          });
        }
      }
      await this.audit.record(manager, {
        action: 'event.cancel',
        entityType: 'Post',
        entityId: postId,
        organizationId: post.organizationId,
        before: { registrationId: registration.id, status: was },
        after: { status: 'cancelled', promotedUserId: promoted },
      });
      return { status: 'cancelled', waitlistPosition: null };
    });
  }

  /** The registrations as CSV rows, for the event's organization and the secretariat. */
  async registrationRows(auth: AuthenticatedUser, postId: string, locale: Locale): Promise<unknown[][]> {
    const post = await this.dataSource.getRepository(Post).findOneBy({ id: postId });
    if (!post || post.kind !== 'event') throw notFound('Event');
    assertCan(auth.ability, 'update', 'Post', { organizationId: post.organizationId }, 'Event');
    const rows = (await this.dataSource.query(
      `SELECT u.display_name, u.email, coalesce(o.name_en, o.name_zh) AS organization, r.status, r.created_at
         FROM event_registrations r JOIN users u ON u.id = r.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE r.post_id = $1
        ORDER BY array_position(ARRAY['confirmed','waitlisted','cancelled']::registration_status[], r.status), r.created_at`,
      [postId],
    )) as { display_name: string; email: string; organization: string; status: string; created_at: Date }[];
    return rows.map((r) => [
      csvText(r.display_name),
      csvText(r.email),
      csvText(r.organization),
      csvLabel(REGISTRATION_STATUS_LABELS, r.status, locale),
      new Date(r.created_at).toISOString(),
    ]);
  }

  /** An iCalendar file of the event, for anyone who can see the post. */
  async ics(viewer: AuthenticatedUser | null, postId: string, lang: Locale, appUrl: string): Promise<string> {
    const qb = this.dataSource
      .getRepository(Post)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .where('p.id = :postId', { postId });
    const post = await visiblePosts(qb, viewer).getOne();
    if (!post || post.kind !== 'event' || !post.eventStartsAt || !post.eventEndsAt) throw notFound('Event');
    const title = localizedText(post.titleEn, post.titleZh, lang) ?? '';
    const excerpt = localizedText(post.excerptEn, post.excerptZh, lang) ?? '';
    const stamp = (d: Date) =>
      d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const lines = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Alliance Portal//Events//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      `UID:${post.id}@alliance-portal`,
      `DTSTAMP:${stamp(new Date())}`,
      `DTSTART:${stamp(post.eventStartsAt)}`,
      `DTEND:${stamp(post.eventEndsAt)}`,
      `SUMMARY:${icsText(title)}`,
      `DESCRIPTION:${icsText(excerpt)}`,
      `LOCATION:${icsText([post.eventPlace, post.eventOnlineUrl].filter(Boolean).join(' · '))}`,
      `URL:${appUrl}/posts/${post.id}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    return lines.map(fold).join('\r\n') + '\r\n';
  }

  private async lockEvent(manager: EntityManager, auth: AuthenticatedUser, postId: string): Promise<Post> {
    const qb = manager
      .getRepository(Post)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .where('p.id = :postId', { postId });
    const visible = await visiblePosts(qb, auth).getOne();
    if (!visible || visible.kind !== 'event' || visible.status !== 'published') throw notFound('Event');
    return manager.findOneOrFail(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
  }

  private live(manager: EntityManager, postId: string, userId: string): Promise<EventRegistration | null> {
    return manager
      .getRepository(EventRegistration)
      .createQueryBuilder('r')
      .where('r.postId = :postId AND r.userId = :userId', { postId, userId })
      .andWhere("r.status <> 'cancelled'")
      .getOne();
  }

  private async position(manager: EntityManager, registration: EventRegistration): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM event_registrations w JOIN event_registrations me ON me.id = $1
        WHERE w.post_id = me.post_id AND w.status = 'waitlisted' AND (w.created_at, w.id) <= (me.created_at, me.id)`,
      [registration.id],
    )) as { n: number }[];
    return Number(row?.n ?? 1);
  }
}

/** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
