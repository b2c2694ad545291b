import { Injectable } from '@nestjs/common';
import type { Paginated, RiskAlertSummaryDto } from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound } from '../../common/errors/app-error';
import type { ListRiskAlertsQueryDto } from './dto/risk-alert.dto';
import type { RiskAlertReportResponse, RiskAlertResponse } from './dto/risk-alert-response.dto';
import type { RiskAlert } from './entities/risk-alert.entity';
import { actionsOf } from './risk-alert-records';
import { RiskAlertsQueries } from './risk-alerts.queries';

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/** What members read of risk alerts: the lists, an alert with its updates, and the secretariat's acknowledgement report. */
@Injectable()
export class RiskAlertReadsService {
  constructor(private readonly queries: RiskAlertsQueries) {}

  async list(viewer: AuthenticatedUser, query: ListRiskAlertsQueryDto): Promise<Paginated<RiskAlertSummaryDto>> {
    return this.queries.page(viewer, query).then((page) => ({ ...page, items: page.items.map(summaryOf) }));
  }

  async get(viewer: AuthenticatedUser, id: string): Promise<RiskAlertResponse> {
    const alert = await this.queries.one(viewer, id);
    if (!alert) throw notFound('Risk alert');
    const secretariat = viewer.principal.organizationType === 'secretariat';
    const [updates, unacknowledged] = await Promise.all([
      this.queries.updates(id),
      secretariat && alert.status === 'active' ? this.queries.unacknowledged(this.queries.manager, id) : 0,
    ]);
    const exposure = alert.exposure;
    return {
      ...summaryOf(alert),
      bodyEn: alert.bodyEn,
      bodyZh: alert.bodyZh,
      issuedByName: alert.issuedBy?.displayName ?? null,
      releasedByName: alert.releasedBy?.displayName ?? null,
      updates: updates.map((u) => ({
        number: u.number,
        severity: u.severity,
        validUntil: iso(u.validUntil),
        noteEn: u.noteEn,
        noteZh: u.noteZh,
        authorName: u.author?.displayName ?? null,
        createdAt: u.createdAt.toISOString(),
      })),
      withdrawnAt: iso(alert.withdrawnAt),
      allClearEn: alert.allClearEn,
      allClearZh: alert.allClearZh,
      acknowledgement: exposure?.acknowledgedAt
        ? {
            acknowledgedAt: exposure.acknowledgedAt.toISOString(),
            byName: exposure.acknowledgedBy?.displayName ?? null,
            note: exposure.note,
          }
        : null,
      actions: actionsOf(alert, viewer, unacknowledged),
      version: alert.version,
    };
  }

  /** Who the alert reached, who acknowledged and who has not: the secretariat's. */
  async report(viewer: AuthenticatedUser, id: string): Promise<RiskAlertReportResponse> {
    if (viewer.principal.organizationType !== 'secretariat')
      throw forbidden('Only the secretariat sees who acknowledged an alert');
    const alert = await this.queries.one(viewer, id);
    if (!alert) throw notFound('Risk alert');
    const [rows, reached] = await Promise.all([this.queries.report(id), this.queries.reachedCounts(id)]);
    const acknowledged = rows.filter((r) => r.acknowledged_at !== null).length;
    return {
      alertId: id,
      usersReached: reached.total,
      followersReached: reached.followers,
      acknowledged,
      unacknowledged: rows.length - acknowledged,
      organizations: rows.map((r) => ({
        organization: { id: r.organization_id, nameEn: r.name_en, nameZh: r.name_zh },
        reasons: r.reasons,
        usersReached: r.users_reached,
        acknowledgedAt: iso(r.acknowledged_at),
        acknowledgedByName: r.acknowledged_by_name,
        note: r.note,
        remindedAt: iso(r.reminded_at),
      })),
    };
  }
}

function summaryOf(a: RiskAlert): RiskAlertSummaryDto {
  return {
    id: a.id,
    severity: a.severity,
    category: a.category,
    countries: a.countries,
    place: a.place,
    titleEn: a.titleEn,
    titleZh: a.titleZh,
    // An alert past its validity reads as expired before the job runner has marked it so.
    status: a.status === 'active' && a.validUntil && a.validUntil.getTime() <= Date.now() ? 'expired' : a.status,
    validFrom: a.validFrom.toISOString(),
    validUntil: iso(a.validUntil),
    updateNumber: a.updateNumber,
    issuedAt: iso(a.issuedAt),
    updatedAt: a.updatedAt.toISOString(),
    organization: {
      id: a.organizationId,
      nameEn: a.organization?.nameEn ?? null,
      nameZh: a.organization?.nameZh ?? null,
    },
    exposure: a.exposure ? { reasons: a.exposure.reasons, acknowledgedAt: iso(a.exposure.acknowledgedAt) } : null,
  };
}
