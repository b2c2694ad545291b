import { Injectable } from '@nestjs/common';
import {
  AGREEMENT_REMINDER_DAYS,
  ISSUE_CASE_OVERDUE_DAYS,
  workRole,
  type WorkItemDto,
  type WorkItemKey,
  type WorkRole,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { AgreementServiceReadsService } from '../agreement-services/agreement-service-reads.service';
import { ListServiceRequestsQueryDto } from '../agreement-services/dto/agreement-service.dto';
import { AgreementReadsService } from '../agreements/agreement-reads.service';
import { ListAgreementsQueryDto } from '../agreements/dto/agreement.dto';
import { ListExpressionsQueryDto } from '../cooperation/expressions/dto/expression.dto';
import { ExpressionReadsService } from '../cooperation/expressions/expression-reads.service';
import { CooperationMatchesService } from '../cooperation/matches/cooperation-matches.service';
import { CooperationProjectsQueries } from '../cooperation/projects/cooperation-projects.queries';
import { ListCooperationProjectsQueryDto } from '../cooperation/projects/dto/cooperation-project.dto';
import { CountriesService } from '../countries/countries.service';
import { ListRatingsQueryDto } from '../countries/dto/country.dto';
import { ListFinancingQueryDto, QueueQueryDto } from '../financing/dto/financing-request.dto';
import { FinancingRequestsService } from '../financing/financing-requests.service';
import { FinancingReviewsQueries } from '../financing/financing-reviews.queries';
import { ListInitiativesQueryDto } from '../initiatives/dto/initiative.dto';
import { initiativeReader } from '../initiatives/initiative-records';
import { InitiativeReadsService } from '../initiatives/initiative-reads.service';
import { ListOrganizerMeetingsQueryDto } from '../meetings/dto/meeting.dto';
import { MeetingReadsService } from '../meetings/meeting-reads.service';
import { ListIssueCasesQueryDto, ListMemberIssuesQueryDto } from '../member-issues/dto/member-issue.dto';
import { MemberIssueReadsService } from '../member-issues/member-issue-reads.service';
import { ListApplicationsQueryDto } from '../membership/dto/membership-application.dto';
import { MembershipService } from '../membership/membership.service';
import { ListReportsQueryDto } from '../moderation/dto/moderation.dto';
import { ModerationService } from '../moderation/moderation.service';
import { ListPolicyBriefsQueryDto } from '../policy-briefs/dto/policy-brief.dto';
import { PolicyBriefsQueries } from '../policy-briefs/policy-briefs.queries';
import { ListRiskAlertsQueryDto } from '../risk-alerts/dto/risk-alert.dto';
import { RiskAlertReadsService } from '../risk-alerts/risk-alert-reads.service';

/** The secretariat's notice of an agreement's end: those expiring within these days (the reminders' longest). */
const AGREEMENT_EXPIRY_NOTICE_DAYS = Math.max(...AGREEMENT_REMINDER_DAYS);

/** One item of a home: how to count it (the linked list's own query) and where the list is. */
interface WorkItemDefinition {
  key: WorkItemKey;
  /** The web route of the list, and its filters as the list reads them from the address. */
  path: string;
  query?: Record<string, string>;
  overdue?: boolean;
  /** Whether this user gets the item (asked of the policy by capability). */
  when?: (user: AuthenticatedUser) => boolean;
  count: (user: AuthenticatedUser) => Promise<number>;
}

/** A list's query DTO with the filters given, asking for one row: only the list's `total` is read. */
function firstRowOf<T extends PageQueryDto>(Dto: new () => T, filters: Partial<T>): T {
  return Object.assign(new Dto(), filters, { page: 1, limit: 1 });
}

/**
 * "My work": each item is counted by the very query of the list it links to (its `total`, with the
 * filters of the link), so the home never shows a number its list cannot show, and every count is
 * scoped to the reader's organization as that list is.
 */
@Injectable()
export class WorkService {
  private readonly homes: Record<WorkRole, WorkItemDefinition[]>;

  constructor(
    financing: FinancingRequestsService,
    reviews: FinancingReviewsQueries,
    expressions: ExpressionReadsService,
    matches: CooperationMatchesService,
    projects: CooperationProjectsQueries,
    serviceRequests: AgreementServiceReadsService,
    briefs: PolicyBriefsQueries,
    membership: MembershipService,
    moderation: ModerationService,
    issues: MemberIssueReadsService,
    countries: CountriesService,
    agreements: AgreementReadsService,
    alerts: RiskAlertReadsService,
    initiatives: InitiativeReadsService,
    meetings: MeetingReadsService,
  ) {
    const total = async (page: Promise<{ total: number }>) => (await page).total;
    const requests = (status: 'offer_received' | 'draft') => (user: AuthenticatedUser) =>
      total(financing.list(user, firstRowOf(ListFinancingQueryDto, { status })));
    const queue = (filters: Partial<QueueQueryDto>) => (user: AuthenticatedUser) =>
      total(reviews.queue(user, firstRowOf(QueueQueryDto, filters)));
    const services = (filters: Partial<ListServiceRequestsQueryDto>) => (user: AuthenticatedUser) =>
      total(serviceRequests.list(user, firstRowOf(ListServiceRequestsQueryDto, filters)));
    // Alerts in force still waiting for an acknowledgement (the organization's own; for the secretariat, anyone's).
    const unacknowledgedAlerts = (user: AuthenticatedUser) =>
      total(alerts.list(user, firstRowOf(ListRiskAlertsQueryDto, { status: 'active', unacknowledged: true })));
    const agreementsWith = (filters: Partial<ListAgreementsQueryDto>) => (user: AuthenticatedUser) =>
      total(agreements.list(user, firstRowOf(ListAgreementsQueryDto, filters)));
    const ownBriefs = (status: 'changes_requested' | 'draft') => (user: AuthenticatedUser) =>
      total(briefs.list(user, firstRowOf(ListPolicyBriefsQueryDto, { scope: 'mine', status })));
    // Initiatives open for endorsement that the reader's organization has not endorsed.
    const notEndorsed = (user: AuthenticatedUser) =>
      total(initiatives.list(user, firstRowOf(ListInitiativesQueryDto, { endorsed: false })));
    const cases = (filters: Partial<ListIssueCasesQueryDto>) => (user: AuthenticatedUser) =>
      total(issues.listCases(user, firstRowOf(ListIssueCasesQueryDto, filters)));

    this.homes = {
      operator: [
        {
          key: 'financingOffersToCompare',
          path: '/financing/requests',
          query: { status: 'offer_received' },
          count: requests('offer_received'),
        },
        {
          key: 'expressionsToAnswer',
          path: '/cooperation/interests',
          query: { side: 'received', status: 'open' },
          count: (user) =>
            total(expressions.list(user, firstRowOf(ListExpressionsQueryDto, { side: 'received', status: 'open' }))),
        },
        {
          key: 'cooperationMatches',
          path: '/cooperation',
          // The platform's home shows the organization's matches, all of them (at most 20).
          count: async (user) => (await matches.forOrganization(user)).length,
        },
        {
          key: 'serviceRequestsInProgress',
          path: '/services/requests',
          query: { side: 'sent', status: 'accepted' },
          count: services({ side: 'sent', status: 'accepted' }),
        },
        {
          key: 'financingDrafts',
          path: '/financing/requests',
          query: { status: 'draft' },
          count: requests('draft'),
        },
        {
          key: 'financingQuestionsToAnswer',
          path: '/financing/requests',
          query: { awaitingAnswer: 'true' },
          count: (user) => total(financing.list(user, firstRowOf(ListFinancingQueryDto, { awaitingAnswer: true }))),
        },
        {
          key: 'alertsToAcknowledge',
          path: '/policy/alerts',
          query: { status: 'active', unacknowledged: 'true' },
          // An exposed organization's admins confirm that its people know of an alert.
          when: (user) => user.ability.can('acknowledge', 'RiskAlert'),
          count: unacknowledgedAlerts,
        },
        {
          key: 'initiativesToSign',
          path: '/initiatives',
          query: { endorsed: 'false' },
          // An admin signs for the organization (endorses); any other member proposes that it does.
          when: (user) => initiativeReader(user).canSign,
          count: notEndorsed,
        },
        {
          key: 'initiativesToPropose',
          path: '/initiatives',
          query: { endorsed: 'false' },
          when: (user) => !initiativeReader(user).canSign && initiativeReader(user).canPropose,
          count: notEndorsed,
        },
      ],
      financial: [
        {
          key: 'offersToRelease',
          path: '/financing/reviews',
          query: { release: 'true' },
          when: (user) => user.ability.can('release', 'FinancingOffer'),
          count: queue({ release: true }),
        },
        {
          key: 'reviewsOverdue',
          path: '/financing/reviews',
          query: { overdue: 'true' },
          overdue: true,
          count: queue({ overdue: true }),
        },
        {
          key: 'reviewsNew',
          path: '/financing/reviews',
          query: { reviewStatus: 'new' },
          count: queue({ reviewStatus: 'new' }),
        },
        {
          key: 'reviewsAnswered',
          path: '/financing/reviews',
          query: { answered: 'true' },
          count: queue({ answered: true }),
        },
        {
          key: 'alertsInReviewCountries',
          path: '/policy/alerts',
          query: { status: 'active', reviewCountries: 'true' },
          count: (user) =>
            total(alerts.list(user, firstRowOf(ListRiskAlertsQueryDto, { status: 'active', reviewCountries: true }))),
        },
      ],
      provider: [
        {
          key: 'serviceRequestsReceived',
          path: '/services/requests',
          query: { side: 'received', status: 'requested' },
          count: services({ side: 'received', status: 'requested' }),
        },
        {
          key: 'briefsChangesRequested',
          path: '/policy/briefs',
          query: { scope: 'mine', status: 'changes_requested' },
          count: ownBriefs('changes_requested'),
        },
        {
          key: 'briefDrafts',
          path: '/policy/briefs',
          query: { scope: 'mine', status: 'draft' },
          count: ownBriefs('draft'),
        },
        {
          key: 'agreementsWithOpenCommitments',
          path: '/agreements',
          query: { commitments: 'open' },
          count: agreementsWith({ commitments: 'open' }),
        },
      ],
      secretariat: [
        {
          key: 'membershipApplications',
          path: '/admin/membership-applications',
          query: { status: 'pending' },
          count: () => total(membership.list(firstRowOf(ListApplicationsQueryDto, { status: 'pending' }))),
        },
        {
          key: 'reportedPosts',
          path: '/admin/moderation',
          query: { status: 'open' },
          count: () => total(moderation.list(firstRowOf(ListReportsQueryDto, { status: 'open' }))),
        },
        {
          key: 'briefsToReview',
          path: '/policy/briefs',
          query: { scope: 'review' },
          count: (user) => total(briefs.list(user, firstRowOf(ListPolicyBriefsQueryDto, { scope: 'review' }))),
        },
        {
          key: 'projectsToReview',
          path: '/cooperation/projects',
          query: { scope: 'review' },
          count: (user) => total(projects.list(user, firstRowOf(ListCooperationProjectsQueryDto, { scope: 'review' }))),
        },
        {
          key: 'issuesToFile',
          path: '/policy/issues',
          query: { view: 'inbox' },
          count: (user) => total(issues.listIssues(user, firstRowOf(ListMemberIssuesQueryDto, { unfiled: true }))),
        },
        {
          key: 'openIssueCases',
          path: '/policy/cases',
          query: { status: 'open' },
          count: cases({ status: 'open' }),
        },
        {
          key: 'issueCasesOverdue',
          path: '/policy/cases',
          query: { status: 'open', openForMoreThanDays: String(ISSUE_CASE_OVERDUE_DAYS) },
          overdue: true,
          count: cases({ status: 'open', openForMoreThanDays: ISSUE_CASE_OVERDUE_DAYS }),
        },
        {
          key: 'ratingsToDecide',
          path: '/policy/ratings',
          query: { status: 'proposed' },
          count: (user) => total(countries.list(user, firstRowOf(ListRatingsQueryDto, { status: 'proposed' }))),
        },
        {
          key: 'alertsUnacknowledged',
          path: '/policy/alerts',
          query: { status: 'active', unacknowledged: 'true' },
          count: unacknowledgedAlerts,
        },
        {
          key: 'agreementsExpiring',
          path: '/agreements',
          query: { expiringWithinDays: String(AGREEMENT_EXPIRY_NOTICE_DAYS) },
          count: agreementsWith({ expiringWithinDays: AGREEMENT_EXPIRY_NOTICE_DAYS }),
        },
        {
          key: 'agreementsWithOverdueCommitments',
          path: '/agreements',
          query: { commitments: 'overdue' },
          overdue: true,
          count: agreementsWith({ commitments: 'overdue' }),
        },
        {
          key: 'meetingsToSchedule',
          path: '/meetings/requests',
          query: { status: 'accepted', scheduled: 'false' },
          // The secretariat organizes every event's B2B meetings: accepted ones wait for a slot and a table.
          when: (user) => user.ability.can('readAll', 'Meeting'),
          count: (user) =>
            total(
              meetings.acrossEvents(
                user,
                firstRowOf(ListOrganizerMeetingsQueryDto, { status: 'accepted', scheduled: false }),
              ),
            ),
        },
      ],
    };
  }

  /** The reader's home: the items of its role (those its capabilities open), each counted in parallel. */
  async forUser(user: AuthenticatedUser): Promise<{ role: WorkRole; items: WorkItemDto[] }> {
    const role = workRole(user.ability);
    const definitions = this.homes[role].filter((item) => item.when?.(user) ?? true);
    const counts = await Promise.all(definitions.map((item) => item.count(user)));
    return {
      role,
      items: definitions.map((item, i) => ({
        key: item.key,
        count: counts[i],
        ...(item.overdue ? { overdue: true } : {}),
        link: { path: item.path, query: item.query ?? {} },
      })),
    };
  }
}
