import { Injectable } from '@nestjs/common';
import {
  meetingProgrammeActions,
  participantMatch,
  type MatchOrganization,
  type MatchProject,
  type MeetingDto,
  type MeetingParticipantDto,
  type MeetingProgrammeDto,
  type OrganizerMeetingDto,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound } from '../../common/errors/app-error';
import { candidateOf } from '../cooperation/matches/cooperation-matches.queries';
import type { Organization } from '../organizations/entities/organization.entity';
import type {
  ListMeetingParticipantsQueryDto,
  ListMeetingRequestsQueryDto,
  ListOrganizerMeetingsQueryDto,
} from './dto/meeting.dto';
import { MeetingOrganizationRefResponse, MeetingResponse } from './dto/meeting-response.dto';
import type { MeetingProgramme } from './entities/meeting-programme.entity';
import { meetingActor, meetingView, organizes } from './meeting-records';
import { MeetingsQueries, type MeetingContext, type MeetingEvent, type ParticipantRow } from './meetings.queries';

/** An event that has B2B meetings: its context with the programme and the event's times. */
export type ProgrammeContext = MeetingContext & {
  programme: MeetingProgramme;
  event: MeetingEvent & { eventStartsAt: Date; eventEndsAt: Date };
};

/** Whether the post is an event with its times. */
export const isEvent = (event: MeetingEvent): event is MeetingEvent & { eventStartsAt: Date; eventEndsAt: Date } =>
  event.kind === 'event' && event.eventStartsAt !== null && event.eventEndsAt !== null;

/** The event's B2B meetings if the reader can see the event and the programme is open (else 404, as if there were none). */
export function withProgramme<C extends MeetingContext>(context: C | null): C & ProgrammeContext {
  if (!context || !isEvent(context.event) || !context.programme) throw notFound('Meetings');
  return context as C & ProgrammeContext;
}

export const hasEnded = (event: { eventEndsAt: Date }) => event.eventEndsAt.getTime() <= Date.now();

/** What each reader reads of an event's meetings: the programme, its participants, requests, one meeting. */
@Injectable()
export class MeetingReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: MeetingsQueries,
  ) {}

  async get(viewer: AuthenticatedUser | null, eventId: string): Promise<MeetingProgrammeDto> {
    return this.programme(this.dataSource.manager, viewer, eventId);
  }

  /**
   * The programme as the reader sees it (anyone who can see the event): the organizer sees the
   * counts; a participant its organization's availability. Two statements.
   */
  async programme(
    manager: EntityManager,
    viewer: AuthenticatedUser | null,
    eventId: string,
  ): Promise<MeetingProgrammeDto> {
    const { event, programme, participating } = withProgramme(await this.queries.context(manager, viewer, eventId));
    const summary = await this.queries.summary(manager, eventId, viewer?.organization.id ?? null);
    const length = programme.meetingMinutes * 60_000;
    return {
      eventId,
      event: {
        titleEn: event.titleEn,
        titleZh: event.titleZh,
        startsAt: event.eventStartsAt.toISOString(),
        endsAt: event.eventEndsAt.toISOString(),
        timeZone: event.eventTimeZone ?? 'UTC',
        place: event.eventPlace,
        organization: MeetingOrganizationRefResponse.from(event.organization as Organization),
      },
      status: programme.status,
      meetingMinutes: programme.meetingMinutes,
      tables: programme.tables,
      sessions: summary.sessions.map((s) => ({
        id: s.id,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        slots: Math.floor((s.endsAt.getTime() - s.startsAt.getTime()) / length),
      })),
      publishedAt: programme.publishedAt?.toISOString() ?? null,
      participants: summary.participants,
      participating,
      myAvailability: participating ? summary.myAvailability : [],
      counts: organizes(viewer, event) ? summary.counts : null,
      actions: viewer
        ? meetingProgrammeActions(
            { status: programme.status, eventOrganizationId: event.organizationId },
            meetingActor(viewer),
          )
        : [],
      version: programme.version,
    };
  }

  /**
   * The event's participants in name order: a participant sees the others with how well each fits
   * its organization and the live meeting between them; the organizer sees every participant. Three
   * statements at most (the event, the page, the figures its matches are scored on).
   */
  async participants(
    viewer: AuthenticatedUser,
    eventId: string,
    query: ListMeetingParticipantsQueryDto,
  ): Promise<Paginated<MeetingParticipantDto>> {
    const { event, programme, participating } = withProgramme(
      await this.queries.context(this.dataSource.manager, viewer, eventId),
    );
    if (!participating && !organizes(viewer, event))
      throw forbidden("Only the event's participants and its organizer see who takes part");
    const reader = participating ? viewer.organization.id : null;
    const figures = await this.queries.participants(eventId, reader, query);
    const requestable =
      participating &&
      programme.status !== 'closed' &&
      !hasEnded(event) &&
      viewer.ability.can('create', 'Meeting') &&
      viewer.organization.status === 'active';
    return {
      items: figures.rows.map((row) => participantOf(row, figures.reader, figures.projects, requestable)),
      total: figures.total,
      page: query.page,
      limit: query.limit,
    };
  }

  /**
   * The event's meetings, newest first: a participant's received or sent, or (the organizer) all of
   * them. Two statements.
   */
  async requests(
    viewer: AuthenticatedUser,
    eventId: string,
    query: ListMeetingRequestsQueryDto,
  ): Promise<Paginated<MeetingDto>> {
    const { event, programme, participating } = withProgramme(
      await this.queries.context(this.dataSource.manager, viewer, eventId),
    );
    const organizer = organizes(viewer, event);
    if (query.box === 'all' && !organizer) throw forbidden("Only the event's organizer reads every meeting");
    if (!participating && !organizer) throw forbidden("Only the event's participants have meeting requests");
    const view = meetingView(programme, viewer, organizer);
    return this.queries.requests(eventId, viewer.organization.id, query, (m) => MeetingResponse.from(m, view));
  }

  /**
   * Every event's meetings, newest first, for who reads them all (the secretariat, which organizes any
   * event's meetings: the route asks the policy for `readAll` on `Meeting`), each with its event. One
   * statement.
   */
  async acrossEvents(
    viewer: AuthenticatedUser,
    query: ListOrganizerMeetingsQueryDto,
  ): Promise<Paginated<OrganizerMeetingDto>> {
    if (!viewer.ability.can('readAll', 'Meeting')) throw forbidden("Only the secretariat reads every event's meetings");
    return this.queries.acrossEvents(query, (m) => {
      const { programme } = m;
      const event = programme.post;
      return {
        ...MeetingResponse.from(m, meetingView(programme, viewer, organizes(viewer, event))),
        event: {
          id: event.id,
          titleEn: event.titleEn,
          titleZh: event.titleZh,
          startsAt: event.eventStartsAt?.toISOString() ?? m.createdAt.toISOString(),
          timeZone: event.eventTimeZone ?? 'UTC',
          programmeStatus: programme.status,
        },
      };
    });
  }

  /** A meeting, for its two organizations and the organizer (404 to anyone else). */
  async meeting(viewer: AuthenticatedUser, id: string): Promise<MeetingDto> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  async view(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<MeetingDto> {
    const meeting = await this.queries.meeting(manager, viewer, id);
    if (!meeting) throw notFound('Meeting');
    const organizer = organizes(viewer, meeting.programme.post);
    return MeetingResponse.from(meeting, meetingView(meeting.programme, viewer, organizer));
  }
}

function participantOf(
  row: ParticipantRow,
  reader: MatchOrganization | null,
  projects: MatchProject[],
  requestable: boolean,
): MeetingParticipantDto {
  const figures = candidateOf(row).figures;
  const match = reader ? participantMatch(reader, figures, projects) : null;
  return {
    organization: { id: row.id, nameEn: row.name_en, nameZh: row.name_zh, type: row.type },
    countries: [...new Set([row.country, ...row.park_countries].filter((c): c is string => Boolean(c)))],
    sectors: row.sectors,
    descriptionEn: row.description_en,
    descriptionZh: row.description_zh,
    match: match ? { score: match.score, reasons: match.reasons } : null,
    meeting:
      row.meeting_id && row.meeting_status
        ? { id: row.meeting_id, status: row.meeting_status, sent: row.meeting_sent === true }
        : null,
    canRequest: requestable && !row.meeting_id,
  };
}
