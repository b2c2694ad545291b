import { Injectable } from '@nestjs/common';
import { FINANCING_REVIEW_OPEN, type RiskExposureReason } from '@alliance/contracts';
import { DataSource, type EntityManager, IsNull, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { paginate } from '../../common/pagination/page-query.dto';
import type { Recipient } from '../notifications/notifications.queries';
import type { ListRiskAlertsQueryDto } from './dto/risk-alert.dto';
import { RiskAlertOrganization } from './entities/risk-alert-organization.entity';
import { RiskAlertRecipient } from './entities/risk-alert-recipient.entity';
import { RiskAlertUpdate } from './entities/risk-alert-update.entity';
import { RiskAlert } from './entities/risk-alert.entity';

/** Still in force: active and not past its validity (the job runner marks it expired soon after). */
const IN_FORCE = `(a.status = 'active' AND (a.valid_until IS NULL OR a.valid_until > now()))`;
const PAST = `(a.status = 'expired' OR (a.status = 'active' AND a.valid_until <= now()))`;

/** Financing requests that are not finished expose their organization in their country. */
const OPEN_FINANCING = `('draft', 'submitted', 'under_review', 'offer_received')`;

export interface ExposedOrganization {
  organization_id: string;
  reasons: RiskExposureReason[];
}

/** Someone an alert reaches, and whether through their organization's exposure. */
export type AlertRecipient = Recipient & { organization_id: string; exposed: boolean };

/** The SQL of risk alerts: who sees which, who is exposed, who was reached. */
@Injectable()
export class RiskAlertsQueries {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Alerts the reader sees, with its organization's exposure: pending ones only to their issuer and the secretariat. */
  private visible(
    viewer: AuthenticatedUser,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<RiskAlert> {
    const qb = manager
      .getRepository(RiskAlert)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.organization', 'o')
      .leftJoinAndMapOne(
        'a.exposure',
        RiskAlertOrganization,
        'x',
        'x.alert_id = a.id AND x.organization_id = :viewerOrg',
        {
          viewerOrg: viewer.organization.id,
        },
      );
    if (viewer.principal.organizationType !== 'secretariat')
      qb.andWhere(`(a.status <> 'pending_release' OR a.organization_id = :viewerOrg)`);
    return qb;
  }

  /** A page of alerts: in force first, gravest first, newest first. */
  page(viewer: AuthenticatedUser, query: ListRiskAlertsQueryDto) {
    const qb = this.visible(viewer);
    const status = query.status ?? 'current';
    if (status === 'current') qb.andWhere(`(${IN_FORCE} OR a.status = 'pending_release')`);
    else if (status === 'active') qb.andWhere(IN_FORCE);
    else if (status === 'expired') qb.andWhere(PAST);
    else if (status !== 'all') qb.andWhere('a.status = :status', { status });
    if (query.country) qb.andWhere('a.countries @> ARRAY[:country::text]', { country: query.country });
    if (query.severity) qb.andWhere('a.severity = :severity', { severity: query.severity });
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (query.exposed) qb.andWhere('x.organization_id IS NOT NULL');
    if (query.unacknowledged) {
      if (viewer.principal.organizationType === 'secretariat')
        qb.andWhere(
          'EXISTS (SELECT 1 FROM risk_alert_organizations y WHERE y.alert_id = a.id AND y.acknowledged_at IS NULL)',
        );
      else qb.andWhere('x.organization_id IS NOT NULL AND x.acknowledged_at IS NULL');
    }
    if (query.reviewCountries) {
      // The countries are gathered first (the reviews' index by institution, each review's request and
      // park found by their keys: a join read every request), then matched on the alerts' GIN index.
      qb.andWhere(
        `a.countries && ARRAY(SELECT DISTINCT (SELECT rp.country::text FROM financing_requests rq
                                                 JOIN parks rp ON rp.id = rq.park_id
                                                WHERE rq.id = rr.request_id)
                                FROM financing_reviews rr
                               WHERE rr.organization_id = :viewerOrg AND rr.status IN (:...openReviews))`,
        { openReviews: [...FINANCING_REVIEW_OPEN] },
      );
    }
    qb.orderBy(`(a.status = 'active')`, 'DESC')
      .addOrderBy('a.severity', 'DESC')
      .addOrderBy('a.issued_at', 'DESC', 'NULLS FIRST')
      .addOrderBy('a.id', 'DESC');
    return paginate(qb, query, (row) => row);
  }

  /** One alert the reader sees, with its issuer, releaser and updates (newest first); null when none. */
  async one(viewer: AuthenticatedUser, id: string, manager?: EntityManager): Promise<RiskAlert | null> {
    return this.visible(viewer, manager)
      .leftJoinAndSelect('a.issuedBy', 'issuer')
      .leftJoinAndSelect('a.releasedBy', 'releaser')
      .leftJoinAndSelect('x.acknowledgedBy', 'ackBy')
      .andWhere('a.id = :id', { id })
      .getOne();
  }

  updates(id: string, manager: EntityManager = this.dataSource.manager): Promise<RiskAlertUpdate[]> {
    return manager.find(RiskAlertUpdate, {
      where: { alertId: id },
      relations: { author: true },
      order: { number: 'DESC' },
    });
  }

  /** How many exposed organizations have not acknowledged an alert (for the secretariat's `remind`). */
  async unacknowledged(manager: EntityManager, alertId: string): Promise<number> {
    return manager.countBy(RiskAlertOrganization, { alertId, acknowledgedAt: IsNull() });
  }

  locked(manager: EntityManager, id: string): Promise<RiskAlert | null> {
    return manager.findOne(RiskAlert, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Active member organizations exposed in any of the countries: a park there, a financing request
   * there that is not finished, a published cooperation project there (open or in talks).
   */
  exposedOrganizations(manager: EntityManager, countries: string[]): Promise<ExposedOrganization[]> {
    return manager.query(
      `SELECT e.organization_id, array_agg(DISTINCT e.reason ORDER BY e.reason) AS reasons
         FROM (SELECT p.organization_id, 'park' AS reason FROM parks p WHERE p.country = ANY($1)
               UNION ALL
               SELECT r.organization_id, 'financing' FROM financing_requests r
                WHERE r.country = ANY($1) AND r.status IN ${OPEN_FINANCING}
               UNION ALL
               SELECT c.organization_id, 'project' FROM cooperation_projects c
                WHERE c.country = ANY($1) AND c.status IN ('open', 'in_talks')) e
         JOIN organizations o ON o.id = e.organization_id AND o.status = 'active' AND o.type <> 'secretariat'
        GROUP BY e.organization_id`,
      [countries],
    ) as Promise<ExposedOrganization[]>;
  }

  /** Keeps the organizations exposed to an alert (with today's reasons; those found before stay). */
  async recordExposure(manager: EntityManager, alertId: string, exposed: ExposedOrganization[]): Promise<void> {
    if (exposed.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(RiskAlertOrganization)
      .values(exposed.map((e) => ({ alertId, organizationId: e.organization_id, reasons: e.reasons })))
      .orUpdate(['reasons'], ['alert_id', 'organization_id'])
      .execute();
  }

  /**
   * Who hears of update `updateNumber` of an alert: the active users of the exposed organizations and
   * the followers of its countries (of active organizations), each once, but the one who acted and
   * anyone already told of this update.
   */
  recipients(
    manager: EntityManager,
    alert: { id: string; countries: string[]; updateNumber: number },
    exposedOrganizationIds: string[],
    actorUserId: string | null,
  ): Promise<AlertRecipient[]> {
    return manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, u.notification_email_mode, u.organization_id,
              bool_or(t.exposed) AS exposed
         FROM (SELECT u.id, true AS exposed FROM users u WHERE u.organization_id = ANY($1::uuid[])
               UNION ALL
               SELECT f.user_id, false FROM follows f WHERE f.topic = 'country' AND f.value = ANY($2)) t
         JOIN users u ON u.id = t.id
         JOIN organizations o ON o.id = u.organization_id
        WHERE u.status = 'active' AND o.status = 'active' AND u.id IS DISTINCT FROM $3
          AND NOT EXISTS (SELECT 1 FROM risk_alert_recipients r
                           WHERE r.alert_id = $4 AND r.user_id = u.id AND r.update_number >= $5)
        GROUP BY u.id`,
      [exposedOrganizationIds, alert.countries, actorUserId, alert.id, alert.updateNumber],
    ) as Promise<AlertRecipient[]>;
  }

  /** Records who was told of update `updateNumber` (a user reached again keeps having been exposed, if they were). */
  async markReached(
    manager: EntityManager,
    alertId: string,
    updateNumber: number,
    users: AlertRecipient[],
  ): Promise<void> {
    if (users.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(RiskAlertRecipient)
      .values(
        users.map((u) => ({
          alertId,
          userId: u.id,
          organizationId: u.organization_id,
          exposed: u.exposed,
          updateNumber,
        })),
      )
      .orUpdate(['update_number', 'exposed'], ['alert_id', 'user_id'])
      .execute();
  }

  /** Everyone the alert reached whose account and organization are still active: the all clear's recipients. */
  reached(manager: EntityManager, alertId: string): Promise<AlertRecipient[]> {
    return manager.query(
      `SELECT u.id, u.email, u.display_name, u.locale, u.notification_email_mode, u.organization_id, r.exposed
         FROM risk_alert_recipients r
         JOIN users u ON u.id = r.user_id
         JOIN organizations o ON o.id = u.organization_id
        WHERE r.alert_id = $1 AND u.status = 'active' AND o.status = 'active'`,
      [alertId],
    ) as Promise<AlertRecipient[]>;
  }

  /** The acknowledgement report's rows, unacknowledged first, with the users each organization had reached. */
  report(alertId: string) {
    return this.dataSource.query(
      `SELECT x.organization_id, o.name_en, o.name_zh, x.reasons, x.acknowledged_at, x.note, x.reminded_at,
              ack.display_name AS acknowledged_by_name,
              (SELECT count(*) FROM risk_alert_recipients r
                WHERE r.alert_id = x.alert_id AND r.organization_id = x.organization_id)::int AS users_reached
         FROM risk_alert_organizations x
         JOIN organizations o ON o.id = x.organization_id
         LEFT JOIN users ack ON ack.id = x.acknowledged_by_user_id
        WHERE x.alert_id = $1
        ORDER BY x.acknowledged_at IS NOT NULL, o.name_en, o.id`,
      [alertId],
    ) as Promise<ReportRow[]>;
  }

  /** Users reached in all, and those reached through their country follows only. */
  async reachedCounts(alertId: string): Promise<{ total: number; followers: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE NOT exposed))::int AS followers
         FROM risk_alert_recipients WHERE alert_id = $1`,
      [alertId],
    )) as { total: number; followers: number }[];
    return row;
  }

  /** Active alerts past their validity, locked for the expiry job (skipping any a person is changing). */
  lockExpired(manager: EntityManager): Promise<RiskAlert[]> {
    return manager
      .getRepository(RiskAlert)
      .createQueryBuilder('a')
      .where(`a.status = 'active' AND a.valid_until <= now()`)
      .orderBy('a.valid_until', 'ASC')
      .limit(500)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }
}

export interface ReportRow {
  organization_id: string;
  name_en: string | null;
  name_zh: string | null;
  reasons: RiskExposureReason[];
  acknowledged_at: Date | null;
  note: string | null;
  reminded_at: Date | null;
  acknowledged_by_name: string | null;
  users_reached: number;
}
