import { subject } from '@casl/ability';
import type { CooperationActor, ExpressionState, NotificationType } from '@alliance/contracts';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import type { CooperationProject } from '../entities/cooperation-project.entity';
import type { ExpressionOfInterest } from '../entities/expression-of-interest.entity';

/** The signed-in user as the cooperation rules of contracts see them. */
export function cooperationActor(auth: AuthenticatedUser): CooperationActor {
  return {
    userId: auth.user.id,
    organizationId: auth.organization.id,
    organizationType: auth.principal.organizationType,
    orgRole: auth.principal.orgRole,
    organizationActive: auth.organization.status === 'active',
  };
}

/** An expression as its rules see it; `project` must be loaded. */
export const expressionState = (expression: ExpressionOfInterest): ExpressionState => ({
  status: expression.status,
  organizationId: expression.organizationId,
  projectOrganizationId: (expression.project as CooperationProject).organizationId,
});

/** The expression as the policy's conditions read it (the two organizations). */
export const expressionSubject = (
  type: 'ExpressionOfInterest' | 'CooperationThread',
  expression: { organizationId: string; projectOrganizationId: string },
) =>
  subject(type, {
    organizationId: expression.organizationId,
    projectOrganizationId: expression.projectOrganizationId,
  });

/** Whether `auth` belongs to one of the two organizations of the expression (the only ones who see it). */
export const readsExpression = (
  auth: AuthenticatedUser,
  expression: { organizationId: string; projectOrganizationId: string },
): boolean => auth.ability.can('read', expressionSubject('ExpressionOfInterest', expression));

/** What the other side is told of each step of an expression. */
export const EXPRESSION_NOTIFICATIONS = {
  express: 'interest_expressed',
  withdraw: 'interest_withdrawn',
  accept: 'interest_accepted',
  decline: 'interest_declined',
  message: 'interest_message',
} as const satisfies Record<string, NotificationType>;

/**
 * What the audit log keeps of an expression: its status and parties, never its words (the message,
 * the decline's reason, the thread), which are the two organizations' alone (the secretariat reads the log).
 */
export const expressionAuditState = (expression: ExpressionOfInterest) => ({
  status: expression.status,
  projectId: expression.projectId,
  organizationId: expression.organizationId,
});
