import {
  canMove,
  canRenewProject,
  COOPERATION_OPEN_MONTHS,
  COOPERATION_PROJECT_TRANSITIONS,
  cooperationProjectActions,
  type CooperationActor,
  type CooperationProjectAction,
  type CooperationProjectState,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { forbidden, illegalTransition, unprocessable } from '../../../common/errors/app-error';
import type { CooperationProject } from '../entities/cooperation-project.entity';

/** The attachments' record type of a project's files. */
export const PROJECT_RECORD = 'cooperation_project';

/** The statuses of a published project: what other members, visitors, search and exposure see. */
export const PUBLISHED_STATUSES = ['open', 'in_talks'] as const;

export const actorOf = (auth: AuthenticatedUser): CooperationActor => ({
  userId: auth.user.id,
  organizationId: auth.organization.id,
  organizationType: auth.principal.organizationType,
  orgRole: auth.principal.orgRole,
  organizationActive: auth.organization.status === 'active',
});

export const stateOf = (project: CooperationProject, ownOpenExpression = false): CooperationProjectState => ({
  status: project.status,
  organizationId: project.organizationId,
  expiresAt: project.expiresAt,
  ownOpenExpression,
});

export const isSecretariat = (auth: AuthenticatedUser): boolean => auth.principal.organizationType === 'secretariat';

/** The same date `months` later (the last day of a shorter month when the day is not in it). */
export function addMonths(date: Date, months: number): Date {
  const next = new Date(date);
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + months);
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, last));
  return next;
}

/** A project stays open through its deadline day (UTC): it expires at the start of the next. */
export const deadlineEnd = (deadline: string): Date => new Date(Date.parse(`${deadline}T00:00:00Z`) + 86_400_000);

/** Today's date in UTC, YYYY-MM-DD (a deadline before it has passed). */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/** When a project published at `publishedAt` expires: its deadline, or twelve months on, whichever comes first. */
export function expiryOf(publishedAt: Date, deadline: string | null): Date {
  const twelveMonths = addMonths(publishedAt, COOPERATION_OPEN_MONTHS);
  if (!deadline) return twelveMonths;
  const end = deadlineEnd(deadline);
  return end < twelveMonths ? end : twelveMonths;
}

const OWNER_ACTIONS: readonly CooperationProjectAction[] = ['update', 'submit', 'reopen', 'close', 'renew'];

/** Whether the project's state (not the reader) allows `action`. */
function stateAllows(project: CooperationProject, action: CooperationProjectAction, now: Date): boolean {
  switch (action) {
    case 'update':
      return project.status === 'draft' || project.status === 'open' || project.status === 'in_talks';
    case 'renew':
      return canRenewProject(project, now);
    case 'submit':
    case 'approve':
    case 'return':
    case 'reopen':
    case 'close':
      return canMove(COOPERATION_PROJECT_TRANSITIONS, action, project.status);
    default:
      return project.status === 'open' || project.status === 'in_talks';
  }
}

/**
 * Refuses a step the reader may not take now, as `cooperationProjectActions` decides (the list the web
 * offers): an owner whose organization is no longer active (422), a renewal before its reminder is due
 * (422), a status that does not allow the step (409 ILLEGAL_TRANSITION naming what the reader may do),
 * else 403. The route's policy and the record's scope have already kept out the secretariat from the
 * owner's steps and other members from both.
 */
export function assertAction(
  project: CooperationProject,
  auth: AuthenticatedUser,
  action: CooperationProjectAction,
  now = new Date(),
): void {
  const actor = actorOf(auth);
  const allowed = cooperationProjectActions(stateOf(project), actor, now);
  if (allowed.includes(action)) return;
  if (OWNER_ACTIONS.includes(action) && !actor.organizationActive)
    throw unprocessable('PROJECT_ORGANIZATION_INACTIVE', 'Only an active member organization changes its projects');
  if (action === 'renew' && (project.status === 'open' || project.status === 'in_talks') && project.expiresAt)
    throw unprocessable(
      'PROJECT_RENEWAL_TOO_EARLY',
      'A project is renewed in the 30 days before it expires',
      'expiresAt',
    );
  if (!stateAllows(project, action, now)) throw illegalTransition(action, project.status, allowed);
  throw forbidden(
    action === 'approve' || action === 'return'
      ? 'Only the secretariat reviews cooperation projects'
      : "Only the project's own organization changes it",
  );
}

export const titlesOf = (project: Pick<CooperationProject, 'titleEn' | 'titleZh'>) => ({
  titleEn: project.titleEn,
  titleZh: project.titleZh,
});

/** What the audit log keeps of a project's content and state. */
export function projectState(p: CooperationProject) {
  return {
    status: p.status,
    kind: p.kind,
    audience: p.audience,
    parkId: p.parkId,
    titleEn: p.titleEn,
    titleZh: p.titleZh,
    summaryEn: p.summaryEn,
    summaryZh: p.summaryZh,
    descriptionEn: p.descriptionEn,
    descriptionZh: p.descriptionZh,
    sectors: p.sectors,
    country: p.country,
    sizeUsd: p.sizeUsd,
    deadline: p.deadline,
    expiresAt: p.expiresAt,
  };
}
