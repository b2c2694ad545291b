import { Injectable } from '@nestjs/common';
import {
  csvLabel,
  localizedText,
  move,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_TRANSITIONS,
  type Locale,
} from '@alliance/contracts';
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
import { EventsQueries } from './events.queries';
import { PostsQueries } from './posts.queries';

/** Event details belong to event posts only, with a real time zone, an end after the start, and a place or link. */
export function applyEventDetails(post: Post, event: EventDetailsInput | null | undefined): void {
  if (post.kind !== 'event') {
    if (event) throw unprocessable('EVENT_DETAILS_NOT_EVENT', 'Only an event post has event details', 'event');
    Object.assign(post, {
      eventStartsAt: null,
      eventEndsAt: null,
      eventTimeZone: null,
      eventPlace: null,
      eventOnlineUrl: null,
      eventCapacity: null,
      eventReportedAttendees: null,
      eventReportedOrganizations: null,
    });
    return;
  }
  if (event === undefined && post.eventStartsAt) return; // an edit that leaves the event as it was
  if (!event) throw unprocessable('EVENT_DETAILS_REQUIRED', 'An event needs its start, end and time zone', 'event');
  const startsAt = new Date(event.startsAt);
  const endsAt = new Date(event.endsAt);
  if (endsAt <= startsAt)
    throw unprocessable('EVENT_ENDS_BEFORE_START', 'The event must end after it starts', 'event.endsAt');
  if (!isTimeZone(event.timeZone))
    throw unprocessable('EVENT_TIME_ZONE_UNKNOWN', 'Unknown time zone', 'event.timeZone');
  if (!event.place && !event.onlineUrl)
    throw unprocessable('EVENT_PLACE_REQUIRED', 'Give the place, the online link, or both', 'event.place');
  // What took part is known once the event has started; a figure left out keeps the one reported before.
  for (const figure of ['reportedAttendees', 'reportedOrganizations'] as const) {
    if (event[figure] !== undefined && event[figure] !== null && startsAt.getTime() > Date.now())
      throw unprocessable(
        'EVENT_FIGURES_BEFORE_START',
        'The figures of an event are reported once it has started',
        `event.${figure}`,
      );
  }
  Object.assign(post, {
    eventStartsAt: startsAt,
    eventEndsAt: endsAt,
    eventTimeZone: event.timeZone,
    eventPlace: event.place ?? null,
    eventOnlineUrl: event.onlineUrl ?? null,
    eventCapacity: event.capacity ?? null,
    ...(event.reportedAttendees !== undefined ? { eventReportedAttendees: event.reportedAttendees } : {}),
    ...(event.reportedOrganizations !== undefined ? { eventReportedOrganizations: event.reportedOrganizations } : {}),
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
    private readonly queries: EventsQueries,
    private readonly posts: PostsQueries,
  ) {}

  async details(
    manager: EntityManager,
    post: Post,
    viewer: AuthenticatedUser | null,
  ): Promise<EventDetailsResponse | null> {
    if (post.kind !== 'event' || !post.eventStartsAt || !post.eventEndsAt) return null;
    const counts = await this.queries.counts(manager, post.id);
    const mine = viewer ? await this.queries.live(manager, post.id, viewer.user.id) : null;
    return {
      startsAt: post.eventStartsAt.toISOString(),
      endsAt: post.eventEndsAt.toISOString(),
      timeZone: post.eventTimeZone ?? 'UTC',
      place: post.eventPlace,
      onlineUrl: post.eventOnlineUrl,
      capacity: post.eventCapacity,
      reportedAttendees: post.eventReportedAttendees,
      reportedOrganizations: post.eventReportedOrganizations,
      confirmed: counts.confirmed,
      waitlisted: counts.waitlisted,
      myRegistration: mine ? (mine.status as 'confirmed' | 'waitlisted') : null,
      myWaitlistPosition: mine?.status === 'waitlisted' ? await this.queries.position(manager, mine) : null,
    };
  }

  register(auth: AuthenticatedUser, postId: string): Promise<RegistrationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.lockEvent(manager, auth, postId);
      if (post.eventEndsAt && post.eventEndsAt.getTime() <= Date.now())
        throw unprocessable('EVENT_ENDED', 'The event has ended');
      if (await this.queries.live(manager, postId, auth.user.id)) {
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
      return {
        status,
        waitlistPosition: status === 'waitlisted' ? await this.queries.position(manager, registration) : null,
      };
    });
  }

  /** Cancels the reader's registration; a freed seat goes to the first on the waitlist, who is told (in the app and by e-mail). */
  cancel(auth: AuthenticatedUser, postId: string): Promise<RegistrationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.lockEvent(manager, auth, postId);
      const registration = await this.queries.live(manager, postId, auth.user.id);
      if (!registration) throw notFound('Registration');
      const was = move(REGISTRATION_TRANSITIONS, 'cancel', registration);
      await manager.save(registration);
      let promoted: string | null = null;
      if (was === 'confirmed') {
        const next = await this.queries.firstWaitlisted(manager, postId);
        if (next) {
          move(REGISTRATION_TRANSITIONS, 'promote', next);
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
        after: { status: registration.status, promotedUserId: promoted },
      });
      return { status: registration.status, waitlistPosition: null };
    });
  }

  /** The registrations as CSV rows, for the event's organization and the secretariat. */
  async registrationRows(auth: AuthenticatedUser, postId: string, locale: Locale): Promise<unknown[][]> {
    const post = await this.dataSource.getRepository(Post).findOneBy({ id: postId });
    if (!post || post.kind !== 'event') throw notFound('Event');
    assertCan(auth.ability, 'update', 'Post', { organizationId: post.organizationId }, 'Event');
    const rows = await this.queries.registrations(postId);
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
    const post = await this.posts.visibleBare(this.dataSource.manager, viewer, postId);
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
    const visible = await this.posts.visibleBare(manager, auth, postId);
    if (!visible || visible.kind !== 'event' || visible.status !== 'published') throw notFound('Event');
    return manager.findOneOrFail(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
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
