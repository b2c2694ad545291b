import { Injectable } from '@nestjs/common';
import {
  CASE_MOVE_OF_ISSUE,
  canMove,
  IllegalTransitionError,
  ISSUE_CASE_TRANSITIONS,
  issueCaseActions,
  MEMBER_ISSUE_TRANSITIONS,
  move,
  type IssueCaseAction,
  type IssueCaseTransition,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { withoutUndefined } from '../../common/validation/transforms';
import type { IssueCaseResponse } from './dto/member-issue-response.dto';
import type { AnswerCaseDto, CloseCaseDto, RelayCaseDto, UpdateIssueCaseDto } from './dto/member-issue.dto';
import type { IssueCase } from './entities/issue-case.entity';
import { GovernmentBody } from './entities/government-body.entity';
import { actorOf, assertVersion, caseContent } from './member-issue-records';
import { MemberIssueReadsService } from './member-issue-reads.service';
import { MemberIssuesQueries } from './member-issues.queries';
import { MemberIssuesService } from './member-issues.service';

/**
 * Cases, worked by the secretariat: edited while open, relayed to a government body with the text
 * sent, answered, resolved or closed. Each move carries the case's issues along (those not closed on
 * their own) and tells each issue's organization; each step locks the case, checks its version and
 * status, changes it and audits it, in one transaction.
 */
@Injectable()
export class IssueCasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queries: MemberIssuesQueries,
    private readonly reads: MemberIssueReadsService,
    private readonly issues: MemberIssuesService,
  ) {}

  update(auth: AuthenticatedUser, id: string, dto: UpdateIssueCaseDto): Promise<IssueCaseResponse> {
    const { version, ...changes } = dto;
    return this.change(auth, id, 'update', version, async (_manager, kase) => {
      Object.assign(kase, withoutUndefined(changes));
      if (!kase.titleEn && !kase.titleZh)
        throw unprocessable('CASE_TITLE_REQUIRED', 'A case needs a title in English or Chinese', 'titleEn');
      return caseContent(kase);
    });
  }

  relay(auth: AuthenticatedUser, id: string, dto: RelayCaseDto): Promise<IssueCaseResponse> {
    return this.change(auth, id, 'relay', dto.version, async (manager, kase) => {
      const body = await manager.findOneBy(GovernmentBody, { id: dto.governmentBodyId });
      if (!body) throw notFound('Government body');
      if (!body.active)
        throw unprocessable(
          'GOVERNMENT_BODY_INACTIVE',
          'This government body is no longer on the list: choose an active one',
          'governmentBodyId',
        );
      kase.governmentBodyId = body.id;
      kase.relayedText = dto.relayedText;
      kase.relayedAt = new Date();
      return {
        governmentBodyId: body.id,
        relayedText: dto.relayedText,
        ...(await this.carry(manager, auth, kase, 'relay')),
      };
    });
  }

  answer(auth: AuthenticatedUser, id: string, dto: AnswerCaseDto): Promise<IssueCaseResponse> {
    return this.change(auth, id, 'answer', dto.version, async (manager, kase) => {
      if (!dto.answerEn && !dto.answerZh)
        throw unprocessable('CASE_ANSWER_REQUIRED', 'Record the answer in English or Chinese', 'answerEn');
      kase.answerEn = dto.answerEn ?? null;
      kase.answerZh = dto.answerZh ?? null;
      kase.answeredAt = new Date();
      return { answerEn: kase.answerEn, answerZh: kase.answerZh, ...(await this.carry(manager, auth, kase, 'answer')) };
    });
  }

  resolve(auth: AuthenticatedUser, id: string, version: number): Promise<IssueCaseResponse> {
    return this.change(auth, id, 'resolve', version, (manager, kase) => this.carry(manager, auth, kase, 'resolve'));
  }

  close(auth: AuthenticatedUser, id: string, dto: CloseCaseDto): Promise<IssueCaseResponse> {
    return this.change(auth, id, 'close', dto.version, async (manager, kase) => {
      kase.closedReason = dto.reason;
      return { reason: dto.reason, ...(await this.carry(manager, auth, kase, 'close', dto.reason)) };
    });
  }

  /** Moves the case, then each of its issues still open to the step, and tells each issue's organization. */
  private async carry(
    manager: EntityManager,
    auth: AuthenticatedUser,
    kase: IssueCase,
    action: IssueCaseTransition,
    reason?: string,
  ): Promise<{ issues: string[] }> {
    move(ISSUE_CASE_TRANSITIONS, action, kase);
    const step = CASE_MOVE_OF_ISSUE[action];
    const moved: string[] = [];
    for (const issue of await this.queries.caseIssuesLocked(manager, kase.id)) {
      if (!canMove(MEMBER_ISSUE_TRANSITIONS, step, issue.status)) continue;
      move(MEMBER_ISSUE_TRANSITIONS, step, issue);
      if (step === 'close') issue.closedReason = reason ?? null;
      await manager.save(issue);
      await this.issues.tell(manager, auth, issue, [step]);
      moved.push(issue.id);
    }
    return { issues: moved };
  }

  /**
   * Loads the case locked (404), refuses members (403), a stale version (409) and what the status does
   * not allow (409 naming what it allows), applies the change, saves and audits it, in one transaction.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: IssueCaseAction,
    version: number,
    apply: (manager: EntityManager, kase: IssueCase) => Promise<object>,
  ): Promise<IssueCaseResponse> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.queries.lockedCase(manager, id);
      if (!kase) throw notFound('Issue case');
      const actor = actorOf(auth);
      if (!actor.secretariat) throw forbidden('Only the secretariat works on cases');
      assertVersion(kase, version, 'case');
      const allowed = issueCaseActions(kase, actor);
      if (!allowed.includes(action)) throw new IllegalTransitionError(action, kase.status, allowed);
      const before = caseContent(kase);
      const after = await apply(manager, kase);
      await manager.save(kase);
      await this.audit.record(manager, {
        action: `issue_case.${action}`,
        entityType: 'IssueCase',
        entityId: id,
        organizationId: null,
        before,
        after: { status: kase.status, ...after },
      });
      return this.reads.caseView(manager, auth, id);
    });
  }
}
