import { Injectable } from '@nestjs/common';
import {
  csvHeaders,
  csvLabel,
  issueCaseActions,
  memberIssueActions,
  type Locale,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { csvText } from '../../common/csv/csv';
import { notFound } from '../../common/errors/app-error';
import {
  IssueCaseResponse,
  type IssueCaseSummaryResponse,
  MemberIssueResponse,
  type MemberIssueSummaryResponse,
} from './dto/member-issue-response.dto';
import type { IssueCaseFiltersDto, ListIssueCasesQueryDto, ListMemberIssuesQueryDto } from './dto/member-issue.dto';
import {
  ISSUE_CASE_CSV_COLUMNS,
  ISSUE_CASE_CSV_HEADERS,
  ISSUE_CASE_STATUS_LABELS,
  MEMBER_ISSUE_CATEGORY_LABELS,
} from './issue-cases.csv';
import { actorOf } from './member-issue-records';
import { MemberIssuesQueries } from './member-issues.queries';

const day = (date: Date | null): string => date?.toISOString().slice(0, 10) ?? '';

/** What readers see of the issues log: issues and cases as each may see them, and the secretariat's export. */
@Injectable()
export class MemberIssueReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: MemberIssuesQueries,
  ) {}

  listIssues(
    viewer: AuthenticatedUser,
    query: ListMemberIssuesQueryDto,
  ): Promise<Paginated<MemberIssueSummaryResponse>> {
    return this.queries.listIssues(viewer, query);
  }

  getIssue(viewer: AuthenticatedUser, id: string): Promise<MemberIssueResponse> {
    return this.issueView(this.dataSource.manager, viewer, id);
  }

  listCases(viewer: AuthenticatedUser, query: ListIssueCasesQueryDto): Promise<Paginated<IssueCaseSummaryResponse>> {
    return this.queries.listCases(viewer, query);
  }

  getCase(viewer: AuthenticatedUser, id: string): Promise<IssueCaseResponse> {
    return this.caseView(this.dataSource.manager, viewer, id);
  }

  /** The issue as `viewer` may open it (404 to anyone outside its organization and the secretariat). */
  async issueView(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<MemberIssueResponse> {
    const issue = await this.queries.issue(manager, viewer, id);
    if (!issue) throw notFound('Member issue');
    return MemberIssueResponse.of(issue, memberIssueActions(issue, actorOf(viewer)));
  }

  /** The case as `viewer` may open it, with the issues they may see (404 to a member it shows nothing of). */
  async caseView(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<IssueCaseResponse> {
    const kase = await this.queries.case(manager, viewer, id);
    if (!kase) throw notFound('Issue case');
    const issues = await this.queries.caseIssues(manager, viewer, id);
    return IssueCaseResponse.of(kase, issues, issueCaseActions(kase, actorOf(viewer)));
  }

  /** The secretariat's export of cases, headers and coded values in `locale`. */
  async exportCases(filters: IssueCaseFiltersDto, locale: Locale): Promise<{ headers: string[]; rows: unknown[][] }> {
    const cases = await this.queries.exportCases(filters);
    const rows = cases.map((c) => [
      c.reference,
      c.country,
      csvLabel(MEMBER_ISSUE_CATEGORY_LABELS, c.category, locale),
      csvText(c.titleEn),
      csvText(c.titleZh),
      csvLabel(ISSUE_CASE_STATUS_LABELS, c.status, locale),
      c.raisedBy,
      day(c.openedAt),
      csvText(
        locale === 'zh'
          ? (c.governmentBody?.nameZh ?? c.governmentBody?.nameEn)
          : (c.governmentBody?.nameEn ?? c.governmentBody?.nameZh),
      ),
      day(c.relayedAt),
      day(c.answeredAt),
    ]);
    return { headers: csvHeaders(ISSUE_CASE_CSV_HEADERS, ISSUE_CASE_CSV_COLUMNS, locale), rows };
  }
}
