import type { IssueCaseStatus, MemberIssueStatus } from '@alliance/contracts';

/** The way an issue goes when nothing stops it. */
export const ISSUE_PATH = ['submitted', 'acknowledged', 'relayed', 'answered', 'resolved'] as const;
/** The way a case goes. */
export const CASE_PATH = ['open', 'relayed', 'answered', 'resolved'] as const;

export type StepState = 'finish' | 'process' | 'wait' | 'error';

export interface ProgressStep<S extends string> {
  status: S | 'closed';
  state: StepState;
}

/** What is known to have happened before a record was closed (the record keeps no "closed from"). */
export interface Reached {
  filed?: boolean;
  relayed?: boolean;
  answered?: boolean;
}

/**
 * The steps to draw: those passed are finished, the current one in progress (the last one, resolved,
 * finished), those ahead waiting. A closed record shows the steps it reached, then "closed" as an
 * error step; the steps it never reached are left out.
 */
function stepsAlong<S extends string>(
  path: readonly S[],
  status: S | 'closed',
  reachedBeforeClose: (step: S) => boolean,
): ProgressStep<S>[] {
  if (status === 'closed') {
    return [
      ...path.filter(reachedBeforeClose).map((step) => ({ status: step, state: 'finish' as const })),
      { status: 'closed', state: 'error' },
    ];
  }
  const at = path.indexOf(status);
  const last = path.length - 1;
  return path.map((step, index) => ({
    status: step,
    state: index < at || (index === at && at === last) ? 'finish' : index === at ? 'process' : 'wait',
  }));
}

export function issueSteps(status: MemberIssueStatus, reached: Reached = {}): ProgressStep<MemberIssueStatus>[] {
  const known: Record<(typeof ISSUE_PATH)[number], boolean> = {
    submitted: true,
    acknowledged: Boolean(reached.filed || reached.relayed || reached.answered),
    relayed: Boolean(reached.relayed || reached.answered),
    answered: Boolean(reached.answered),
    resolved: false,
  };
  return stepsAlong<MemberIssueStatus>(ISSUE_PATH, status, (step) => known[step as keyof typeof known]);
}

export function caseSteps(status: IssueCaseStatus, reached: Reached = {}): ProgressStep<IssueCaseStatus>[] {
  const known: Record<(typeof CASE_PATH)[number], boolean> = {
    open: true,
    relayed: Boolean(reached.relayed || reached.answered),
    answered: Boolean(reached.answered),
    resolved: false,
  };
  return stepsAlong<IssueCaseStatus>(CASE_PATH, status, (step) => known[step as keyof typeof known]);
}

/** The index of the step to highlight (antd Steps' `current`): the one in progress, else the last drawn. */
export function currentStep(steps: readonly ProgressStep<string>[]): number {
  const at = steps.findIndex((step) => step.state === 'process' || step.state === 'error');
  if (at >= 0) return at;
  const lastDone = steps.map((step) => step.state).lastIndexOf('finish');
  return Math.max(0, lastDone);
}
