import type {
  IssueCaseTransition,
  MemberIssueActor,
  MemberIssueTransition,
  NotificationType,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import type { IssueCase } from './entities/issue-case.entity';
import type { MemberIssue } from './entities/member-issue.entity';

export function actorOf(auth: AuthenticatedUser): MemberIssueActor {
  return {
    userId: auth.user.id,
    organizationId: auth.organization.id,
    secretariat: auth.principal.organizationType === 'secretariat',
  };
}

/** What an issue's organization is told of each of its steps. */
export const ISSUE_STEP_NOTIFICATIONS: Record<MemberIssueTransition, NotificationType> = {
  acknowledge: 'issue_acknowledged',
  relay: 'issue_relayed',
  answer: 'issue_answered',
  resolve: 'issue_resolved',
  close: 'issue_closed',
};

/** The steps an issue filed in a case takes to reach the case's own (acknowledged, then relayed and answered with it). */
export function stepsToJoin(kase: Pick<IssueCase, 'status'>): MemberIssueTransition[] {
  if (kase.status === 'relayed') return ['acknowledge', 'relay'];
  if (kase.status === 'answered') return ['acknowledge', 'relay', 'answer'];
  return ['acknowledge'];
}

export const caseMoves = ['relay', 'answer', 'resolve', 'close'] as const satisfies readonly IssueCaseTransition[];

/** 409 when the record changed since the reader loaded it. */
export function assertVersion(record: { version: number }, version: number | undefined, what: string): void {
  if (version !== undefined && version !== record.version)
    throw new AppError(409, 'CONFLICT', `Someone else changed this ${what} since you opened it; reload and try again`, [
      { field: 'version', constraint: 'current', message: String(record.version) },
    ]);
}

export const issueState = (issue: MemberIssue) => ({ status: issue.status, caseId: issue.caseId });

export function caseContent(kase: IssueCase) {
  return {
    titleEn: kase.titleEn,
    titleZh: kase.titleZh,
    summaryEn: kase.summaryEn,
    summaryZh: kase.summaryZh,
    status: kase.status,
  };
}
