import type { PolicyTopic } from './policy-briefs';
import type { PostKind } from './posts';
import type { Sector } from './sectors';

/**
 * What a user follows: a post matching any of these notifies them when it is published; a policy
 * brief, when it is on one of the countries or the policy topics.
 */
export interface FollowsDto {
  countries: string[];
  sectors: Sector[];
  kinds: PostKind[];
  organizationIds: string[];
  policyTopics: PolicyTopic[];
}

export const FOLLOW_LIMITS = { perTopic: 50 } as const;

/** E-mail for notifications: each one as it happens, one digest a day, or none (in-app only). */
export const NOTIFICATION_EMAIL_MODES = ['immediately', 'daily', 'off'] as const;
export type NotificationEmailMode = (typeof NOTIFICATION_EMAIL_MODES)[number];

export interface NotificationSettingsDto {
  emailMode: NotificationEmailMode;
}

export const NOTIFICATION_TYPES = [
  'post_published',
  // Financing: each step tells the other side (and an institution's admins when an offer waits for release).
  'financing_shared',
  'financing_revised',
  'financing_opened',
  'financing_question',
  'financing_answer',
  'financing_offer_prepared',
  'financing_offer',
  'financing_declined',
  'financing_accepted',
  'financing_not_accepted',
  'financing_withdrawn',
  'financing_closed',
  // Events: a seat came free and the first on the waitlist now has it.
  'event_confirmed',
  // Policy briefs: to the secretariat, a version to review; to the authors, the review's outcome;
  // to the followers of its countries and topics, a brief published.
  'brief_submitted',
  'brief_changes_requested',
  'brief_approved',
  'brief_published',
  'brief_retracted',
  // Country risk: to the secretariat, a change proposed; to the followers of the country and the
  // proposer, a change published; to the proposer, a change rejected.
  'rating_proposed',
  'rating_published',
  'rating_rejected',
  // Risk alerts: to exposed organizations and followers of its countries, an alert, each update and
  // its all clear; to the secretariat, a member's critical alert to release; to the issuer, its
  // release; to the admins of an exposed organization that has not acknowledged, a reminder.
  'alert_issued',
  'alert_updated',
  'alert_all_clear',
  'alert_release_requested',
  'alert_released',
  'alert_reminder',
  // The member issues log: to the secretariat, an issue raised; to its organization, every step.
  'issue_submitted',
  'issue_acknowledged',
  'issue_relayed',
  'issue_answered',
  'issue_resolved',
  'issue_closed',
  // Cooperation projects: to the secretariat, a project to review; to the owner, the review's outcome,
  // the reminder before expiry and the expiry; to the followers of its country and sectors, a project
  // published; to the other side, every step of an expression of interest, each message of its
  // thread and each move of its deal; to an organization's users, a strong new match (digest).
  'project_submitted',
  'project_returned',
  'project_approved',
  'project_published',
  'project_expiring',
  'project_expired',
  'interest_expressed',
  'interest_withdrawn',
  'interest_accepted',
  'interest_declined',
  'interest_message',
  'deal_moved',
  'match_suggested',
  // B2B meetings at a conference: to the other side, a meeting requested, answered, withdrawn or
  // cancelled; to each participant, its agenda published and any later change to a meeting on it.
  'meeting_requested',
  'meeting_accepted',
  'meeting_declined',
  'meeting_withdrawn',
  'meeting_cancelled',
  'agenda_published',
  'agenda_changed',
  // Initiatives: to every admin of an active member organization, an initiative open for endorsement;
  // to an organization's admins, a colleague's proposal to endorse; to the proposer, the answer.
  'initiative_opened',
  'endorsement_proposed',
  'endorsement_proposal_signed',
  'endorsement_proposal_declined',
  // Partner agreements: to the secretariat and the counterparty's admins, 60, 30 and 7 days before an
  // agreement expires and before a commitment is due; its activation and expiry; a commitment done.
  'agreement_expiring',
  'commitment_due',
  'agreement_activated',
  'agreement_expired',
  'commitment_done',
  // The service catalogue: to the provider, a service requested; to the member, its request accepted,
  // delivered or declined; to the provider, a rating; to the other side, each message of the thread.
  'service_requested',
  'service_accepted',
  'service_delivered',
  'service_declined',
  'service_rated',
  'service_message',
  // Annual reports: to the secretariat user who asked, the report written (or why it could not be).
  'annual_report_ready',
  'annual_report_failed',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What a notification is about; each opens its own page in the web. */
export const NOTIFICATION_RECORD_TYPES = [
  'post',
  'financing_request',
  'financing_review',
  'policy_brief',
  'country_rating',
  'risk_alert',
  'member_issue',
  'issue_case',
  'cooperation_project',
  'expression_of_interest',
  'deal',
  /** An event's B2B meetings (the record id is the event post's). */
  'meeting_programme',
  'initiative',
  'partner_agreement',
  'service_request',
  'annual_report',
] as const;
export type NotificationRecordType = (typeof NOTIFICATION_RECORD_TYPES)[number];

/** The web route that opens a notification's record. */
export function notificationLink(recordType: NotificationRecordType, recordId: string): string {
  switch (recordType) {
    case 'financing_request':
      return `/financing/requests/${recordId}`;
    case 'financing_review':
      return `/financing/reviews/${recordId}`;
    case 'policy_brief':
      return `/policy/briefs/${recordId}`;
    case 'country_rating':
      return `/policy/ratings/${recordId}`;
    case 'risk_alert':
      return `/policy/alerts/${recordId}`;
    case 'member_issue':
      return `/policy/issues/${recordId}`;
    case 'issue_case':
      return `/policy/cases/${recordId}`;
    case 'cooperation_project':
      return `/cooperation/projects/${recordId}`;
    case 'expression_of_interest':
      return `/cooperation/interests/${recordId}`;
    case 'deal':
      return `/cooperation/deals/${recordId}`;
    case 'meeting_programme':
      return `/events/${recordId}/meetings`;
    case 'initiative':
      return `/initiatives/${recordId}`;
    case 'partner_agreement':
      return `/agreements/${recordId}`;
    case 'service_request':
      return `/services/requests/${recordId}`;
    case 'annual_report':
      return `/admin/annual-reports?report=${recordId}`;
    default:
      return `/posts/${recordId}`;
  }
}

export interface NotificationDto {
  id: string;
  type: NotificationType;
  recordType: NotificationRecordType;
  recordId: string;
  titleEn: string | null;
  titleZh: string | null;
  /** The organization whose step it was (the institution that made an offer), if the reader is told. */
  fromEn: string | null;
  fromZh: string | null;
  /** The web route that opens the record, e.g. /posts/…. */
  link: string;
  read: boolean;
  createdAt: string;
}

export interface NotificationPage {
  items: NotificationDto[];
  total: number;
  page: number;
  limit: number;
  unread: number;
}
