import { severityRank, type RiskAlertSeverity, type RiskAlertStatus } from '@alliance/contracts';

/** antd tag colours: grave in red, warnings in orange, information in blue; the name is always written too. */
export const SEVERITY_COLORS: Record<RiskAlertSeverity, string> = {
  info: 'blue',
  warning: 'orange',
  critical: 'red',
};

export const STATUS_COLORS: Record<RiskAlertStatus, string> = {
  pending_release: 'gold',
  active: 'green',
  expired: 'default',
  withdrawn: 'default',
};

/** Whether an alert still asks for attention: active, or waiting to go out. */
export function isLive(status: RiskAlertStatus): boolean {
  return status === 'active' || status === 'pending_release';
}

/**
 * Alerts as the list shows them: live ones first, gravest first, newest first (the API sends them
 * so; a country's section sorts what it picked the same way).
 */
export function byAttention<
  T extends { status: RiskAlertStatus; severity: RiskAlertSeverity; issuedAt: string | null; updatedAt: string },
>(alerts: readonly T[]): T[] {
  const time = (alert: T) => Date.parse(alert.issuedAt ?? alert.updatedAt) || 0;
  return [...alerts].sort(
    (a, b) =>
      Number(isLive(b.status)) - Number(isLive(a.status)) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      time(b) - time(a),
  );
}
