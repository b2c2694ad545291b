import {
  RISK_ALERT_TRANSITIONS,
  riskAlertActions,
  canMove,
  type RiskAlertAction,
  type RiskAlertActor,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, illegalTransition } from '../../common/errors/app-error';
import type { RiskAlert } from './entities/risk-alert.entity';

/** The rules both services share: who the reader is to an alert, and what they may do with it now. */
export const actorOf = (auth: AuthenticatedUser): RiskAlertActor => ({
  userId: auth.user.id,
  organizationId: auth.organization.id,
  organizationType: auth.principal.organizationType,
  orgRole: auth.principal.orgRole,
});

export function actionsOf(alert: RiskAlert, auth: AuthenticatedUser, unacknowledged: number): RiskAlertAction[] {
  return riskAlertActions(
    {
      status: alert.status,
      organizationId: alert.organizationId,
      exposure: alert.exposure ? { acknowledgedAt: alert.exposure.acknowledgedAt } : null,
      unacknowledged,
    },
    actorOf(auth),
  );
}

/** What a step needs of the alert's state, for the refusal: `acknowledge`, `remind` and `update` need it in force. */
const NEEDS_ACTIVE: readonly RiskAlertAction[] = ['update', 'acknowledge', 'remind'];

/**
 * Refuses a step the reader may not take now: 409 ILLEGAL_TRANSITION when the alert's status does not
 * allow it (naming what the reader may do), 403 when the status would but the reader may not.
 * `acknowledge` and `remind` are checked further by the service (exposure, who is left).
 */
export function assertAction(
  alert: RiskAlert,
  auth: AuthenticatedUser,
  action: RiskAlertAction,
  allowed: RiskAlertAction[],
): void {
  if (allowed.includes(action)) return;
  const statusAllows =
    action === 'release' || action === 'withdraw'
      ? canMove(RISK_ALERT_TRANSITIONS, action, alert.status)
      : !NEEDS_ACTIVE.includes(action) || alert.status === 'active';
  if (!statusAllows) throw illegalTransition(action, alert.status, allowed);
  if (action === 'acknowledge' || action === 'remind') return;
  throw forbidden(
    action === 'release'
      ? 'Only the secretariat releases an alert'
      : "Only the alert's issuer or the secretariat changes an alert",
  );
}

export const titlesOf = (alert: RiskAlert) => ({ titleEn: alert.titleEn, titleZh: alert.titleZh });
