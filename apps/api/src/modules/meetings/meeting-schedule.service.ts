import { Injectable } from '@nestjs/common';
import {
  checkPlacement,
  greedySchedule,
  meetingSlots,
  scheduleMeetings,
  waitingReasons,
  type MeetingDto,
  type MeetingScheduleDto,
  type ScheduleRunDto,
  type SchedulerInput,
  type SchedulerMeeting,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { Post } from '../posts/entities/post.entity';
import type { PlaceMeetingDto, RunScheduleDto } from './dto/meeting.dto';
import { MeetingResponse } from './dto/meeting-response.dto';
import type { MeetingProgramme } from './entities/meeting-programme.entity';
import type { Meeting } from './entities/meeting.entity';
import { closedProgramme } from './meeting-programmes.service';
import { eventTitles, meetingAuditState, meetingView, organizes, sidesOf, type MeetingView } from './meeting-records';
import { MeetingReadsService, withProgramme } from './meeting-reads.service';
import { MeetingsQueries, type MeetingBoard } from './meetings.queries';

const PROBLEM_FIELD = {
  SLOT_UNKNOWN: 'slotStartsAt',
  TABLE_UNKNOWN: 'table',
  NOT_AVAILABLE: 'slotStartsAt',
  PARTICIPANT_BUSY: 'slotStartsAt',
  TABLE_TAKEN: 'table',
} as const;

const PROBLEM_MESSAGE = {
  SLOT_UNKNOWN: 'There is no such slot in the sessions',
  TABLE_UNKNOWN: 'There is no such table',
  NOT_AVAILABLE: 'Both organizations are not available in that session',
  PARTICIPANT_BUSY: 'One of the two organizations has another meeting in that slot',
  TABLE_TAKEN: 'That table is taken in that slot',
} as const;

/** A meeting as the scheduler sees it; `keep` its place as fixed. */
const schedulerMeeting = (m: Meeting, keep: boolean): SchedulerMeeting => ({
  id: m.id,
  a: m.requesterOrganizationId,
  b: m.requestedOrganizationId,
  fixed: keep && m.slotStartsAt && m.tableNumber ? { slot: m.slotStartsAt.toISOString(), table: m.tableNumber } : null,
});

/** The scheduler's input: the programme's slots, tables, availability and accepted meetings (`keep`: whose place is fixed). */
function schedulerInput(
  programme: Pick<MeetingProgramme, 'meetingMinutes' | 'tables'>,
  board: MeetingBoard,
  accepted: Meeting[],
  keep: (meeting: Meeting) => boolean,
): { input: SchedulerInput; slots: ReturnType<typeof meetingSlots> } {
  const slots = meetingSlots(board.sessions, programme.meetingMinutes);
  const input: SchedulerInput = {
    slots: slots.map((slot) => ({ startsAt: slot.startsAt, sessionId: slot.sessionId })),
    tables: programme.tables,
    availability: board.availability,
    meetings: accepted.map((m) => schedulerMeeting(m, keep(m))),
  };
  return { input, slots };
}

/**
 * The organizer's scheduling of accepted meetings into slots and tables: runs of the scheduler
 * (contracts' `scheduleMeetings`), moves by hand checked by the same rules, and the grid. Each change
 * locks the programme row; once the agendas are published both sides of every meeting that moved
 * are told.
 */
@Injectable()
export class MeetingScheduleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: MeetingsQueries,
    private readonly reads: MeetingReadsService,
  ) {}

  /**
   * Places the accepted meetings: those already placed keep their place unless `replan` (those placed
   * by hand keep theirs always); the rest go where the scheduler puts them, all written at once.
   */
  run(auth: AuthenticatedUser, eventId: string, dto: RunScheduleDto): Promise<ScheduleRunDto> {
    return this.dataSource.transaction(async (manager) => {
      const { event } = withProgramme(await this.queries.context(manager, auth, eventId));
      if (!organizes(auth, event, 'schedule')) throw forbidden("Only the event's organizer schedules its meetings");
      const programme = (await this.queries.lockProgramme(manager, eventId)) as MeetingProgramme;
      if (programme.status === 'closed') throw closedProgramme();
      const { input, accepted, slots } = await this.board(manager, programme, (m) => !dto.replan || m.placedByHand);
      const result = scheduleMeetings(input);
      const greedy = greedySchedule(input);
      const placements = new Map(result.placements.map((p) => [p.meetingId, p]));
      const sessionOf = new Map(slots.map((slot) => [slot.startsAt, slot.sessionId]));
      const changes = accepted
        .map((m) => {
          const to = placements.get(m.id);
          return {
            id: m.id,
            sessionId: to ? sessionOf.get(to.slot)! : null,
            slot: to?.slot ?? null,
            table: to?.table ?? null,
          };
        })
        .filter((c, i) => {
          const m = accepted[i];
          return (m.slotStartsAt?.toISOString() ?? null) !== c.slot || m.tableNumber !== c.table;
        });
      await this.queries.applyPlacements(manager, changes);
      const newlyPlaced = accepted.filter((m) => !m.slotStartsAt && placements.has(m.id)).length;
      await this.audit.record(manager, {
        action: 'meeting_programme.schedule',
        entityType: 'MeetingProgramme',
        entityId: eventId,
        organizationId: event.organizationId,
        after: {
          replan: dto.replan === true,
          placed: result.placements.length,
          newlyPlaced,
          moved: changes.length,
          greedyPlaced: greedy.placements.length,
          unplaced: result.unplaced.length,
        },
      });
      const byId = new Map(accepted.map((m) => [m.id, m]));
      if (programme.publishedAt)
        await this.agendaChanged(
          manager,
          auth,
          event,
          changes.map((c) => byId.get(c.id)!),
        );
      const view = meetingView(programme, auth, true);
      const after = new Map((await this.queries.accepted(manager, eventId)).map((m) => [m.id, m]));
      return {
        placed: result.placements.length,
        newlyPlaced,
        greedyPlaced: greedy.placements.length,
        unplaced: result.unplaced.map((u) => ({
          meeting: MeetingResponse.from(after.get(u.meetingId)!, view),
          reason: u.reason,
        })),
      };
    });
  }

  /**
   * Moves an accepted meeting by hand to a slot and a table (the lowest free one when none is given),
   * checked by the scheduler's rules, or takes it out of its slot (`slotStartsAt` null); a refusal
   * leaves it where it was.
   */
  place(auth: AuthenticatedUser, id: string, dto: PlaceMeetingDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.meeting(manager, auth, id);
      if (!ref) throw notFound('Meeting');
      const event = ref.programme.post;
      if (!organizes(auth, event, 'schedule')) throw forbidden("Only the event's organizer places meetings");
      const programme = (await this.queries.lockProgramme(manager, ref.postId)) as MeetingProgramme;
      const meeting = (await this.queries.lockMeeting(manager, id)) as Meeting;
      if (programme.status === 'closed') throw closedProgramme();
      if (meeting.status !== 'accepted')
        throw unprocessable('MEETING_NOT_ACCEPTED', 'Only an accepted meeting has a place in the schedule');
      const before = meetingAuditState(meeting);
      if (dto.slotStartsAt === null) {
        Object.assign(meeting, { sessionId: null, slotStartsAt: null, tableNumber: null, placedByHand: false });
      } else {
        const slot = new Date(dto.slotStartsAt).toISOString();
        const { input, accepted, slots } = await this.board(manager, programme, () => true);
        const others = accepted
          .filter((m) => m.id !== id && m.slotStartsAt && m.tableNumber)
          .map((m) => ({ ...schedulerMeeting(m, false), slot: m.slotStartsAt!.toISOString(), table: m.tableNumber! }));
        const taken = new Set(others.filter((o) => o.slot === slot).map((o) => o.table));
        const lowestFree = Array.from({ length: programme.tables }, (_, i) => i + 1).find((t) => !taken.has(t));
        const table = dto.table ?? lowestFree ?? 1;
        const problem = checkPlacement(input, others, schedulerMeeting(meeting, false), slot, table);
        if (problem) throw unprocessable(`MEETING_${problem}`, PROBLEM_MESSAGE[problem], PROBLEM_FIELD[problem]);
        const sessionId = slots.find((s) => s.startsAt === slot)!.sessionId;
        Object.assign(meeting, { sessionId, slotStartsAt: new Date(slot), tableNumber: table, placedByHand: true });
      }
      await manager.save(meeting);
      await this.audit.record(manager, {
        action: 'meeting.place',
        entityType: 'Meeting',
        entityId: id,
        organizationId: event.organizationId,
        before,
        after: meetingAuditState(meeting),
      });
      const moved =
        before.slotStartsAt?.getTime() !== meeting.slotStartsAt?.getTime() ||
        before.tableNumber !== meeting.tableNumber;
      if (programme.publishedAt && moved) await this.agendaChanged(manager, auth, event, [meeting]);
      return this.reads.view(manager, auth, id);
    });
  }

  /**
   * The organizer's grid: every slot in time order with its meetings by table, and the accepted
   * meetings without a place with why a run now would leave them out (null: it would place them),
   * weighed against the placements as they stand (contracts' `waitingReasons`), not by a trial run.
   * Two statements: the event with its sessions and availability, the accepted meetings.
   */
  async grid(auth: AuthenticatedUser, eventId: string): Promise<MeetingScheduleDto> {
    const manager = this.dataSource.manager;
    const { event, programme, board } = withProgramme(await this.queries.contextWithBoard(manager, auth, eventId));
    if (!organizes(auth, event, 'schedule')) throw forbidden("Only the event's organizer reads the schedule");
    const accepted = await this.queries.accepted(manager, eventId);
    const { input, slots } = schedulerInput(programme, board, accepted, () => true);
    const view: MeetingView = meetingView(programme, auth, true);
    const reasons = new Map(waitingReasons(input).map((w) => [w.meetingId, w.reason]));
    const bySlot = new Map<string, Meeting[]>();
    for (const m of accepted) {
      if (!m.slotStartsAt) continue;
      const slot = m.slotStartsAt.toISOString();
      if (bySlot.has(slot)) bySlot.get(slot)!.push(m);
      else bySlot.set(slot, [m]);
    }
    return {
      timeZone: event.eventTimeZone ?? 'UTC',
      tables: programme.tables,
      slots: slots.map((slot) => ({
        sessionId: slot.sessionId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        meetings: (bySlot.get(slot.startsAt) ?? [])
          .sort((x, y) => (x.tableNumber ?? 0) - (y.tableNumber ?? 0))
          .map((m) => MeetingResponse.from(m, view)),
      })),
      unplaced: accepted
        .filter((m) => !m.slotStartsAt)
        .map((m) => ({ meeting: MeetingResponse.from(m, view), reason: reasons.get(m.id) ?? null })),
    };
  }

  /** The scheduler's input for the programme as it stands now (`keep`: the accepted meetings whose place is fixed). */
  private async board(
    manager: EntityManager,
    programme: MeetingProgramme,
    keep: (meeting: Meeting) => boolean,
  ): Promise<{ input: SchedulerInput; accepted: Meeting[]; slots: ReturnType<typeof meetingSlots> }> {
    const sessions = await this.queries.sessions(manager, programme.postId);
    const accepted = await this.queries.accepted(manager, programme.postId);
    const availability = await this.queries.availability(manager, programme.postId);
    return { ...schedulerInput(programme, { sessions, availability }, accepted, keep), accepted };
  }

  /** Tells both sides of the meetings that moved that their agendas changed (once the agendas are published). */
  private async agendaChanged(
    manager: EntityManager,
    auth: AuthenticatedUser,
    event: Pick<Post, 'id' | 'titleEn' | 'titleZh'>,
    meetings: Meeting[],
  ): Promise<void> {
    const organizationIds = [...new Set(meetings.flatMap(sidesOf))];
    if (organizationIds.length === 0) return;
    await this.notifications.notifyOrganizations(manager, {
      organizationIds,
      actorUserId: auth.user.id,
      type: 'agenda_changed',
      recordType: 'meeting_programme',
      recordId: event.id,
      ...eventTitles(event),
    });
  }
}
