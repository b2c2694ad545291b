import { Injectable } from '@nestjs/common';
import {
  meetingSlots,
  move,
  MEETING_PROGRAMME_TRANSITIONS,
  type MeetingProgrammeDto,
  type MeetingProgrammeTransition,
} from '@alliance/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import type {
  ConfigureMeetingProgrammeDto,
  MeetingProgrammeStepDto,
  SetMeetingAvailabilityDto,
} from './dto/meeting.dto';
import { MeetingProgramme } from './entities/meeting-programme.entity';
import { MeetingSession } from './entities/meeting-session.entity';
import { eventTitles, organizes } from './meeting-records';
import { hasEnded, isEvent, MeetingReadsService, withProgramme } from './meeting-reads.service';
import { MeetingsQueries } from './meetings.queries';

/** 409 for a programme changed since the reader loaded it. */
export const staleProgramme = (current: number) =>
  new AppError(409, 'CONFLICT', 'Someone changed these meetings since you opened them; reload and try again', [
    { field: 'version', constraint: 'current', message: String(current) },
  ]);

export const closedProgramme = () =>
  unprocessable('MEETINGS_CLOSED', "The event's meetings are closed: nothing more changes");

interface SessionSpan {
  index: number;
  id: string | null;
  startsAt: Date;
  endsAt: Date;
}

const programmeAuditState = (
  programme: MeetingProgramme,
  sessions: { id: string; startsAt: Date; endsAt: Date }[],
) => ({
  status: programme.status,
  meetingMinutes: programme.meetingMinutes,
  tables: programme.tables,
  sessions: sessions.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt })),
});

/**
 * The organizer's side of an event's meetings (its settings and sessions, publication, closing) and
 * each participant's availability. Every change locks the programme row first, checks, changes,
 * audits and tells, in one transaction.
 */
@Injectable()
export class MeetingProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: MeetingsQueries,
    private readonly reads: MeetingReadsService,
  ) {}

  /**
   * Opens the event's meetings, or changes their settings and sessions (with the version last read).
   * A session with an `id` keeps its availability; a change that would leave a scheduled meeting off
   * every slot or table is refused and changes nothing.
   */
  configure(
    auth: AuthenticatedUser,
    eventId: string,
    dto: ConfigureMeetingProgrammeDto,
  ): Promise<{ opened: boolean; programme: MeetingProgrammeDto }> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.queries.context(manager, auth, eventId);
      if (!context) throw notFound('Event');
      const event = context.event;
      if (!organizes(auth, event)) throw forbidden("Only the event's organizer sets up its meetings");
      if (!isEvent(event)) throw unprocessable('MEETINGS_NOT_EVENT', 'Only an event post has B2B meetings');
      // Opening: the event's row queues two organizers opening at once; then the programme's row, as for any change.
      if (!context.programme) await this.queries.lockEvent(manager, eventId);
      const programme = await this.queries.lockProgramme(manager, eventId);
      if (programme?.status === 'closed') throw closedProgramme();
      if (hasEnded(event)) throw unprocessable('MEETINGS_EVENT_ENDED', 'The event has ended');
      // An update names the version it read; none (an opening, when another organizer opened them meanwhile) or another is stale.
      if (programme && dto.version !== programme.version) throw staleProgramme(programme.version);

      const spans = checkSessions(dto, event);
      const existing = programme ? await this.queries.sessions(manager, eventId) : [];
      const known = new Set(existing.map((s) => s.id));
      for (const span of spans)
        if (span.id !== null && !known.has(span.id))
          throw unprocessable(
            'MEETING_SESSION_UNKNOWN',
            'A session to keep is not one of these meetings',
            `sessions.${span.index}.id`,
          );
      if (programme) await this.assertPlacementsKept(manager, eventId, dto, spans);

      const before = programme ? programmeAuditState(programme, existing) : null;
      if (programme)
        await manager.update(
          MeetingProgramme,
          { postId: eventId },
          { meetingMinutes: dto.meetingMinutes, tables: dto.tables, version: () => 'version + 1' },
        );
      else
        await manager.insert(MeetingProgramme, {
          postId: eventId,
          status: 'open',
          meetingMinutes: dto.meetingMinutes,
          tables: dto.tables,
        });
      const sessions = await this.writeSessions(manager, eventId, existing, spans);
      const after = await manager.findOneByOrFail(MeetingProgramme, { postId: eventId });
      await this.audit.record(manager, {
        action: programme ? 'meeting_programme.configure' : 'meeting_programme.open',
        entityType: 'MeetingProgramme',
        entityId: eventId,
        organizationId: event.organizationId,
        before,
        after: programmeAuditState(after, sessions),
      });
      return { opened: !programme, programme: await this.reads.programme(manager, auth, eventId) };
    });
  }

  /** Publishes the agendas (every participating organization's users are told) or closes the meetings. */
  step(
    auth: AuthenticatedUser,
    eventId: string,
    action: Exclude<MeetingProgrammeTransition, 'end'>,
    dto: MeetingProgrammeStepDto,
  ): Promise<MeetingProgrammeDto> {
    return this.dataSource.transaction(async (manager) => {
      const { event } = withProgramme(await this.queries.context(manager, auth, eventId));
      if (!organizes(auth, event, action)) throw forbidden(`Only the event's organizer may ${action} its meetings`);
      const programme = (await this.queries.lockProgramme(manager, eventId)) as MeetingProgramme;
      if (dto.version !== undefined && dto.version !== programme.version) throw staleProgramme(programme.version);
      const from = move(MEETING_PROGRAMME_TRANSITIONS, action, programme);
      if (action === 'publish' && hasEnded(event)) throw unprocessable('MEETINGS_EVENT_ENDED', 'The event has ended');
      const now = new Date();
      await manager.update(
        MeetingProgramme,
        { postId: eventId },
        {
          status: programme.status,
          ...(action === 'publish' ? { publishedAt: now } : { closedAt: now }),
          version: () => 'version + 1',
        },
      );
      await this.audit.record(manager, {
        action: `meeting_programme.${action}`,
        entityType: 'MeetingProgramme',
        entityId: eventId,
        organizationId: event.organizationId,
        before: { status: from },
        after: { status: programme.status },
      });
      if (action === 'publish')
        await this.notifications.notifyOrganizations(manager, {
          organizationIds: await this.queries.participantIds(manager, eventId),
          actorUserId: auth.user.id,
          type: 'agenda_published',
          recordType: 'meeting_programme',
          recordId: eventId,
          ...eventTitles(event),
        });
      return this.reads.programme(manager, auth, eventId);
    });
  }

  /**
   * Sets the sessions the reader's organization is available in (a participant). Taking back a
   * session where it has a scheduled meeting is refused: the meeting is moved or cancelled first.
   */
  setAvailability(
    auth: AuthenticatedUser,
    eventId: string,
    dto: SetMeetingAvailabilityDto,
  ): Promise<MeetingProgrammeDto> {
    return this.dataSource.transaction(async (manager) => {
      const context = withProgramme(await this.queries.context(manager, auth, eventId));
      const programme = (await this.queries.lockProgramme(manager, eventId)) as MeetingProgramme;
      if (programme.status === 'closed') throw closedProgramme();
      const organizationId = auth.organization.id;
      if (!context.participating)
        throw unprocessable(
          'MEETING_NOT_PARTICIPANT',
          'Only organizations registered for the event (a confirmed registration) take part in its meetings',
        );
      const sessions = new Set((await this.queries.sessions(manager, eventId)).map((s) => s.id));
      const unknown = dto.sessionIds.findIndex((id) => !sessions.has(id));
      if (unknown >= 0)
        throw unprocessable(
          'MEETING_SESSION_UNKNOWN',
          'A session is not one of these meetings',
          `sessionIds.${unknown}`,
        );
      const before = (await this.queries.availability(manager, eventId))[organizationId] ?? [];
      const dropped = new Set(before.filter((id) => !dto.sessionIds.includes(id)));
      const inUse = (await this.queries.placed(manager, eventId)).some(
        (m) =>
          m.sessionId !== null &&
          dropped.has(m.sessionId) &&
          (m.requesterOrganizationId === organizationId || m.requestedOrganizationId === organizationId),
      );
      if (inUse)
        throw unprocessable(
          'MEETING_SESSION_IN_USE',
          'Your organization has a scheduled meeting in a session you take back: ask the organizer to move it, or cancel it',
          'sessionIds',
        );
      await this.queries.replaceAvailability(manager, eventId, organizationId, dto.sessionIds);
      await this.audit.record(manager, {
        action: 'meeting_programme.availability',
        entityType: 'MeetingProgramme',
        entityId: eventId,
        organizationId,
        before: { sessionIds: [...before].sort() },
        after: { sessionIds: [...dto.sessionIds].sort() },
      });
      return this.reads.programme(manager, auth, eventId);
    });
  }

  /**
   * Refuses a change of sessions, length or tables after which a scheduled meeting would no longer
   * sit on a slot (of its session, at its start) or at a table.
   */
  private async assertPlacementsKept(
    manager: EntityManager,
    eventId: string,
    dto: ConfigureMeetingProgrammeDto,
    spans: SessionSpan[],
  ): Promise<void> {
    const placed = await this.queries.placed(manager, eventId);
    if (placed.length === 0) return;
    const kept = spans.filter((s): s is SessionSpan & { id: string } => s.id !== null);
    const slots = new Set(meetingSlots(kept, dto.meetingMinutes).map((slot) => `${slot.sessionId}@${slot.startsAt}`));
    const lost = placed.find(
      (m) =>
        !slots.has(`${m.sessionId}@${(m.slotStartsAt as Date).toISOString()}`) ||
        (m.tableNumber as number) > dto.tables,
    );
    if (lost)
      throw unprocessable(
        'MEETING_SESSION_IN_USE',
        'A scheduled meeting would lose its slot or table: move or cancel it first',
        'sessions',
      );
  }

  /** Removes the sessions left out (their availability goes with them), moves those kept, adds the new ones. */
  private async writeSessions(
    manager: EntityManager,
    eventId: string,
    existing: MeetingSession[],
    spans: SessionSpan[],
  ): Promise<MeetingSession[]> {
    const keep = new Set(spans.map((s) => s.id).filter((id): id is string => id !== null));
    const removed = existing.filter((s) => !keep.has(s.id)).map((s) => s.id);
    if (removed.length) await manager.delete(MeetingSession, { id: In(removed) });
    for (const span of spans) {
      if (span.id !== null)
        await manager.update(MeetingSession, { id: span.id }, { startsAt: span.startsAt, endsAt: span.endsAt });
    }
    const added = spans.filter((s) => s.id === null);
    if (added.length)
      await manager.insert(
        MeetingSession,
        added.map((s) => ({ postId: eventId, startsAt: s.startsAt, endsAt: s.endsAt })),
      );
    return this.queries.sessions(manager, eventId);
  }
}

/**
 * The sessions as spans, each at least one meeting long, within the event, none overlapping another
 * (each refusal names the session); a session named twice is malformed.
 */
function checkSessions(
  dto: ConfigureMeetingProgrammeDto,
  event: { eventStartsAt: Date; eventEndsAt: Date },
): SessionSpan[] {
  const spans = dto.sessions.map((s, index) => ({
    index,
    id: s.id ?? null,
    startsAt: new Date(s.startsAt),
    endsAt: new Date(s.endsAt),
  }));
  const seen = new Set<string>();
  for (const span of spans) {
    if (span.id === null) continue;
    if (seen.has(span.id))
      throw new AppError(400, 'VALIDATION_FAILED', 'A session is named twice', [
        { field: `sessions.${span.index}.id`, constraint: 'unique', message: 'Each session once' },
      ]);
    seen.add(span.id);
  }
  for (const span of spans)
    if (span.endsAt.getTime() - span.startsAt.getTime() < dto.meetingMinutes * 60_000)
      throw unprocessable(
        'MEETING_SESSION_TOO_SHORT',
        `A session lasts at least one meeting (${dto.meetingMinutes} minutes)`,
        `sessions.${span.index}.endsAt`,
      );
  for (const span of spans)
    if (span.startsAt < event.eventStartsAt || span.endsAt > event.eventEndsAt)
      throw unprocessable(
        'MEETING_SESSION_OUTSIDE_EVENT',
        'Every session lies within the event',
        `sessions.${span.index}.startsAt`,
      );
  const ordered = [...spans].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < ordered.length; i++)
    if (ordered[i].startsAt < ordered[i - 1].endsAt)
      throw unprocessable(
        'MEETING_SESSIONS_OVERLAP',
        'Sessions must not overlap',
        `sessions.${ordered[i].index}.startsAt`,
      );
  return spans;
}
