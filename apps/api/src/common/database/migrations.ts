import { Init1763769600000 } from '../../../../../migrations/1763769600000-Init';
import { MembershipAndDirectory1763856000000 } from '../../../../../migrations/1763856000000-MembershipAndDirectory';
import { Posts1763942400000 } from '../../../../../migrations/1763942400000-Posts';
import { Attachments1764028800000 } from '../../../../../migrations/1764028800000-Attachments';
import { Notifications1764115200000 } from '../../../../../migrations/1764115200000-Notifications';
import { Events1764201600000 } from '../../../../../migrations/1764201600000-Events';
import { Financing1764288000000 } from '../../../../../migrations/1764288000000-Financing';
import { ScheduledJobs1764374400000 } from '../../../../../migrations/1764374400000-ScheduledJobs';
import { PasswordResetRequests1764460800000 } from '../../../../../migrations/1764460800000-PasswordResetRequests';
import { NotificationSenderAndWaitlist1764547200000 } from '../../../../../migrations/1764547200000-NotificationSenderAndWaitlist';
import { ListIndexes1764633600000 } from '../../../../../migrations/1764633600000-ListIndexes';
import { PostSearchDocuments1764720000000 } from '../../../../../migrations/1764720000000-PostSearchDocuments';
import { SimilarOrganizations1764806400000 } from '../../../../../migrations/1764806400000-SimilarOrganizations';
import { PolicyBriefs1764892800000 } from '../../../../../migrations/1764892800000-PolicyBriefs';
import { CountryRisk1764979200000 } from '../../../../../migrations/1764979200000-CountryRisk';
import { AlertAndIssueNotifications1765065600000 } from '../../../../../migrations/1765065600000-AlertAndIssueNotifications';
import { RiskAlerts1765100000000 } from '../../../../../migrations/1765100000000-RiskAlerts';
import { MemberIssues1765152000000 } from '../../../../../migrations/1765152000000-MemberIssues';
import { CooperationNotifications1765238400000 } from '../../../../../migrations/1765238400000-CooperationNotifications';
import { Cooperation1765300000000 } from '../../../../../migrations/1765300000000-Cooperation';
import { CooperationProjectReaders1765310000000 } from '../../../../../migrations/1765310000000-CooperationProjectReaders';
import { MeetingNotifications1765400000000 } from '../../../../../migrations/1765400000000-MeetingNotifications';
import { Meetings1765410000000 } from '../../../../../migrations/1765410000000-Meetings';
import { AgreementServiceInitiativeNotifications1765490000000 } from '../../../../../migrations/1765490000000-AgreementServiceInitiativeNotifications';
import { Agreements1765500000000 } from '../../../../../migrations/1765500000000-Agreements';
import { AgreementServices1765520000000 } from '../../../../../migrations/1765520000000-AgreementServices';
import { Initiatives1765540000000 } from '../../../../../migrations/1765540000000-Initiatives';
import { AgreementServiceInitiativeIndexes1765550000000 } from '../../../../../migrations/1765550000000-AgreementServiceInitiativeIndexes';
import { AnnualReportNotifications1765620000000 } from '../../../../../migrations/1765620000000-AnnualReportNotifications';
import { AnnualReports1765621000000 } from '../../../../../migrations/1765621000000-AnnualReports';
import { ResultsSummaries1765700000000 } from '../../../../../migrations/1765700000000-ResultsSummaries';
import { MeetingsAcrossEvents1765705000000 } from '../../../../../migrations/1765705000000-MeetingsAcrossEvents';
import { ResultsCache1765710000000 } from '../../../../../migrations/1765710000000-ResultsCache';
import { ResultsBodyTopAgreements1765715000000 } from '../../../../../migrations/1765715000000-ResultsBodyTopAgreements';
import { AttachmentsAttachedAt1765732000000 } from '../../../../../migrations/1765732000000-AttachmentsAttachedAt';
import { MatchCandidatesCache1765720000000 } from '../../../../../migrations/1765720000000-MatchCandidatesCache';
import { IdempotencyKeys1765730000000 } from '../../../../../migrations/1765730000000-IdempotencyKeys';
import { OutboxClaimsAndBackoff1765731000000 } from '../../../../../migrations/1765731000000-OutboxClaimsAndBackoff';
import { WriteCounters1765733000000 } from '../../../../../migrations/1765733000000-WriteCounters';

/** Every migration, in order. Listed explicitly so the build and the tests load the same set. */
export const MIGRATIONS = [
  Init1763769600000,
  MembershipAndDirectory1763856000000,
  Posts1763942400000,
  Attachments1764028800000,
  Notifications1764115200000,
  Events1764201600000,
  Financing1764288000000,
  ScheduledJobs1764374400000,
  PasswordResetRequests1764460800000,
  NotificationSenderAndWaitlist1764547200000,
  ListIndexes1764633600000,
  PostSearchDocuments1764720000000,
  SimilarOrganizations1764806400000,
  PolicyBriefs1764892800000,
  CountryRisk1764979200000,
  AlertAndIssueNotifications1765065600000,
  RiskAlerts1765100000000,
  MemberIssues1765152000000,
  CooperationNotifications1765238400000,
  Cooperation1765300000000,
  CooperationProjectReaders1765310000000,
  MeetingNotifications1765400000000,
  Meetings1765410000000,
  AgreementServiceInitiativeNotifications1765490000000,
  Agreements1765500000000,
  AgreementServices1765520000000,
  Initiatives1765540000000,
  AgreementServiceInitiativeIndexes1765550000000,
  AnnualReportNotifications1765620000000,
  AnnualReports1765621000000,
  ResultsSummaries1765700000000,
  MeetingsAcrossEvents1765705000000,
  ResultsCache1765710000000,
  ResultsBodyTopAgreements1765715000000,
  MatchCandidatesCache1765720000000,
  IdempotencyKeys1765730000000,
  OutboxClaimsAndBackoff1765731000000,
  AttachmentsAttachedAt1765732000000,
  WriteCounters1765733000000,
];
