import type { OrganizationType, OrgRole } from './enums';
import { canMove, type Machine } from './machine';

/** How grave an early warning is; `critical` from a member organization waits for the secretariat's release. */
export const RISK_ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type RiskAlertSeverity = (typeof RISK_ALERT_SEVERITIES)[number];

export const RISK_ALERT_CATEGORIES = [
  'security',
  'political',
  'natural_disaster',
  'health',
  'regulatory',
  'economic',
  'labour',
] as const;
export type RiskAlertCategory = (typeof RISK_ALERT_CATEGORIES)[number];

export const RISK_ALERT_STATUSES = ['pending_release', 'active', 'expired', 'withdrawn'] as const;
export type RiskAlertStatus = (typeof RISK_ALERT_STATUSES)[number];

/** The lists' status filter: `current` (in force, and for its issuer and the secretariat waiting for release), a status, or `all`. */
export const RISK_ALERT_LIST_STATUSES = ['current', ...RISK_ALERT_STATUSES, 'all'] as const;
export type RiskAlertListStatus = (typeof RISK_ALERT_LIST_STATUSES)[number];

/**
 * An alert's life: issued active (or, a member's critical alert, pending until a secretariat user
 * releases it); withdrawn with an "all clear" to everyone it reached; expired by the job runner once
 * its validity ends. Updates (numbered, each notifying again) do not change the status.
 */
export const RISK_ALERT_TRANSITIONS = {
  release: { from: ['pending_release'], to: 'active' },
  withdraw: { from: ['pending_release', 'active'], to: 'withdrawn' },
  expire: { from: ['active'], to: 'expired', system: true },
} as const satisfies Machine<RiskAlertStatus>;
export type RiskAlertTransition = keyof typeof RISK_ALERT_TRANSITIONS;

/** What people do on an alert, one POST each. */
export const RISK_ALERT_ACTIONS = ['update', 'release', 'withdraw', 'acknowledge', 'remind'] as const;
export type RiskAlertAction = (typeof RISK_ALERT_ACTIONS)[number];

/** Why an organization is exposed in an alert's country. */
export const RISK_EXPOSURE_REASONS = ['park', 'financing', 'project'] as const;
export type RiskExposureReason = (typeof RISK_EXPOSURE_REASONS)[number];

export const RISK_ALERT_LIMITS = {
  titleLength: 300,
  bodyLength: 10_000,
  placeLength: 200,
  countries: 10,
  noteLength: 2_000,
} as const;

export interface RiskAlertActor {
  userId: string;
  organizationId: string;
  organizationType: OrganizationType;
  orgRole: OrgRole;
}

/** Who issues alerts: any secretariat user, or an admin of a research institute or a service provider. */
export const canIssueAlert = (actor: { organizationType: OrganizationType; orgRole: OrgRole }): boolean =>
  actor.organizationType === 'secretariat' ||
  ((actor.organizationType === 'research_institute' || actor.organizationType === 'service_provider') &&
    actor.orgRole === 'admin');

/** A critical alert from a member organization goes out once a secretariat user releases it. */
export const needsRelease = (severity: RiskAlertSeverity, issuerType: OrganizationType): boolean =>
  severity === 'critical' && issuerType !== 'secretariat';

/** An alert as its rules see it. */
export interface RiskAlertState {
  status: RiskAlertStatus;
  organizationId: string;
  /** The reader's organization's exposure: null when it is not exposed. */
  exposure: { acknowledgedAt: string | Date | null } | null;
  /** Exposed organizations that have not acknowledged yet. */
  unacknowledged: number;
}

/** The actions `actor` may take on `alert` now: the web offers exactly these, the API refuses the others. */
export function riskAlertActions(alert: RiskAlertState, actor: RiskAlertActor): RiskAlertAction[] {
  const secretariat = actor.organizationType === 'secretariat';
  const issuer = secretariat || (alert.organizationId === actor.organizationId && canIssueAlert(actor));
  return RISK_ALERT_ACTIONS.filter((action) => {
    switch (action) {
      case 'update':
        return issuer && alert.status === 'active';
      case 'release':
        return secretariat && canMove(RISK_ALERT_TRANSITIONS, 'release', alert.status);
      case 'withdraw':
        return issuer && canMove(RISK_ALERT_TRANSITIONS, 'withdraw', alert.status);
      case 'acknowledge':
        return (
          alert.status === 'active' &&
          actor.orgRole === 'admin' &&
          alert.exposure !== null &&
          alert.exposure.acknowledgedAt === null
        );
      case 'remind':
        return secretariat && alert.status === 'active' && alert.unacknowledged > 0;
    }
  });
}

/** Severity order, for sorting and for "the gravest active alert" beside a country's grade. */
export const severityRank = (severity: RiskAlertSeverity): number => RISK_ALERT_SEVERITIES.indexOf(severity);

export interface RiskAlertOrganizationRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

/** The gravest active alert of a country and how many there are (beside its grade on financing pages). */
export interface CountryAlertsDto {
  count: number;
  severity: RiskAlertSeverity;
}

export interface RiskAlertSummaryDto {
  id: string;
  severity: RiskAlertSeverity;
  category: RiskAlertCategory;
  countries: string[];
  /** A city or region, free text. */
  place: string | null;
  titleEn: string | null;
  titleZh: string | null;
  status: RiskAlertStatus;
  validFrom: string;
  validUntil: string | null;
  /** 0 for the alert as issued, n after its n-th update. */
  updateNumber: number;
  /** When it went out (issued, or released); null while it waits for release. */
  issuedAt: string | null;
  updatedAt: string;
  organization: RiskAlertOrganizationRef;
  /** The reader's organization's exposure: null when it is not exposed. */
  exposure: { reasons: RiskExposureReason[]; acknowledgedAt: string | null } | null;
}

export interface RiskAlertUpdateDto {
  number: number;
  severity: RiskAlertSeverity;
  validUntil: string | null;
  noteEn: string | null;
  noteZh: string | null;
  authorName: string | null;
  createdAt: string;
}

export interface RiskAlertDto extends RiskAlertSummaryDto {
  bodyEn: string | null;
  bodyZh: string | null;
  issuedByName: string | null;
  releasedByName: string | null;
  /** Newest first. */
  updates: RiskAlertUpdateDto[];
  withdrawnAt: string | null;
  /** The "all clear" sent when it was withdrawn. */
  allClearEn: string | null;
  allClearZh: string | null;
  /** The reader's organization's acknowledgement, if any. */
  acknowledgement: { acknowledgedAt: string; byName: string | null; note: string | null } | null;
  actions: RiskAlertAction[];
  version: number;
}

/** One exposed organization in the secretariat's acknowledgement report. */
export interface RiskAlertReportRowDto {
  organization: RiskAlertOrganizationRef;
  reasons: RiskExposureReason[];
  /** Its users the alert reached (in the app, and by e-mail as they chose). */
  usersReached: number;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
  note: string | null;
  /** The last reminder sent, if any. */
  remindedAt: string | null;
}

/** Who an alert reached, who acknowledged and who has not (the secretariat's). */
export interface RiskAlertReportDto {
  alertId: string;
  /** Every user reached (exposed organizations' users and followers of its countries), each once. */
  usersReached: number;
  /** Of them, users reached through their country follows only. */
  followersReached: number;
  acknowledged: number;
  unacknowledged: number;
  organizations: RiskAlertReportRowDto[];
}

export interface RiskAlertRequest {
  severity: RiskAlertSeverity;
  category: RiskAlertCategory;
  countries: string[];
  place?: string | null;
  titleEn?: string | null;
  titleZh?: string | null;
  bodyEn?: string | null;
  bodyZh?: string | null;
  /** ISO date-time. */
  validFrom: string;
  validUntil?: string | null;
}

export interface RiskAlertUpdateRequest {
  noteEn?: string | null;
  noteZh?: string | null;
  severity?: RiskAlertSeverity;
  validUntil?: string | null;
  version: number;
}

export interface RiskAlertWithdrawRequest {
  allClearEn?: string | null;
  allClearZh?: string | null;
  version: number;
}

export interface RiskAlertAcknowledgeRequest {
  note?: string | null;
}
