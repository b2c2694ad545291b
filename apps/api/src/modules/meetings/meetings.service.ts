import { Injectable } from '@nestjs/common';
import {
  IllegalTransitionError,
  meetingActions,
  move,
  MEETING_LIMITS,
  MEETING_TRANSITIONS,
  type MeetingAction,
  type MeetingDto,
} from '@alliance/contracts';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { Post } from '../posts/entities/post.entity';
import type { MeetingReasonDto, RequestMeetingDto } from './dto/meeting.dto';
import { Meeting } from './entities/meeting.entity';
import type { MeetingProgramme } from './entities/meeting-programme.entity';
import { closedProgramme } from './meeting-programmes.service';
import {
  eventTitles,
  meetingActor,
  meetingAuditState,
  MEETING_ABILITY,
  MEETING_NOTIFICATIONS,
  meetingSubject,
} from './meeting-records';
import { hasEnded, MeetingReadsService, withProgramme } from './meeting-reads.service';
import { MeetingsQueries } from './meetings.queries';

const UNIQUE_LIVE_PAIR = 'UQ_meetings_live_pair';

const alreadyRequested = () =>
  unprocessable(
    'MEETING_ALREADY_REQUESTED',
    'Your organizations already have a meeting requested or accepted at this event',
    'organizationId',
  );

const notParticipant = () =>
  unprocessable(
    'MEETING_NOT_PARTICIPANT',
    'Only organizations registered for the event (a confirmed registration) take part in its meetings',
  );

/**
 * Meeting requests and their answers. Each step locks the event's programme row and then the
 * meeting, checks who may take it and whether the status allows it, moves it through its table,
 * audits it and tells the other side, in one transaction.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: MeetingsQueries,
    private readonly reads: MeetingReadsService,
  ) {}

  /**
   * A participant asks another participant for a meeting, with a reason: one live meeting per pair
   * of organizations (either way; the unique index decides between two at once), at most
   * `MEETING_LIMITS.maxLivePerOrganization` live requests sent per organization and event.
   */
  request(auth: AuthenticatedUser, eventId: string, dto: RequestMeetingDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (manager) => {
      const { event, participating } = withProgramme(await this.queries.context(manager, auth, eventId));
      const programme = (await this.queries.lockProgramme(manager, eventId)) as MeetingProgramme;
      if (programme.status === 'closed') throw closedProgramme();
      if (hasEnded(event)) throw unprocessable('MEETINGS_EVENT_ENDED', 'The event has ended');
      const organizationId = auth.organization.id;
      if (dto.organizationId === organizationId)
        throw unprocessable('MEETING_OWN_ORGANIZATION', 'Ask another organization for a meeting', 'organizationId');
      if (!participating) throw notParticipant();
      if (!(await this.queries.isParticipant(manager, eventId, dto.organizationId)))
        throw unprocessable(
          'MEETING_COUNTERPART_NOT_PARTICIPANT',
          'That organization does not take part in the event',
          'organizationId',
        );
      if (!dto.reason)
        throw unprocessable('MEETING_REASON_REQUIRED', 'Say briefly why you would like to meet', 'reason');
      if (await this.queries.hasLivePair(manager, eventId, organizationId, dto.organizationId))
        throw alreadyRequested();
      if ((await this.queries.liveSent(manager, eventId, organizationId)) >= MEETING_LIMITS.maxLivePerOrganization)
        throw unprocessable(
          'MEETING_TOO_MANY_REQUESTS',
          `At most ${MEETING_LIMITS.maxLivePerOrganization} requests of your organization wait or stand accepted at one event`,
        );
      const meeting = await manager
        .save(
          manager.create(Meeting, {
            postId: eventId,
            requesterOrganizationId: organizationId,
            requestedOrganizationId: dto.organizationId,
            requestedByUserId: auth.user.id,
            status: 'requested',
            reason: dto.reason,
          }),
        )
        .catch((error: unknown) => {
          // The other side asked at the same moment (both saw no live meeting).
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { constraint?: string }).constraint === UNIQUE_LIVE_PAIR
          )
            throw alreadyRequested();
          throw error;
        });
      await this.audit.record(manager, {
        action: 'meeting.request',
        entityType: 'Meeting',
        entityId: meeting.id,
        organizationId,
        after: meetingAuditState(meeting),
      });
      await this.tell(manager, auth, event, 'request', [dto.organizationId]);
      return this.reads.view(manager, auth, meeting.id);
    });
  }

  /** The requested side accepts; the requester is told. */
  accept(auth: AuthenticatedUser, id: string): Promise<MeetingDto> {
    return this.answer(auth, id, 'accept', () => undefined);
  }

  /** The requested side declines, with an optional reason the requester reads; it is told. */
  decline(auth: AuthenticatedUser, id: string, dto: MeetingReasonDto): Promise<MeetingDto> {
    return this.answer(auth, id, 'decline', (meeting) => {
      meeting.declineReason = dto.reason ?? null;
    });
  }

  /** The requester takes its request back before an answer; the requested side is told. */
  withdraw(auth: AuthenticatedUser, id: string): Promise<MeetingDto> {
    return this.answer(auth, id, 'withdraw', () => undefined);
  }

  /** Either side cancels an accepted meeting, with an optional reason: its slot and table are freed, the other side is told. */
  cancel(auth: AuthenticatedUser, id: string, dto: MeetingReasonDto): Promise<MeetingDto> {
    return this.answer(auth, id, 'cancel', (meeting) => {
      meeting.cancelReason = dto.reason ?? null;
      meeting.cancelledByOrganizationId = auth.organization.id;
      Object.assign(meeting, { sessionId: null, slotStartsAt: null, tableNumber: null, placedByHand: false });
    });
  }

  /**
   * One step on a meeting: finds it (404 to anyone but its two organizations and the organizer),
   * refuses a side that may not take this step (403), locks the programme then the meeting, refuses a
   * closed programme (422) and a step the status does not allow (409 naming what is), applies it,
   * audits it and tells the other side.
   */
  private answer(
    auth: AuthenticatedUser,
    id: string,
    action: MeetingAction,
    apply: (meeting: Meeting) => void,
  ): Promise<MeetingDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.meeting(manager, auth, id);
      if (!ref) throw notFound('Meeting');
      if (!auth.ability.can(MEETING_ABILITY[action], meetingSubject(ref)))
        throw forbidden(
          action === 'withdraw'
            ? 'Only the organization that asked for the meeting withdraws its request'
            : action === 'cancel'
              ? 'Only the two organizations of a meeting cancel it'
              : 'Only the organization asked for the meeting answers it',
        );
      const programme = (await this.queries.lockProgramme(manager, ref.postId)) as MeetingProgramme;
      const meeting = (await this.queries.lockMeeting(manager, id)) as Meeting;
      if (programme.status === 'closed') throw closedProgramme();
      const before = meetingAuditState(meeting);
      const allowed = meetingActions(
        {
          status: meeting.status,
          requesterOrganizationId: meeting.requesterOrganizationId,
          requestedOrganizationId: meeting.requestedOrganizationId,
          programmeStatus: programme.status,
        },
        meetingActor(auth),
      );
      if (!allowed.includes(action)) throw new IllegalTransitionError(action, meeting.status, allowed);
      move(MEETING_TRANSITIONS, action, meeting, allowed);
      meeting.decidedAt = new Date();
      meeting.decidedByUserId = auth.user.id;
      apply(meeting);
      await manager.save(meeting);
      await this.audit.record(manager, {
        action: `meeting.${action}`,
        entityType: 'Meeting',
        entityId: id,
        organizationId: auth.organization.id,
        before,
        after: meetingAuditState(meeting),
      });
      const otherSide =
        meeting.requesterOrganizationId === auth.organization.id
          ? meeting.requestedOrganizationId
          : meeting.requesterOrganizationId;
      await this.tell(manager, auth, ref.programme.post, action, [otherSide]);
      return this.reads.view(manager, auth, id);
    });
  }

  /** Tells the other side's users of a step, naming the event and the organization that took it. */
  private async tell(
    manager: EntityManager,
    auth: AuthenticatedUser,
    event: Pick<Post, 'id' | 'titleEn' | 'titleZh'>,
    step: keyof typeof MEETING_NOTIFICATIONS,
    organizationIds: string[],
  ): Promise<void> {
    await this.notifications.notifyOrganizations(manager, {
      organizationIds,
      actorUserId: auth.user.id,
      type: MEETING_NOTIFICATIONS[step],
      recordType: 'meeting_programme',
      recordId: event.id,
      ...eventTitles(event),
      fromEn: auth.organization.nameEn,
      fromZh: auth.organization.nameZh,
    });
  }
}
