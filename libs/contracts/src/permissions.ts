import { createMongoAbility, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { OrganizationType, OrgRole } from './enums';

/**
 * The one policy of the portal: who may do what to which record.
 * The API checks every route and record against it; the web builds the same ability from
 * `GET /api/auth/me` so it offers only what the API will allow.
 */
export const ACTIONS = [
  'manage',
  'read',
  'create',
  'update',
  'suspend',
  'reinstate',
  'withdraw',
  'invite',
  'disable',
  'enable',
  'changeRole',
  'export',
  'import',
  'publish',
  'archive',
  'pin',
  'submit',
  'close',
  'accept',
  'review',
  'release',
  /** Withdraws a published record from readers, keeping it at its address marked as such (a policy brief). */
  'retract',
  /** Confirms for an organization that its people know of a risk alert. */
  'acknowledge',
  /** Reminds the organizations that have not acknowledged a risk alert (the secretariat). */
  'remind',
  /** Expresses an organization's interest in another's cooperation project. */
  'express',
  /** Keeps a published cooperation project open for another twelve months. */
  'renew',
  /** Cancels an accepted B2B meeting (either side). */
  'cancel',
  /** Runs the B2B meeting scheduler and moves meetings by hand (the event's organizer). */
  'schedule',
  // Named capabilities of the secretariat (asked by name, never as `manage`):
  /** Reads every record of a subject, beyond what members see (drafts, removed posts, applicants, every request). */
  'readAll',
  /** Hides a post for breach of the rules and resolves reports. */
  'moderate',
  /** Admits an applicant organization. */
  'activate',
  /** Sets what only the secretariat sets on an organization: its type, founding member, rotating chair. */
  'classify',
  /** Adds or moves a park for any park operator, not only its own. */
  'chooseOperator',
  /** Signs an initiative for the organization (its admins) and answers a colleague's proposal to. */
  'sign',
  /** Delivers an accepted service request (its provider). */
  'deliver',
  /** Rates a delivered service request (the member that asked). */
  'rate',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'Organization',
  'User',
  'AuditEvent',
  'Account',
  'Park',
  'MembershipApplication',
  'Post',
  'FinancingRequest',
  'FinancingReview',
  'FinancingThread',
  'FinancingOffer',
  'PolicyBrief',
  'CountryProfile',
  'CountryRating',
  'RiskAlert',
  'MemberIssue',
  'IssueCase',
  'GovernmentBody',
  'CooperationProject',
  'ExpressionOfInterest',
  'CooperationThread',
  'Deal',
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
  'ServiceThread',
  /** The alliance's results across every platform (the secretariat; the public selection is open to all). */
  'AllianceResults',
  /** The annual report PDFs (the secretariat's only: no rule opens them to members). */
  'AnnualReport',
  'all',
] as const;
export type SubjectType = (typeof SUBJECTS)[number];

/** Plain records are checked by their fields (`organizationId`, `id`). */
export interface PolicyRecord {
  id?: string;
  organizationId?: string;
  /** Financing threads and offers: the organization that asked for the finance. */
  requesterOrganizationId?: string;
  /** Expressions of interest, their threads and deals: the organization that owns the project. */
  projectOrganizationId?: string;
  /** B2B meetings: the organization asked for the meeting (`organizationId` is the requester's). */
  requestedOrganizationId?: string;
  /** Partner agreements, their commitments and documents: the agreement's counterparty organizations. */
  counterpartyOrganizationIds?: string[];
  /** Service requests and their threads: the organization that provides the service. */
  providerOrganizationId?: string;
}

export type PolicySubject = ForcedSubject<Exclude<SubjectType, 'all'>> & PolicyRecord;
export type AppAbility = MongoAbility<[Action, SubjectType | PolicySubject]>;
export type AppRule = RawRuleOf<AppAbility>;

export interface Principal {
  userId: string;
  organizationId: string;
  organizationType: OrganizationType;
  orgRole: OrgRole;
}

export function buildRules(principal: Principal | null): AppRule[] {
  if (!principal) return [];
  if (principal.organizationType === 'secretariat') {
    return [
      { action: 'manage', subject: 'all' },
      // Financing belongs to the requester and the institutions: the secretariat follows the
      // pipeline but neither decides for them nor reads their private threads and offer terms.
      {
        action: ['create', 'update', 'submit', 'withdraw', 'close', 'accept'],
        subject: 'FinancingRequest',
        inverted: true,
      },
      { action: 'review', subject: 'FinancingReview', inverted: true },
      { action: 'release', subject: 'FinancingOffer', inverted: true },
      { action: 'read', subject: ['FinancingThread', 'FinancingOffer'], inverted: true },
      // Cooperation projects belong to their members: the secretariat reviews them before publication
      // and follows the deals, but owns no project and never reads the two sides' expressions or threads.
      {
        action: ['create', 'update', 'submit', 'close', 'renew', 'express'],
        subject: 'CooperationProject',
        inverted: true,
      },
      { action: 'read', subject: ['ExpressionOfInterest', 'CooperationThread'], inverted: true },
      { action: 'update', subject: 'Deal', inverted: true },
      // The secretariat organizes the B2B meetings of any event but takes part in none.
      { action: ['create', 'accept', 'withdraw', 'cancel'], subject: 'Meeting', inverted: true },
      // The secretariat writes, publishes, closes and exports initiatives but endorses none.
      { action: ['create', 'sign', 'withdraw'], subject: ['Endorsement', 'EndorsementProposal'], inverted: true },
      // The secretariat keeps the service catalogue and follows its uptake (request metadata), but
      // neither requests, answers nor rates services, and never reads a request's private thread.
      { action: ['create', 'accept', 'deliver', 'rate'], subject: 'ServiceRequest', inverted: true },
      { action: 'read', subject: 'ServiceThread', inverted: true },
    ];
  }

  const ownOrg = { organizationId: principal.organizationId };
  const rules: AppRule[] = [
    { action: 'read', subject: 'Organization' },
    { action: 'update', subject: 'Account', conditions: { id: principal.userId } },
    { action: 'read', subject: 'User', conditions: ownOrg },
  ];
  // Every member organization shares news and notices; its colleagues edit its posts, nobody else's.
  rules.push({ action: ['create', 'update', 'publish', 'archive'], subject: 'Post', conditions: ownOrg });
  // Any member writes policy briefs for its organization and submits them to the secretariat's review.
  rules.push({ action: ['create', 'update', 'submit'], subject: 'PolicyBrief', conditions: ownOrg });
  if (principal.organizationType === 'park_operator') {
    // Any colleague of the operator keeps its parks' profiles current; nobody else's.
    rules.push({ action: ['create', 'update'], subject: 'Park', conditions: ownOrg });
    // Any colleague asks for finance for the operator's parks and decides on the offers.
    rules.push(
      {
        action: ['read', 'create', 'update', 'submit', 'withdraw', 'close', 'accept'],
        subject: 'FinancingRequest',
        conditions: ownOrg,
      },
      {
        action: 'read',
        subject: ['FinancingThread', 'FinancingOffer'],
        conditions: { requesterOrganizationId: principal.organizationId },
      },
    );
  }
  if (principal.organizationType === 'financial_institution') {
    // Staff review the requests shared with their institution and prepare offers; only an admin
    // releases one (maker-checker: never the person who prepared it, `canReleaseOffer`).
    rules.push({ action: ['read', 'review'], subject: 'FinancingReview', conditions: ownOrg });
    rules.push({ action: 'read', subject: ['FinancingThread', 'FinancingOffer'], conditions: ownOrg });
    if (principal.orgRole === 'admin') rules.push({ action: 'release', subject: 'FinancingOffer', conditions: ownOrg });
  }
  if (principal.organizationType === 'research_institute' && principal.orgRole === 'admin') {
    // A research institute's admin proposes changes of a country's risk rating (the secretariat decides).
    rules.push({ action: 'create', subject: 'CountryRating' });
  }
  if (
    (principal.organizationType === 'research_institute' || principal.organizationType === 'service_provider') &&
    principal.orgRole === 'admin'
  ) {
    // Research institutes and service providers warn members of risks abroad (`canIssueAlert`);
    // the secretariat releases their critical alerts.
    rules.push({ action: ['create', 'update', 'withdraw'], subject: 'RiskAlert', conditions: ownOrg });
  }
  // Any member publishes cooperation projects for its organization (the secretariat reviews them) and
  // expresses interest in other members' projects (`cooperationProjectActions` keeps it off its own).
  rules.push(
    { action: ['create', 'update', 'submit', 'close', 'renew'], subject: 'CooperationProject', conditions: ownOrg },
    { action: 'express', subject: 'CooperationProject' },
    // An expression, its private thread and its deal are the two organizations' only.
    { action: 'read', subject: ['ExpressionOfInterest', 'CooperationThread', 'Deal'], conditions: ownOrg },
    {
      action: 'read',
      subject: ['ExpressionOfInterest', 'CooperationThread', 'Deal'],
      conditions: { projectOrganizationId: principal.organizationId },
    },
    // The owner answers expressions and moves the deals of its projects.
    // (`accept` answers an expression: accepts or declines it.)
    {
      action: 'accept',
      subject: 'ExpressionOfInterest',
      conditions: { projectOrganizationId: principal.organizationId },
    },
    { action: 'withdraw', subject: 'ExpressionOfInterest', conditions: ownOrg },
    { action: 'update', subject: 'Deal', conditions: { projectOrganizationId: principal.organizationId } },
  );
  // B2B meetings: the organization that posted an event organizes its meetings (the secretariat any
  // event's); a participating organization requests meetings (the service checks participation), the
  // organization asked answers, the requester withdraws, either side cancels, and only the two read it.
  rules.push(
    { action: ['update', 'schedule', 'publish', 'close'], subject: 'MeetingProgramme', conditions: ownOrg },
    { action: 'create', subject: 'Meeting' },
    { action: ['read', 'withdraw', 'cancel'], subject: 'Meeting', conditions: ownOrg },
    {
      action: ['read', 'accept', 'cancel'],
      subject: 'Meeting',
      conditions: { requestedOrganizationId: principal.organizationId },
    },
  );
  // Partner agreements: members read the signed ones (scope and services); their documents and
  // commitments are the parties' only; a counterparty's admins update its own commitments.
  rules.push(
    { action: 'read', subject: 'PartnerAgreement' },
    {
      action: 'read',
      subject: ['AgreementCommitment', 'AgreementDocument'],
      conditions: { counterpartyOrganizationIds: principal.organizationId },
    },
  );
  if (principal.orgRole === 'admin')
    rules.push({ action: 'update', subject: 'AgreementCommitment', conditions: ownOrg });
  // Any member records problems met abroad for its organization, and may close them.
  rules.push({ action: ['create', 'close'], subject: 'MemberIssue', conditions: ownOrg });
  if (principal.orgRole === 'admin') {
    rules.push(
      // An exposed organization's admin confirms that its people know of an alert.
      { action: 'acknowledge', subject: 'RiskAlert' },
      { action: 'update', subject: 'Organization', conditions: { id: principal.organizationId } },
      { action: ['invite', 'disable', 'enable', 'changeRole'], subject: 'User', conditions: ownOrg },
      // An admin answers for the organization's published briefs, and may withdraw one.
      { action: 'retract', subject: 'PolicyBrief', conditions: ownOrg },
    );
  }
  // Initiatives: any member proposes that its organization endorse one; its admins (the organization's
  // authorised representatives) sign, withdraw the endorsement and answer their colleagues' proposals.
  rules.push({ action: 'create', subject: 'EndorsementProposal', conditions: ownOrg });
  if (principal.orgRole === 'admin') {
    rules.push(
      { action: ['create', 'sign', 'withdraw'], subject: 'Endorsement', conditions: ownOrg },
      { action: 'sign', subject: 'EndorsementProposal', conditions: ownOrg },
    );
  }
  // The service catalogue: members read the services of signed agreements and request them for their
  // organization; a request and its private thread are the member's and the provider's only; the
  // provider answers and delivers it, the member rates it.
  rules.push(
    { action: 'read', subject: 'AgreementService' },
    { action: 'create', subject: 'ServiceRequest', conditions: ownOrg },
    { action: ['read', 'rate'], subject: 'ServiceRequest', conditions: ownOrg },
    {
      action: ['read', 'accept', 'deliver'],
      subject: 'ServiceRequest',
      conditions: { providerOrganizationId: principal.organizationId },
    },
    { action: 'read', subject: 'ServiceThread', conditions: ownOrg },
    { action: 'read', subject: 'ServiceThread', conditions: { providerOrganizationId: principal.organizationId } },
  );
  return rules;
}

export function abilityFromRules(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

export function defineAbilityFor(principal: Principal | null): AppAbility {
  return abilityFromRules(buildRules(principal));
}
