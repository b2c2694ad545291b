import { subject } from '@casl/ability';
import type {
  MeetingAction,
  MeetingActor,
  MeetingProgrammeAction,
  MeetingProgrammeStatus,
  NotificationType,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { Post } from '../posts/entities/post.entity';
import type { MeetingProgramme } from './entities/meeting-programme.entity';
import type { Meeting } from './entities/meeting.entity';

/** The signed-in user as the meeting rules of contracts see them. */
export function meetingActor(auth: AuthenticatedUser): MeetingActor {
  return {
    organizationId: auth.organization.id,
    organizationType: auth.principal.organizationType,
    organizationActive: auth.organization.status === 'active',
  };
}

/**
 * Whether `auth` organizes the event's meetings and may take `action` on its programme: the
 * secretariat, or the organization that posted the event (the policy's `MeetingProgramme` rules).
 */
export function organizes(
  auth: AuthenticatedUser | null,
  event: Pick<Post, 'organizationId'>,
  action: Exclude<MeetingProgrammeAction, 'configure'> | 'update' = 'update',
): boolean {
  if (!auth || auth.organization.status !== 'active') return false;
  const ability = action === 'schedule' || action === 'publish' || action === 'close' ? action : 'update';
  return auth.ability.can(ability, subject('MeetingProgramme', { organizationId: event.organizationId }));
}

/** The meeting as the policy's conditions read it: `organizationId` is the requester's. */
export const meetingSubject = (meeting: Pick<Meeting, 'requesterOrganizationId' | 'requestedOrganizationId'>) =>
  subject('Meeting', {
    organizationId: meeting.requesterOrganizationId,
    requestedOrganizationId: meeting.requestedOrganizationId,
  });

/** The policy's action for each step on a meeting (`accept` answers a request: accepts or declines it). */
export const MEETING_ABILITY = {
  accept: 'accept',
  decline: 'accept',
  withdraw: 'withdraw',
  cancel: 'cancel',
} as const satisfies Record<MeetingAction, 'accept' | 'withdraw' | 'cancel'>;

/** What the other side is told of each step of a meeting. */
export const MEETING_NOTIFICATIONS = {
  request: 'meeting_requested',
  accept: 'meeting_accepted',
  decline: 'meeting_declined',
  withdraw: 'meeting_withdrawn',
  cancel: 'meeting_cancelled',
} as const satisfies Record<'request' | MeetingAction, NotificationType>;

/** How a reader sees a programme's meetings: the organizer sees every placement, participants once published. */
export interface MeetingView {
  programmeStatus: MeetingProgrammeStatus;
  publishedAt: Date | null;
  meetingMinutes: number;
  organizer: boolean;
  actor: MeetingActor;
}

export const meetingView = (
  programme: Pick<MeetingProgramme, 'status' | 'publishedAt' | 'meetingMinutes'>,
  auth: AuthenticatedUser,
  organizer: boolean,
): MeetingView => ({
  programmeStatus: programme.status,
  publishedAt: programme.publishedAt,
  meetingMinutes: programme.meetingMinutes,
  organizer,
  actor: meetingActor(auth),
});

/**
 * What the audit log keeps of a meeting: its status, sides and place, never its words (the reason,
 * the decline's or cancellation's), which are the two organizations' (the secretariat reads the log).
 */
export const meetingAuditState = (meeting: Meeting) => ({
  status: meeting.status,
  postId: meeting.postId,
  requesterOrganizationId: meeting.requesterOrganizationId,
  requestedOrganizationId: meeting.requestedOrganizationId,
  sessionId: meeting.sessionId,
  slotStartsAt: meeting.slotStartsAt,
  tableNumber: meeting.tableNumber,
  placedByHand: meeting.placedByHand,
});

/** The two organizations of a meeting. */
export const sidesOf = (meeting: Pick<Meeting, 'requesterOrganizationId' | 'requestedOrganizationId'>) => [
  meeting.requesterOrganizationId,
  meeting.requestedOrganizationId,
];

/** The event's titles, as notifications name the record. */
export const eventTitles = (event: Pick<Post, 'titleEn' | 'titleZh'>) => ({
  titleEn: event.titleEn,
  titleZh: event.titleZh,
});
