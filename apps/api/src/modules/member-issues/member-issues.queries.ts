import { Injectable } from '@nestjs/common';
import type { Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { IssueCaseSummaryResponse, MemberIssueSummaryResponse } from './dto/member-issue-response.dto';
import type { IssueCaseFilter, ListIssueCasesQueryDto, ListMemberIssuesQueryDto } from './dto/member-issue.dto';
import { GovernmentBody } from './entities/government-body.entity';
import { IssueCase } from './entities/issue-case.entity';
import { MemberIssue } from './entities/member-issue.entity';

/** The case statuses still being worked on (the `open` filter; the partial index IDX_issue_cases_open). */
export const OPEN_CASE_STATUSES = ['open', 'relayed', 'answered'] as const;

/** The most rows an export holds (the oldest open cases first). */
export const CASE_EXPORT_LIMIT = 10_000;

export const seesAllIssues = (viewer: AuthenticatedUser): boolean => viewer.ability.can('readAll', 'MemberIssue');

/** An issue opens to its organization and the secretariat only. */
function visibleIssues<T extends MemberIssue>(qb: SelectQueryBuilder<T>, viewer: AuthenticatedUser, i = 'i') {
  return seesAllIssues(viewer)
    ? qb
    : qb.andWhere(`${i}.organization_id = :viewerOrg`, { viewerOrg: viewer.organization.id });
}

/**
 * A case opens to the secretariat; to a member when it holds one of the member's own issues or an
 * issue that is not confidential.
 */
function visibleCases<T extends IssueCase>(qb: SelectQueryBuilder<T>, viewer: AuthenticatedUser, c = 'c') {
  if (viewer.ability.can('readAll', 'IssueCase')) return qb;
  return qb.andWhere(
    `(${c}.has_public_issue OR EXISTS (SELECT 1 FROM member_issues own WHERE own.case_id = ${c}.id AND own.organization_id = :viewerOrg))`,
    { viewerOrg: viewer.organization.id },
  );
}

/** The cases lists' filters (the page's and its CSV export's). */
interface CaseFilters {
  status: IssueCaseFilter;
  country?: string;
  category?: string;
  openForMoreThanDays?: number;
}

function caseFilters<T extends IssueCase>(qb: SelectQueryBuilder<T>, filters: CaseFilters) {
  if (filters.status === 'open') qb.andWhere('c.status IN (:...open)', { open: OPEN_CASE_STATUSES });
  else if (filters.status !== 'all') qb.andWhere('c.status = :status', { status: filters.status });
  if (filters.openForMoreThanDays)
    qb.andWhere(`c.opened_at < now() - CAST(:openDays AS int) * interval '1 day'`, {
      openDays: filters.openForMoreThanDays,
    });
  if (filters.country) qb.andWhere('c.country = :country', { country: filters.country });
  if (filters.category) qb.andWhere('c.category = :category', { category: filters.category });
  // The problem that has waited longest first.
  return qb.orderBy('c.opened_at', 'ASC').addOrderBy('c.id', 'ASC');
}

/** The SQL of the member issues log: issues and cases as each reader may see them, locks, references, government bodies. */
@Injectable()
export class MemberIssuesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A member: its organization's issues, newest first; the secretariat: all, or its inbox of unfiled issues oldest first. */
  listIssues(
    viewer: AuthenticatedUser,
    query: ListMemberIssuesQueryDto,
  ): Promise<Paginated<MemberIssueSummaryResponse>> {
    const qb = this.issueRows(this.dataSource.manager);
    visibleIssues(qb, viewer);
    if (query.unfiled) {
      if (!seesAllIssues(viewer)) throw forbidden('Only the secretariat files issues in cases');
      qb.andWhere("i.case_id IS NULL AND i.status = 'submitted'")
        .orderBy('i.created_at', 'ASC')
        .addOrderBy('i.id', 'ASC');
    } else {
      qb.orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC');
    }
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.country) qb.andWhere('i.country = :country', { country: query.country });
    if (query.category) qb.andWhere('i.category = :category', { category: query.category });
    return paginate(qb, query, MemberIssueSummaryResponse.from);
  }

  /** The issue as `viewer` may open it, with what its page shows (null: not found or not theirs). */
  issue(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<MemberIssue | null> {
    const qb = this.issueRows(manager)
      .leftJoinAndSelect('i.raisedBy', 'u')
      .leftJoinAndSelect('i.case', 'c')
      .andWhere('i.id = :id', { id });
    return visibleIssues(qb, viewer).getOne();
  }

  /** The issue locked for a change, if `viewer` may open it. */
  lockedIssue(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<MemberIssue | null> {
    const qb = manager
      .getRepository(MemberIssue)
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .setLock('pessimistic_write');
    return visibleIssues(qb, viewer).getOne();
  }

  /** The issues of cases still open to the step (closed ones stay closed), locked. */
  caseIssuesLocked(manager: EntityManager, caseId: string): Promise<MemberIssue[]> {
    return manager
      .getRepository(MemberIssue)
      .createQueryBuilder('i')
      .where('i.case_id = :caseId', { caseId })
      .orderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Cases, the oldest problem first. The secretariat: all; a member: those it may see. */
  listCases(viewer: AuthenticatedUser, query: ListIssueCasesQueryDto): Promise<Paginated<IssueCaseSummaryResponse>> {
    const qb = this.dataSource.getRepository(IssueCase).createQueryBuilder('c');
    visibleCases(qb, viewer);
    caseFilters(qb, query);
    return paginate(qb, query, IssueCaseSummaryResponse.from);
  }

  /** The secretariat's export: the filtered cases with the body they went to. */
  exportCases(filters: CaseFilters): Promise<IssueCase[]> {
    const qb = this.dataSource
      .getRepository(IssueCase)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.governmentBody', 'g');
    return caseFilters(qb, filters).limit(CASE_EXPORT_LIMIT).getMany();
  }

  /** The case as `viewer` may open it, with its government body (null: not found or not for them). */
  case(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<IssueCase | null> {
    const qb = manager
      .getRepository(IssueCase)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.governmentBody', 'g')
      .where('c.id = :id', { id });
    return visibleCases(qb, viewer).getOne();
  }

  /** The issues of a case the reader may see: the secretariat all; a member its own only. */
  caseIssues(manager: EntityManager, viewer: AuthenticatedUser, caseId: string): Promise<MemberIssue[]> {
    const qb = this.issueRows(manager)
      .andWhere('i.case_id = :caseId', { caseId })
      .orderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC');
    return visibleIssues(qb, viewer).getMany();
  }

  lockedCase(manager: EntityManager, id: string): Promise<IssueCase | null> {
    return manager.findOne(IssueCase, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** What the case's issues say of it: how many organizations raised it, whether one may be shown, since when. */
  async caseFacts(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ raisedBy: number; hasPublicIssue: boolean; openedAt: Date | null }> {
    const [row] = (await manager.query(
      `SELECT COUNT(DISTINCT organization_id)::int AS raised_by, COALESCE(bool_or(NOT confidential), false) AS has_public,
              MIN(created_at) AS opened_at
         FROM member_issues WHERE case_id = $1`,
      [caseId],
    )) as { raised_by: number; has_public: boolean; opened_at: Date | null }[];
    return { raisedBy: row.raised_by, hasPublicIssue: row.has_public, openedAt: row.opened_at };
  }

  /** Whether the case still bears the title of one of its confidential issues (as a case made from it does). */
  async titledAfterConfidential(manager: EntityManager, kase: IssueCase): Promise<boolean> {
    const [row] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM member_issues WHERE case_id = $1 AND confidential
          AND title_en IS NOT DISTINCT FROM $2 AND title_zh IS NOT DISTINCT FROM $3) AS titled`,
      [kase.id, kase.titleEn, kase.titleZh],
    )) as { titled: boolean }[];
    return row.titled;
  }

  /** The next reference of a sequence, e.g. MI-2026-00012. */
  async nextReference(manager: EntityManager, kind: 'MI' | 'IC'): Promise<string> {
    const sequence = kind === 'MI' ? 'member_issue_reference_seq' : 'issue_case_reference_seq';
    const [{ n }] = (await manager.query(`SELECT nextval('${sequence}') AS n`)) as { n: string }[];
    return `${kind}-${new Date().getFullYear()}-${String(n).padStart(5, '0')}`;
  }

  /** The ids of the secretariat's active organizations (who hear of a new issue). */
  async secretariatIds(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM organizations WHERE type = 'secretariat' AND status = 'active'`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  governmentBodies(all: boolean): Promise<GovernmentBody[]> {
    const qb = this.dataSource.getRepository(GovernmentBody).createQueryBuilder('g');
    if (!all) qb.where('g.active');
    return qb
      .orderBy('g.active', 'DESC')
      .addOrderBy('g.name_en', 'ASC', 'NULLS LAST')
      .addOrderBy('g.name_zh', 'ASC')
      .getMany();
  }

  private issueRows(manager: EntityManager): SelectQueryBuilder<MemberIssue> {
    return manager
      .getRepository(MemberIssue)
      .createQueryBuilder('i')
      .innerJoin('i.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh'])
      .leftJoin('i.park', 'p')
      .addSelect(['p.id', 'p.nameEn', 'p.nameZh']);
  }
}
