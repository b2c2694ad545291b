import type { OrganizationType } from './enums';
import { canMove, type Machine } from './machine';
import type { Sector } from './sectors';
import {
  MATCH_MIN_SCORE,
  MATCH_WEIGHTS,
  scoreMatch,
  type MatchOrganization,
  type MatchProject,
  type MatchReason,
  type MatchScore,
} from './cooperation-matches';

/**
 * B2B meetings at promotion conferences (the investment cooperation platform): an event's organizer
 * opens one-to-one meetings with a meeting length, sessions and tables; participating organizations
 * (those with a confirmed registration) mark the sessions they are available in and request
 * meetings of each other; the organizer schedules the accepted ones into slots and tables
 * (`meeting-scheduler.ts`) and publishes the agendas.
 */

export const MEETING_PROGRAMME_STATUSES = ['open', 'published', 'closed'] as const;
export type MeetingProgrammeStatus = (typeof MEETING_PROGRAMME_STATUSES)[number];

/**
 * A programme's life: while `open` participants set availability and request meetings and the
 * organizer schedules them out of sight; `publish` shows every participant its agenda (requests go on,
 * and any later change to a published meeting is told to both sides); `close` ends it (nothing more
 * changes; an event that has ended is closed by the job runner).
 */
export const MEETING_PROGRAMME_TRANSITIONS = {
  publish: { from: ['open'], to: 'published' },
  close: { from: ['open', 'published'], to: 'closed' },
  end: { from: ['open', 'published'], to: 'closed', system: true },
} as const satisfies Machine<MeetingProgrammeStatus>;
export type MeetingProgrammeTransition = keyof typeof MEETING_PROGRAMME_TRANSITIONS;

export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'withdrawn', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * A meeting request: the requested organization accepts or declines it; the requester withdraws it
 * before an answer; either side cancels an accepted meeting (freeing its slot and table, the other
 * side is told). Placement in a slot and a table is not a status: an accepted meeting is scheduled
 * or waiting to be.
 */
export const MEETING_TRANSITIONS = {
  accept: { from: ['requested'], to: 'accepted' },
  decline: { from: ['requested'], to: 'declined' },
  withdraw: { from: ['requested'], to: 'withdrawn' },
  cancel: { from: ['accepted'], to: 'cancelled' },
} as const satisfies Machine<MeetingStatus>;
export type MeetingTransition = keyof typeof MEETING_TRANSITIONS;

/** What a participant does on a meeting (one POST each). */
export const MEETING_ACTIONS = ['accept', 'decline', 'withdraw', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** What the organizer does on the programme. `configure` is the PUT of its settings and sessions; `schedule` runs the scheduler and moves meetings by hand. */
export const MEETING_PROGRAMME_ACTIONS = ['configure', 'schedule', 'publish', 'close'] as const;
export type MeetingProgrammeAction = (typeof MEETING_PROGRAMME_ACTIONS)[number];

export const MEETING_LIMITS = {
  /** Meeting length, minutes. */
  minMinutes: 10,
  maxMinutes: 120,
  maxTables: 200,
  maxSessions: 20,
  /** Longest session, hours. */
  maxSessionHours: 12,
  reasonLength: 500,
  /** Requests one organization may have live (requested or accepted) at one event. */
  maxLivePerOrganization: 40,
} as const;

/** The organizer of an event's meetings: the secretariat, or the organization that posted the event. */
export function isMeetingOrganizer(
  actor: { organizationId: string; organizationType: OrganizationType },
  event: { organizationId: string },
): boolean {
  return actor.organizationType === 'secretariat' || actor.organizationId === event.organizationId;
}

export interface MeetingActor {
  organizationId: string;
  organizationType: OrganizationType;
  organizationActive: boolean;
}

/** The organizer's actions on the programme now (the web offers exactly these). */
export function meetingProgrammeActions(
  programme: { status: MeetingProgrammeStatus; eventOrganizationId: string },
  actor: MeetingActor,
): MeetingProgrammeAction[] {
  const organizer =
    actor.organizationActive && isMeetingOrganizer(actor, { organizationId: programme.eventOrganizationId });
  if (!organizer) return [];
  return MEETING_PROGRAMME_ACTIONS.filter((action) => {
    switch (action) {
      case 'configure':
      case 'schedule':
        return programme.status !== 'closed';
      case 'publish':
      case 'close':
        return canMove(MEETING_PROGRAMME_TRANSITIONS, action, programme.status);
    }
  });
}

/** A meeting as its rules see it. */
export interface MeetingState {
  status: MeetingStatus;
  requesterOrganizationId: string;
  requestedOrganizationId: string;
  programmeStatus: MeetingProgrammeStatus;
}

/** The reader's actions on a meeting now: the requested side answers, the requester withdraws, either side cancels. */
export function meetingActions(meeting: MeetingState, actor: MeetingActor): MeetingAction[] {
  if (!actor.organizationActive || meeting.programmeStatus === 'closed') return [];
  const requester = meeting.requesterOrganizationId === actor.organizationId;
  const requested = meeting.requestedOrganizationId === actor.organizationId;
  return MEETING_ACTIONS.filter((action) => {
    switch (action) {
      case 'accept':
      case 'decline':
        return requested && canMove(MEETING_TRANSITIONS, action, meeting.status);
      case 'withdraw':
        return requester && canMove(MEETING_TRANSITIONS, action, meeting.status);
      case 'cancel':
        return (requester || requested) && canMove(MEETING_TRANSITIONS, action, meeting.status);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Response and request types

export interface MeetingOrganizationRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  type: OrganizationType;
}

export interface MeetingSessionDto {
  id: string;
  startsAt: string;
  endsAt: string;
  /** How many meetings fit one after another (the session's length over the meeting length). */
  slots: number;
}

/** An event's B2B meetings, as the reader sees them. */
export interface MeetingProgrammeDto {
  eventId: string;
  event: {
    titleEn: string | null;
    titleZh: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    place: string | null;
    organization: MeetingOrganizationRef;
  };
  status: MeetingProgrammeStatus;
  meetingMinutes: number;
  tables: number;
  sessions: MeetingSessionDto[];
  publishedAt: string | null;
  /** Participating organizations (a confirmed registration). */
  participants: number;
  /** Whether the reader's organization participates (only participants request and are requested). */
  participating: boolean;
  /** The sessions the reader's organization is available in (empty when not participating). */
  myAvailability: string[];
  /** For the organizer: meetings by status, and accepted ones waiting for a slot. Null for others. */
  counts: { requested: number; accepted: number; scheduled: number; declined: number; cancelled: number } | null;
  actions: MeetingProgrammeAction[];
  version: number;
}

/** A participating organization, as another participant (or the organizer) sees it. */
export interface MeetingParticipantDto {
  organization: MeetingOrganizationRef;
  countries: string[];
  sectors: Sector[];
  descriptionEn: string | null;
  descriptionZh: string | null;
  /** How well it matches the reader's organization (0–100) and why; null for the organizer's own view or no overlap. */
  match: { score: number; reasons: MatchReason[] } | null;
  /** The live meeting between the reader's organization and this one, if any. */
  meeting: { id: string; status: MeetingStatus; sent: boolean } | null;
  /** Whether the reader may request a meeting of it now. */
  canRequest: boolean;
}

export interface MeetingPlacementDto {
  slotStartsAt: string;
  slotEndsAt: string;
  sessionId: string;
  table: number;
}

export interface MeetingDto {
  id: string;
  eventId: string;
  status: MeetingStatus;
  requester: MeetingOrganizationRef;
  requested: MeetingOrganizationRef;
  requestedByName: string | null;
  reason: string;
  declineReason: string | null;
  cancelReason: string | null;
  /** Which side cancelled (null unless cancelled). */
  cancelledBy: 'requester' | 'requested' | null;
  /** Set once scheduled (and, for participants, once the programme is published). */
  placement: MeetingPlacementDto | null;
  createdAt: string;
  decidedAt: string | null;
  actions: MeetingAction[];
}

/** The event a meeting is at, as the organizer's list across events names it. */
export interface MeetingEventRef {
  id: string;
  titleEn: string | null;
  titleZh: string | null;
  startsAt: string;
  timeZone: string;
  programmeStatus: MeetingProgrammeStatus;
}

/** A meeting in the organizer's list across events (`GET /api/meetings/requests`): with its event. */
export interface OrganizerMeetingDto extends MeetingDto {
  event: MeetingEventRef;
}

/** The filters of the organizer's list across events, as the API and the page's address read them. */
export interface OrganizerMeetingsQuery {
  status?: MeetingStatus;
  /** true: placed in a slot and at a table; false: not (yet). */
  scheduled?: boolean;
  page?: number;
  limit?: number;
}

/** Why the scheduler could not place an accepted meeting. */
export const UNPLACED_REASONS = ['NO_SHARED_SESSION', 'PARTICIPANT_BUSY', 'NO_TABLE_FREE'] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

/** What a run of the scheduler did (the organizer's view). */
export interface ScheduleRunDto {
  placed: number;
  /** Meetings placed by this run (those already placed kept their slot and table). */
  newlyPlaced: number;
  /** What a simple greedy pass would have placed in total, for comparison. */
  greedyPlaced: number;
  unplaced: { meeting: MeetingDto; reason: UnplacedReason }[];
}

/** The organizer's grid: every slot with its meetings by table, and accepted meetings without a place. */
export interface MeetingScheduleDto {
  timeZone: string;
  tables: number;
  slots: { sessionId: string; startsAt: string; endsAt: string; meetings: MeetingDto[] }[];
  /**
   * Accepted meetings without a place, with why a run of the scheduler now would leave them out;
   * null: waiting for a run (a place with both sides and a table free is there now). Each is weighed
   * alone against the placements (`waitingReasons`): two waiting for the same last place both read null.
   */
  unplaced: { meeting: MeetingDto; reason: UnplacedReason | null }[];
}

/** One organization's agenda: its scheduled meetings in time order, in the event's time zone. */
export interface MeetingAgendaDto {
  eventId: string;
  organization: MeetingOrganizationRef;
  timeZone: string;
  published: boolean;
  items: {
    meetingId: string;
    startsAt: string;
    endsAt: string;
    table: number;
    counterpart: MeetingOrganizationRef;
  }[];
}

export interface MeetingProgrammeRequest {
  meetingMinutes: number;
  tables: number;
  /** Sessions in any order; an `id` keeps an existing session (and its availability and meetings). */
  sessions: { id?: string; startsAt: string; endsAt: string }[];
  /** Required when updating (omitted when opening). */
  version?: number;
}

export interface MeetingAvailabilityRequest {
  sessionIds: string[];
}

export interface MeetingRequestRequest {
  organizationId: string;
  reason: string;
}

export interface MeetingReasonRequest {
  reason?: string | null;
}

export interface MeetingPlacementRequest {
  /** Null takes the meeting out of its slot. */
  slotStartsAt: string | null;
  table?: number | null;
}

export interface ScheduleRunRequest {
  /** Also move meetings already placed (by default they keep their slot and table). */
  replan?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Whom to meet: a participant's fit with the reader's organization

/**
 * How well `other` fits `reader` as someone to meet: the best fit of either side's open projects with
 * the other organization (`scoreMatch`), or, when neither has a project that fits, their shared
 * sectors and host countries. Null below `MATCH_MIN_SCORE`: no reason to suggest the meeting.
 */
export function participantMatch(
  reader: MatchOrganization,
  other: MatchOrganization,
  projects: MatchProject[],
  now: Date = new Date(),
): MatchScore | null {
  let best: MatchScore = { score: 0, reasons: [] };
  for (const project of projects) {
    const counterpart =
      project.organizationId === other.id ? reader : project.organizationId === reader.id ? other : null;
    if (!counterpart) continue;
    const fit = scoreMatch(project, counterpart, now);
    if (fit.score > best.score) best = fit;
  }
  if (best.score < MATCH_MIN_SCORE) {
    const reasons: MatchReason[] = [];
    let score = 0;
    const sectors = other.sectors.filter((sector) => reader.sectors.includes(sector));
    if (sectors.length > 0) {
      score += (MATCH_WEIGHTS.sector * sectors.length) / Math.max(reader.sectors.length, 1);
      reasons.push({ code: 'same_sector', sectors });
    }
    const country = other.parkCountries.find((code) => reader.parkCountries.includes(code));
    if (country) {
      score += MATCH_WEIGHTS.country;
      reasons.push({ code: 'park_in_country', country });
    }
    if (Math.round(score) > best.score) best = { score: Math.round(score), reasons };
  }
  return best.score >= MATCH_MIN_SCORE ? best : null;
}
