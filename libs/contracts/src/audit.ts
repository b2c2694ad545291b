import { DEAL_STAGES } from './cooperation';
import { FINANCING_REVIEW_ACTIONS } from './financing';
import { POLICY_BRIEF_ACTIONS } from './policy-briefs';

export interface AuditChange {
  before: unknown;
  after: unknown;
}

/** The kinds of record the audit log holds (one per table that is audited). */
export const AUDIT_ENTITY_TYPES = [
  'Organization',
  'User',
  'Session',
  'MembershipApplication',
  'Park',
  'Post',
  'Attachment',
  'FinancingRequest',
  'FinancingReview',
  'PolicyBrief',
  'CountryProfile',
  'CountryRating',
  'RiskAlert',
  'MemberIssue',
  'IssueCase',
  'GovernmentBody',
  'CooperationProject',
  'ExpressionOfInterest',
  'Deal',
  'MatchDismissal',
  /** An event's B2B meetings (the entity id is the event post's). */
  'MeetingProgramme',
  'Meeting',
  'Initiative',
  'Endorsement',
  'EndorsementProposal',
  'PartnerAgreement',
  'AgreementCommitment',
  'AgreementDocument',
  'AgreementService',
  'ServiceRequest',
  'AnnualReport',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/**
 * Every action the API records, `<record>.<step>`; the web translates each one and offers them
 * as a filter. Recording an action not listed here does not compile.
 */
export const AUDIT_ACTIONS = [
  'organization.create',
  'organization.update',
  'organization.activate',
  'organization.suspend',
  'organization.reinstate',
  'organization.withdraw',
  'membership_application.submit',
  'membership_application.approve',
  'membership_application.reject',
  'user.invite',
  'user.invitation_accepted',
  'user.update_profile',
  'user.notification_settings',
  'user.follows',
  'user.change_role',
  'user.disable',
  'user.enable',
  'auth.login',
  'auth.logout',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset',
  'park.create',
  'park.update',
  'park.import',
  'post.create',
  'post.update',
  'post.pin',
  'post.publish',
  'post.archive',
  'post.expire',
  'post.report',
  'post.report_dismiss',
  'post.remove',
  'event.register',
  'event.cancel',
  'attachment.upload',
  'financing_request.create',
  'financing_request.update',
  'financing_request.submit',
  'financing_request.open',
  'financing_request.receive_offer',
  'financing_request.accept',
  'financing_request.withdraw',
  'financing_request.close',
  'financing_review.declare',
  'financing_review.open',
  'financing_review.answer',
  ...FINANCING_REVIEW_ACTIONS.map((action) => `financing_review.${action}` as const),
  'financing_review.accept',
  'financing_review.close',
  'policy_brief.create',
  ...POLICY_BRIEF_ACTIONS.map((action) => `policy_brief.${action}` as const),
  'country_profile.update',
  'country_rating.propose',
  'country_rating.publish',
  'country_rating.reject',
  'risk_alert.issue',
  'risk_alert.update',
  'risk_alert.release',
  'risk_alert.withdraw',
  'risk_alert.expire',
  'risk_alert.acknowledge',
  'risk_alert.remind',
  'member_issue.create',
  'member_issue.file',
  'member_issue.close',
  'issue_case.create',
  'issue_case.update',
  'issue_case.relay',
  'issue_case.answer',
  'issue_case.resolve',
  'issue_case.close',
  'government_body.create',
  'government_body.update',
  'cooperation_project.create',
  'cooperation_project.update',
  ...(['submit', 'approve', 'return', 'start_talks', 'reopen', 'close', 'expire'] as const).map(
    (step) => `cooperation_project.${step}` as const,
  ),
  'cooperation_project.renew',
  'cooperation_project.remind',
  'expression_of_interest.express',
  'expression_of_interest.accept',
  'expression_of_interest.decline',
  'expression_of_interest.withdraw',
  'expression_of_interest.lapse',
  'expression_of_interest.message',
  'deal.create',
  ...DEAL_STAGES.filter((stage) => stage !== 'contact').map((stage) => `deal.${stage}` as const),
  'match.dismiss',
  'meeting_programme.open',
  'meeting_programme.configure',
  'meeting_programme.schedule',
  'meeting_programme.publish',
  'meeting_programme.close',
  'meeting_programme.end',
  'meeting_programme.availability',
  'meeting.request',
  'meeting.accept',
  'meeting.decline',
  'meeting.withdraw',
  'meeting.cancel',
  'meeting.place',
  'initiative.create',
  'initiative.update',
  'initiative.publish',
  'initiative.open',
  'initiative.close',
  'initiative.expire',
  'endorsement.endorse',
  'endorsement.withdraw',
  'endorsement_proposal.propose',
  'endorsement_proposal.sign',
  'endorsement_proposal.decline',
  'endorsement_proposal.lapse',
  'partner_agreement.create',
  'partner_agreement.update',
  ...(['negotiate', 'sign', 'activate', 'expire', 'terminate'] as const).map(
    (step) => `partner_agreement.${step}` as const,
  ),
  'partner_agreement.remind',
  'agreement_commitment.create',
  'agreement_commitment.update',
  ...(['complete', 'waive', 'reopen'] as const).map((step) => `agreement_commitment.${step}` as const),
  'agreement_commitment.remind',
  'agreement_document.create',
  'agreement_document.add_version',
  'agreement_service.create',
  'agreement_service.update',
  'service_request.create',
  ...(['accept', 'deliver', 'decline'] as const).map((step) => `service_request.${step}` as const),
  'service_request.rate',
  'service_request.message',
  'annual_report.request',
  'annual_report.generate',
  'annual_report.fail',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The record an event is about, named in both languages, with the web route that opens it (null: no page shows it). */
export interface AuditRecordRef {
  nameEn: string | null;
  nameZh: string | null;
  link: string | null;
}

export interface AuditEventDto {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  /** The actor's name and organization today (null for the system, or a user since removed). */
  actorName: string | null;
  organizationId: string | null;
  organization: { id: string; nameEn: string | null; nameZh: string | null } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The record's name (a post's title, a park's name, an application's reference…); null when it no longer exists. */
  record: AuditRecordRef | null;
  changes: Record<string, AuditChange>;
  requestId: string | null;
}

/** The steps recorded for one kind of record: `AuditStep<'financing_request'>` is 'create' | 'update' | … */
export type AuditStep<Prefix extends string> = AuditAction extends infer A
  ? A extends `${Prefix}.${infer Step}`
    ? Step
    : never
  : never;
