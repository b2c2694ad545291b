import { CooperationMessage } from '../../modules/cooperation/entities/cooperation-message.entity';
import { CooperationProject } from '../../modules/cooperation/entities/cooperation-project.entity';
import { DealStageChange } from '../../modules/cooperation/entities/deal-stage-change.entity';
import { Deal } from '../../modules/cooperation/entities/deal.entity';
import { ExpressionOfInterest } from '../../modules/cooperation/entities/expression-of-interest.entity';
import { MatchDismissal } from '../../modules/cooperation/entities/match-dismissal.entity';
import { Attachment } from '../../modules/attachments/entities/attachment.entity';
import { CountryProfile } from '../../modules/countries/entities/country-profile.entity';
import { CountryRating } from '../../modules/countries/entities/country-rating.entity';
import { RiskAlertOrganization } from '../../modules/risk-alerts/entities/risk-alert-organization.entity';
import { RiskAlertRecipient } from '../../modules/risk-alerts/entities/risk-alert-recipient.entity';
import { RiskAlertUpdate } from '../../modules/risk-alerts/entities/risk-alert-update.entity';
import { RiskAlert } from '../../modules/risk-alerts/entities/risk-alert.entity';
import { FinancingDeclaration } from '../../modules/financing/entities/financing-declaration.entity';
import { FinancingMessage } from '../../modules/financing/entities/financing-message.entity';
import { FinancingOffer } from '../../modules/financing/entities/financing-offer.entity';
import { FinancingRequest } from '../../modules/financing/entities/financing-request.entity';
import { FinancingReview } from '../../modules/financing/entities/financing-review.entity';
import { FinancingRevision } from '../../modules/financing/entities/financing-revision.entity';
import { ScheduledJob } from '../../modules/jobs/entities/scheduled-job.entity';
import { Follow } from '../../modules/notifications/entities/follow.entity';
import { Notification } from '../../modules/notifications/entities/notification.entity';
import { AuditEvent } from '../../modules/audit/entities/audit-event.entity';
import { AuthToken } from '../../modules/auth/entities/auth-token.entity';
import { PasswordResetRequest } from '../../modules/auth/entities/password-reset-request.entity';
import { LoginFailure } from '../../modules/auth/entities/login-attempt.entity';
import { Session } from '../../modules/auth/entities/session.entity';
import { WriteCounter } from '../../modules/rate-limits/entities/write-counter.entity';
import { MembershipApplication } from '../../modules/membership/entities/membership-application.entity';
import { OutboxEmail } from '../../modules/mail/entities/outbox-email.entity';
import { Organization } from '../../modules/organizations/entities/organization.entity';
import { PostReport } from '../../modules/moderation/entities/post-report.entity';
import { EventRegistration } from '../../modules/posts/entities/event-registration.entity';
import { Post } from '../../modules/posts/entities/post.entity';
import { Park } from '../../modules/parks/entities/park.entity';
import { PolicyBrief } from '../../modules/policy-briefs/entities/policy-brief.entity';
import { PolicyBriefComment } from '../../modules/policy-briefs/entities/policy-brief-comment.entity';
import { PolicyBriefVersion } from '../../modules/policy-briefs/entities/policy-brief-version.entity';
import { User } from '../../modules/users/entities/user.entity';
import { GovernmentBody } from '../../modules/member-issues/entities/government-body.entity';
import { IssueCase } from '../../modules/member-issues/entities/issue-case.entity';
import { MemberIssue } from '../../modules/member-issues/entities/member-issue.entity';
import { MeetingAvailability } from '../../modules/meetings/entities/meeting-availability.entity';
import { MeetingProgramme } from '../../modules/meetings/entities/meeting-programme.entity';
import { MeetingSession } from '../../modules/meetings/entities/meeting-session.entity';
import { Meeting } from '../../modules/meetings/entities/meeting.entity';
import { EndorsementProposal } from '../../modules/initiatives/entities/endorsement-proposal.entity';
import { Endorsement } from '../../modules/initiatives/entities/endorsement.entity';
import { Initiative } from '../../modules/initiatives/entities/initiative.entity';
import { PartnerAgreement } from '../../modules/agreements/entities/partner-agreement.entity';
import { AgreementCounterparty } from '../../modules/agreements/entities/agreement-counterparty.entity';
import { AgreementCommitment } from '../../modules/agreements/entities/agreement-commitment.entity';
import { AgreementDocument } from '../../modules/agreements/entities/agreement-document.entity';
import { AgreementReminder } from '../../modules/agreements/entities/agreement-reminder.entity';
import { AgreementService } from '../../modules/agreement-services/entities/agreement-service.entity';
import { ServiceRequest } from '../../modules/agreement-services/entities/service-request.entity';
import { ServiceRequestMessage } from '../../modules/agreement-services/entities/service-request-message.entity';
import { AnnualReport } from '../../modules/annual-reports/entities/annual-report.entity';

export const ENTITIES = [
  Organization,
  User,
  Session,
  AuthToken,
  LoginFailure,
  OutboxEmail,
  AuditEvent,
  Park,
  MembershipApplication,
  Post,
  PostReport,
  Attachment,
  Follow,
  Notification,
  EventRegistration,
  FinancingRequest,
  FinancingRevision,
  FinancingReview,
  FinancingDeclaration,
  FinancingMessage,
  FinancingOffer,
  ScheduledJob,
  PasswordResetRequest,
  PolicyBrief,
  PolicyBriefVersion,
  PolicyBriefComment,
  CountryProfile,
  CountryRating,
  RiskAlert,
  RiskAlertUpdate,
  RiskAlertOrganization,
  RiskAlertRecipient,
  GovernmentBody,
  IssueCase,
  MemberIssue,
  CooperationProject,
  ExpressionOfInterest,
  CooperationMessage,
  Deal,
  DealStageChange,
  MatchDismissal,
  MeetingProgramme,
  MeetingSession,
  MeetingAvailability,
  Meeting,
  Initiative,
  Endorsement,
  EndorsementProposal,
  PartnerAgreement,
  AgreementCounterparty,
  AgreementCommitment,
  AgreementDocument,
  AgreementReminder,
  AgreementService,
  ServiceRequest,
  ServiceRequestMessage,
  AnnualReport,
  WriteCounter,
];
