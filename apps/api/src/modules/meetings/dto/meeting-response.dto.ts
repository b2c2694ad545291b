import { ApiProperty } from '@nestjs/swagger';
import {
  meetingActions,
  MEETING_ACTIONS,
  MEETING_PROGRAMME_ACTIONS,
  MEETING_PROGRAMME_STATUSES,
  MEETING_STATUSES,
  ORGANIZATION_TYPES,
  SECTORS,
  UNPLACED_REASONS,
  type MatchReason,
  type MeetingAction,
  type MeetingAgendaDto,
  type MeetingDto,
  type MeetingOrganizationRef,
  type MeetingParticipantDto,
  type MeetingPlacementDto,
  type MeetingProgrammeAction,
  type MeetingProgrammeDto,
  type MeetingProgrammeStatus,
  type MeetingScheduleDto,
  type MeetingSessionDto,
  type MeetingEventRef,
  type MeetingStatus,
  type OrganizationType,
  type OrganizerMeetingDto,
  type Paginated,
  type ScheduleRunDto,
  type Sector,
  type UnplacedReason,
} from '@alliance/contracts';
import { MatchReasonResponse } from '../../cooperation/matches/dto/match-response.dto';
import type { Organization } from '../../organizations/entities/organization.entity';
import type { Meeting } from '../entities/meeting.entity';
import type { MeetingView } from '../meeting-records';

const nullableString = { type: String, nullable: true } as const;
const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;
/** When a slot of `minutes` starting at `start` ends. */
export const slotEnd = (start: Date | string, minutes: number): string =>
  new Date(new Date(start).getTime() + minutes * 60_000).toISOString();

export class MeetingOrganizationRefResponse implements MeetingOrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;

  static from(o: Pick<Organization, 'id' | 'nameEn' | 'nameZh' | 'type'>): MeetingOrganizationRef {
    return { id: o.id, nameEn: o.nameEn, nameZh: o.nameZh, type: o.type };
  }
}

export class MeetingSessionResponse implements MeetingSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ description: 'Meetings that fit one after another (the length over the meeting length)' })
  slots: number;
}

export class MeetingEventResponse {
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty(nullableString) place: string | null;
  @ApiProperty({ type: MeetingOrganizationRefResponse, description: 'The organization that posted the event' })
  organization: MeetingOrganizationRef;
}

export class MeetingCountsResponse {
  @ApiProperty() requested: number;
  @ApiProperty({ description: 'Accepted, placed or not' }) accepted: number;
  @ApiProperty({ description: 'Accepted and placed in a slot and at a table' }) scheduled: number;
  @ApiProperty() declined: number;
  @ApiProperty() cancelled: number;
}

export class MeetingProgrammeResponse implements MeetingProgrammeDto {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ type: MeetingEventResponse }) event: MeetingProgrammeDto['event'];
  @ApiProperty({ enum: MEETING_PROGRAMME_STATUSES }) status: MeetingProgrammeStatus;
  @ApiProperty() meetingMinutes: number;
  @ApiProperty() tables: number;
  @ApiProperty({ type: [MeetingSessionResponse], description: 'In time order' }) sessions: MeetingSessionDto[];
  @ApiProperty(nullableString) publishedAt: string | null;
  @ApiProperty({ description: 'Participating organizations (a confirmed registration)' }) participants: number;
  @ApiProperty({ description: "Whether the reader's organization participates" }) participating: boolean;
  @ApiProperty({ type: [String], description: 'The sessions the reader’s organization is available in' })
  myAvailability: string[];
  @ApiProperty({ type: MeetingCountsResponse, nullable: true, description: 'The organizer’s only' })
  counts: MeetingProgrammeDto['counts'];
  @ApiProperty({ enum: MEETING_PROGRAMME_ACTIONS, isArray: true }) actions: MeetingProgrammeAction[];
  @ApiProperty() version: number;
}

export class MeetingPlacementResponse implements MeetingPlacementDto {
  @ApiProperty({ format: 'date-time' }) slotStartsAt: string;
  @ApiProperty({ format: 'date-time' }) slotEndsAt: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() table: number;
}

export class MeetingResponse implements MeetingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ type: MeetingOrganizationRefResponse }) requester: MeetingOrganizationRef;
  @ApiProperty({ type: MeetingOrganizationRefResponse }) requested: MeetingOrganizationRef;
  @ApiProperty(nullableString) requestedByName: string | null;
  @ApiProperty() reason: string;
  @ApiProperty(nullableString) declineReason: string | null;
  @ApiProperty(nullableString) cancelReason: string | null;
  @ApiProperty({ enum: ['requester', 'requested'], nullable: true }) cancelledBy: 'requester' | 'requested' | null;
  @ApiProperty({
    type: MeetingPlacementResponse,
    nullable: true,
    description: 'Once scheduled (participants: once the programme is published)',
  })
  placement: MeetingPlacementDto | null;
  @ApiProperty() createdAt: string;
  @ApiProperty(nullableString) decidedAt: string | null;
  @ApiProperty({ enum: MEETING_ACTIONS, isArray: true }) actions: MeetingAction[];

  /** `requesterOrganization`, `requestedOrganization` (and `requestedBy`, when any) must be loaded. */
  static from(m: Meeting, view: MeetingView): MeetingDto {
    const placed =
      m.slotStartsAt !== null && m.sessionId !== null && m.tableNumber !== null
        ? { slotStartsAt: m.slotStartsAt, sessionId: m.sessionId, table: m.tableNumber }
        : null;
    return {
      id: m.id,
      eventId: m.postId,
      status: m.status,
      requester: MeetingOrganizationRefResponse.from(m.requesterOrganization as Organization),
      requested: MeetingOrganizationRefResponse.from(m.requestedOrganization as Organization),
      requestedByName: m.requestedBy?.displayName ?? null,
      reason: m.reason,
      declineReason: m.declineReason,
      cancelReason: m.cancelReason,
      cancelledBy:
        m.cancelledByOrganizationId === null
          ? null
          : m.cancelledByOrganizationId === m.requesterOrganizationId
            ? 'requester'
            : 'requested',
      placement:
        placed && (view.organizer || view.publishedAt !== null)
          ? {
              slotStartsAt: placed.slotStartsAt.toISOString(),
              slotEndsAt: slotEnd(placed.slotStartsAt, view.meetingMinutes),
              sessionId: placed.sessionId,
              table: placed.table,
            }
          : null,
      createdAt: m.createdAt.toISOString(),
      decidedAt: iso(m.decidedAt),
      actions: meetingActions(
        {
          status: m.status,
          requesterOrganizationId: m.requesterOrganizationId,
          requestedOrganizationId: m.requestedOrganizationId,
          programmeStatus: view.programmeStatus,
        },
        view.actor,
      ),
    };
  }
}

export class MeetingPage implements Paginated<MeetingDto> {
  @ApiProperty({ type: [MeetingResponse] }) items: MeetingDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class MeetingEventRefResponse implements MeetingEventRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ enum: MEETING_PROGRAMME_STATUSES }) programmeStatus: MeetingProgrammeStatus;
}

export class OrganizerMeetingResponse extends MeetingResponse implements OrganizerMeetingDto {
  @ApiProperty({ type: MeetingEventRefResponse }) event: MeetingEventRef;
}

export class OrganizerMeetingPage implements Paginated<OrganizerMeetingDto> {
  @ApiProperty({ type: [OrganizerMeetingResponse] }) items: OrganizerMeetingDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ParticipantMatchResponse {
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [MatchReasonResponse] }) reasons: MatchReason[];
}

export class ParticipantMeetingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ description: "Whether the reader's organization asked for it" }) sent: boolean;
}

export class MeetingParticipantResponse implements MeetingParticipantDto {
  @ApiProperty({ type: MeetingOrganizationRefResponse }) organization: MeetingOrganizationRef;
  @ApiProperty({ type: [String], description: 'Its own country and those of its parks (ISO 3166-1 alpha-2)' })
  countries: string[];
  @ApiProperty({ enum: SECTORS, isArray: true, description: 'Of its parks and published projects' })
  sectors: Sector[];
  @ApiProperty(nullableString) descriptionEn: string | null;
  @ApiProperty(nullableString) descriptionZh: string | null;
  @ApiProperty({
    type: ParticipantMatchResponse,
    nullable: true,
    description: "How well it fits the reader's organization; null for the organizer's view or no fit",
  })
  match: MeetingParticipantDto['match'];
  @ApiProperty({ type: ParticipantMeetingResponse, nullable: true, description: 'The live meeting with it, if any' })
  meeting: MeetingParticipantDto['meeting'];
  @ApiProperty() canRequest: boolean;
}

export class MeetingParticipantPage implements Paginated<MeetingParticipantDto> {
  @ApiProperty({ type: [MeetingParticipantResponse] }) items: MeetingParticipantDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class UnplacedMeetingResponse {
  @ApiProperty({ type: MeetingResponse }) meeting: MeetingDto;
  @ApiProperty({ enum: UNPLACED_REASONS }) reason: UnplacedReason;
}

export class ScheduleRunResponse implements ScheduleRunDto {
  @ApiProperty({ description: 'Accepted meetings with a place after the run' }) placed: number;
  @ApiProperty({ description: 'Placed by this run (the others kept their slot and table)' }) newlyPlaced: number;
  @ApiProperty({ description: 'What a simple greedy pass would have placed in total' }) greedyPlaced: number;
  @ApiProperty({ type: [UnplacedMeetingResponse] }) unplaced: ScheduleRunDto['unplaced'];
}

export class ScheduleSlotResponse {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: [MeetingResponse], description: 'By table' }) meetings: MeetingDto[];
}

export class WaitingMeetingResponse {
  @ApiProperty({ type: MeetingResponse }) meeting: MeetingDto;
  @ApiProperty({
    enum: UNPLACED_REASONS,
    nullable: true,
    description:
      'Why a run now would leave it out; null: a place with both sides and a table free is there now (each weighed alone against the placements)',
  })
  reason: UnplacedReason | null;
}

export class MeetingScheduleResponse implements MeetingScheduleDto {
  @ApiProperty() timeZone: string;
  @ApiProperty() tables: number;
  @ApiProperty({ type: [ScheduleSlotResponse], description: 'Every slot, in time order' })
  slots: MeetingScheduleDto['slots'];
  @ApiProperty({ type: [WaitingMeetingResponse], description: 'Accepted meetings without a place' })
  unplaced: MeetingScheduleDto['unplaced'];
}

export class MeetingAgendaItemResponse {
  @ApiProperty({ format: 'uuid' }) meetingId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() table: number;
  @ApiProperty({ type: MeetingOrganizationRefResponse }) counterpart: MeetingOrganizationRef;
}

export class MeetingAgendaResponse implements MeetingAgendaDto {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ type: MeetingOrganizationRefResponse }) organization: MeetingOrganizationRef;
  @ApiProperty({ description: "The event's time zone, which the web shows the times in" }) timeZone: string;
  @ApiProperty({ description: 'Whether the agendas are published (before, a participant’s is empty)' })
  published: boolean;
  @ApiProperty({ type: [MeetingAgendaItemResponse], description: 'In time order' })
  items: MeetingAgendaDto['items'];
}
