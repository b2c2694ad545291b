import { Injectable } from '@nestjs/common';
import {
  IllegalTransitionError,
  MEMBER_ISSUE_TRANSITIONS,
  memberIssueActions,
  move,
  type MemberIssueAction,
  type MemberIssueTransition,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import { Park } from '../parks/entities/park.entity';
import type { MemberIssueResponse } from './dto/member-issue-response.dto';
import type { CloseDto, CreateMemberIssueDto, FileIssueDto } from './dto/member-issue.dto';
import { IssueCase } from './entities/issue-case.entity';
import { MemberIssue } from './entities/member-issue.entity';
import { actorOf, assertVersion, ISSUE_STEP_NOTIFICATIONS, issueState, stepsToJoin } from './member-issue-records';
import { MemberIssueReadsService } from './member-issue-reads.service';
import { MemberIssuesQueries } from './member-issues.queries';

/**
 * Members' issues: raised by a member organization, filed by the secretariat in a case (which
 * acknowledges them), closed with a reason by either. Each step locks the issue, checks who may
 * take it and whether its status allows it, changes it, audits it and tells its organization, in
 * one transaction. Relay, answer and resolve come with the case (IssueCasesService).
 */
@Injectable()
export class MemberIssuesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: MemberIssuesQueries,
    private readonly reads: MemberIssueReadsService,
  ) {}

  async create(auth: AuthenticatedUser, dto: CreateMemberIssueDto): Promise<MemberIssueResponse> {
    if (actorOf(auth).secretariat)
      throw forbidden('Member organizations raise issues; the secretariat files them in cases');
    if (!dto.titleEn && !dto.titleZh)
      throw unprocessable('ISSUE_TITLE_REQUIRED', 'An issue needs a title in English or Chinese', 'titleEn');
    if (!dto.descriptionEn && !dto.descriptionZh)
      throw unprocessable(
        'ISSUE_DESCRIPTION_REQUIRED',
        'An issue needs a description in English or Chinese',
        'descriptionEn',
      );
    return this.dataSource.transaction(async (manager) => {
      const organizationId = auth.organization.id;
      // Shared lock: a suspension committed meanwhile is seen here, not after the issue is in.
      const organization = await manager.findOne(Organization, {
        where: { id: organizationId },
        lock: { mode: 'pessimistic_read' },
      });
      if (organization?.status !== 'active')
        throw unprocessable('ISSUE_ORGANIZATION_INACTIVE', 'Only an active member organization raises issues');
      if (dto.parkId) {
        const park = await manager.findOneBy(Park, { id: dto.parkId });
        if (park?.organizationId !== organizationId)
          throw unprocessable('ISSUE_PARK_NOT_YOURS', 'The park must be one of your organization’s own', 'parkId');
      }
      const issue = await manager.save(
        manager.create(MemberIssue, {
          reference: await this.queries.nextReference(manager, 'MI'),
          organizationId,
          raisedByUserId: auth.user.id,
          category: dto.category,
          country: dto.country,
          parkId: dto.parkId ?? null,
          titleEn: dto.titleEn ?? null,
          titleZh: dto.titleZh ?? null,
          descriptionEn: dto.descriptionEn ?? null,
          descriptionZh: dto.descriptionZh ?? null,
          confidential: dto.confidential,
          status: 'submitted',
          caseId: null,
        }),
      );
      await this.audit.record(manager, {
        action: 'member_issue.create',
        entityType: 'MemberIssue',
        entityId: issue.id,
        organizationId,
        after: { reference: issue.reference, status: issue.status, ...dto },
      });
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: await this.queries.secretariatIds(manager),
        actorUserId: auth.user.id,
        type: 'issue_submitted',
        recordType: 'member_issue',
        recordId: issue.id,
        titleEn: issue.titleEn,
        titleZh: issue.titleZh,
      });
      return this.reads.issueView(manager, auth, issue.id);
    });
  }

  /**
   * Files the issue in a case (an existing one that is not finished, or a new one made from it),
   * acknowledging it; into a case already relayed or answered, the issue moves along to the case's step.
   */
  file(auth: AuthenticatedUser, id: string, dto: FileIssueDto): Promise<MemberIssueResponse> {
    return this.change(auth, id, 'file', undefined, async (manager, issue) => {
      let kase: IssueCase | null;
      if (dto.caseId) {
        kase = await this.queries.lockedCase(manager, dto.caseId);
        if (!kase) throw notFound('Issue case');
        if (kase.status === 'resolved' || kase.status === 'closed')
          throw unprocessable(
            'ISSUE_CASE_FINISHED',
            `The case is ${kase.status}: file the issue in an open one`,
            'caseId',
          );
      } else {
        kase = await manager.save(
          manager.create(IssueCase, {
            reference: await this.queries.nextReference(manager, 'IC'),
            category: issue.category,
            country: issue.country,
            titleEn: issue.titleEn,
            titleZh: issue.titleZh,
            status: 'open',
            openedAt: issue.createdAt,
            createdByUserId: auth.user.id,
          }),
        );
        await this.audit.record(manager, {
          action: 'issue_case.create',
          entityType: 'IssueCase',
          entityId: kase.id,
          organizationId: null,
          after: { reference: kase.reference, fromIssue: issue.id },
        });
      }
      const steps = stepsToJoin(kase);
      for (const step of steps) move(MEMBER_ISSUE_TRANSITIONS, step, issue);
      issue.caseId = kase.id;
      await manager.save(issue);
      const facts = await this.queries.caseFacts(manager, kase.id);
      // A case members could not see until now, titled after a confidential issue, takes this issue's
      // title: members who may now open it never read a confidential issue's words.
      if (!kase.hasPublicIssue && facts.hasPublicIssue && (await this.queries.titledAfterConfidential(manager, kase))) {
        kase.titleEn = issue.titleEn;
        kase.titleZh = issue.titleZh;
      }
      Object.assign(kase, facts);
      kase.updatedAt = new Date();
      await manager.save(kase);
      await this.tell(manager, auth, issue, steps);
      return { caseId: kase.id, caseReference: kase.reference };
    });
  }

  /** Closes the issue with a reason (its organization, or the secretariat), at any open step. */
  close(auth: AuthenticatedUser, id: string, dto: CloseDto): Promise<MemberIssueResponse> {
    return this.change(auth, id, 'close', dto.version, async (manager, issue) => {
      move(MEMBER_ISSUE_TRANSITIONS, 'close', issue);
      issue.closedReason = dto.reason;
      await manager.save(issue);
      await this.tell(manager, auth, issue, ['close']);
      return { reason: dto.reason };
    });
  }

  /**
   * Loads the issue locked (404 to anyone outside its organization and the secretariat), refuses a
   * stale version (409) and what the caller's role or the status does not allow (403 / 409), applies
   * the change and audits it, in one transaction; answers with the issue as the caller sees it.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: MemberIssueAction,
    version: number | undefined,
    apply: (manager: EntityManager, issue: MemberIssue) => Promise<object>,
  ): Promise<MemberIssueResponse> {
    return this.dataSource.transaction(async (manager) => {
      const issue = await this.queries.lockedIssue(manager, auth, id);
      if (!issue) throw notFound('Member issue');
      const actor = actorOf(auth);
      if (action === 'file' && !actor.secretariat) throw forbidden('Only the secretariat files issues in cases');
      assertVersion(issue, version, 'issue');
      const allowed = memberIssueActions(issue, actor);
      if (!allowed.includes(action)) throw new IllegalTransitionError(action, issue.status, allowed);
      const before = issueState(issue);
      const after = await apply(manager, issue);
      await this.audit.record(manager, {
        action: `member_issue.${action}`,
        entityType: 'MemberIssue',
        entityId: id,
        organizationId: issue.organizationId,
        before,
        after: { ...issueState(issue), ...after },
      });
      return this.reads.issueView(manager, auth, id);
    });
  }

  /** The issue's organization hears of each step it took (also the steps its case takes it along). */
  async tell(
    manager: EntityManager,
    auth: AuthenticatedUser,
    issue: MemberIssue,
    steps: MemberIssueTransition[],
  ): Promise<void> {
    for (const step of steps)
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: [issue.organizationId],
        actorUserId: auth.user.id,
        type: ISSUE_STEP_NOTIFICATIONS[step],
        recordType: 'member_issue',
        recordId: issue.id,
        titleEn: issue.titleEn,
        titleZh: issue.titleZh,
      });
  }
}
