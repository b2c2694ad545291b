import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { canIssueAlert, move, needsRelease, RISK_ALERT_TRANSITIONS, type NotificationType } from '@alliance/contracts';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { JobRunner } from '../jobs/job-runner.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import type {
  AcknowledgeRiskAlertDto,
  CreateRiskAlertDto,
  UpdateRiskAlertDto,
  WithdrawRiskAlertDto,
} from './dto/risk-alert.dto';
import type { RiskAlertResponse } from './dto/risk-alert-response.dto';
import { RiskAlertOrganization } from './entities/risk-alert-organization.entity';
import { RiskAlertUpdate } from './entities/risk-alert-update.entity';
import { RiskAlert } from './entities/risk-alert.entity';
import { RiskAlertReadsService } from './risk-alert-reads.service';
import { actionsOf, assertAction, titlesOf } from './risk-alert-records';
import { RiskAlertsQueries } from './risk-alerts.queries';

const stale = (current: number) =>
  new AppError(409, 'CONFLICT', 'Someone else changed this alert since you opened it; reload it and try again', [
    { field: 'version', constraint: 'current', message: String(current) },
  ]);

/**
 * The early warning's workflow: issue (or wait for the secretariat's release), numbered updates,
 * withdrawal with an all clear, acknowledgements and reminders, and expiry by the job runner. Each
 * step locks the alert, checks, changes, audits and notifies in one transaction.
 */
@Injectable()
export class RiskAlertsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: RiskAlertsQueries,
    private readonly reads: RiskAlertReadsService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: 'risk-alerts.expire',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.expireOverdue(signal),
      });
    }
  }

  async issue(auth: AuthenticatedUser, dto: CreateRiskAlertDto): Promise<RiskAlertResponse> {
    if (!canIssueAlert(auth.principal))
      throw forbidden("Only the secretariat or a research institute's or service provider's admin issues alerts");
    if (!dto.titleEn && !dto.titleZh)
      throw unprocessable('ALERT_TITLE_REQUIRED', 'Give the alert a title in English or Chinese', 'titleEn');
    if (!dto.bodyEn && !dto.bodyZh)
      throw unprocessable('ALERT_BODY_REQUIRED', 'Say what happened, in English or Chinese', 'bodyEn');
    const validFrom = new Date(dto.validFrom);
    const validUntil = dto.validUntil ? new Date(dto.validUntil) : null;
    if (validUntil && validUntil <= validFrom)
      throw unprocessable('ALERT_VALIDITY_ENDS_BEFORE_START', 'The alert must end after it starts', 'validUntil');
    if (validUntil && validUntil.getTime() <= Date.now())
      throw unprocessable('ALERT_VALIDITY_PAST', 'The end of validity has already passed', 'validUntil');
    const id = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(Organization, { id: auth.organization.id });
      if (organization?.status !== 'active')
        throw unprocessable('ALERT_ORGANIZATION_INACTIVE', 'Only an active member issues alerts');
      const pending = needsRelease(dto.severity, auth.principal.organizationType);
      const alert = await manager.save(
        manager.create(RiskAlert, {
          organizationId: auth.organization.id,
          issuedByUserId: auth.user.id,
          releasedByUserId: null,
          severity: dto.severity,
          category: dto.category,
          countries: dto.countries,
          place: dto.place ?? null,
          titleEn: dto.titleEn ?? null,
          titleZh: dto.titleZh ?? null,
          bodyEn: dto.bodyEn ?? null,
          bodyZh: dto.bodyZh ?? null,
          validFrom,
          validUntil,
          status: pending ? 'pending_release' : 'active',
          issuedAt: pending ? null : new Date(),
        }),
      );
      await this.audit.record(manager, {
        action: 'risk_alert.issue',
        entityType: 'RiskAlert',
        entityId: alert.id,
        organizationId: auth.organization.id,
        after: { severity: alert.severity, category: alert.category, countries: alert.countries, status: alert.status },
      });
      if (pending) await this.askForRelease(manager, auth, alert);
      else await this.broadcast(manager, alert, 'alert_issued', auth.user.id);
      return alert.id;
    });
    return this.reads.get(auth, id);
  }

  /** A numbered update: a note, a new severity or validity; everyone exposed or following hears of it (once). */
  async update(auth: AuthenticatedUser, id: string, dto: UpdateRiskAlertDto): Promise<RiskAlertResponse> {
    return this.change(auth, id, 'update', dto.version, async (manager, alert) => {
      const severity = dto.severity ?? alert.severity;
      const validUntil =
        dto.validUntil === undefined ? alert.validUntil : dto.validUntil ? new Date(dto.validUntil) : null;
      const changed = severity !== alert.severity || validUntil?.getTime() !== alert.validUntil?.getTime();
      if (!dto.noteEn && !dto.noteZh && !changed)
        throw unprocessable(
          'ALERT_UPDATE_EMPTY',
          'An update needs a note or a change of severity or validity',
          'noteEn',
        );
      if (validUntil && validUntil.getTime() <= Date.now())
        throw unprocessable('ALERT_VALIDITY_PAST', 'The end of validity has already passed', 'validUntil');
      if (validUntil && validUntil <= alert.validFrom)
        throw unprocessable('ALERT_VALIDITY_ENDS_BEFORE_START', 'The alert must end after it starts', 'validUntil');
      const before = { severity: alert.severity, validUntil: alert.validUntil, updateNumber: alert.updateNumber };
      alert.updateNumber += 1;
      alert.severity = severity;
      alert.validUntil = validUntil;
      await manager.save(alert);
      await manager.insert(RiskAlertUpdate, {
        alertId: alert.id,
        number: alert.updateNumber,
        severity,
        validUntil,
        noteEn: dto.noteEn ?? null,
        noteZh: dto.noteZh ?? null,
        authorUserId: auth.user.id,
      });
      await this.audit.record(manager, {
        action: 'risk_alert.update',
        entityType: 'RiskAlert',
        entityId: alert.id,
        organizationId: alert.organizationId,
        before,
        after: { severity, validUntil, updateNumber: alert.updateNumber },
      });
      await this.broadcast(manager, alert, 'alert_updated', auth.user.id);
    });
  }

  /** The secretariat releases a member's critical alert: it goes out as if issued now. */
  async release(auth: AuthenticatedUser, id: string, version: number): Promise<RiskAlertResponse> {
    return this.change(auth, id, 'release', version, async (manager, alert) => {
      const from = move(RISK_ALERT_TRANSITIONS, 'release', alert);
      alert.releasedByUserId = auth.user.id;
      alert.issuedAt = new Date();
      await manager.save(alert);
      await this.audit.record(manager, {
        action: 'risk_alert.release',
        entityType: 'RiskAlert',
        entityId: alert.id,
        organizationId: alert.organizationId,
        before: { status: from },
        after: { status: alert.status },
      });
      await this.notifications.notifyUser(manager, alert.issuedByUserId, {
        actorUserId: auth.user.id,
        type: 'alert_released',
        recordType: 'risk_alert',
        recordId: alert.id,
        ...titlesOf(alert),
      });
      await this.broadcast(manager, alert, 'alert_issued', auth.user.id);
    });
  }

  /** Withdraws an alert (issued in error, or over): the all clear reaches exactly those it reached. */
  async withdraw(auth: AuthenticatedUser, id: string, dto: WithdrawRiskAlertDto): Promise<RiskAlertResponse> {
    return this.change(auth, id, 'withdraw', dto.version, async (manager, alert) => {
      if (alert.status === 'active' && !dto.allClearEn && !dto.allClearZh)
        throw unprocessable('ALERT_ALL_CLEAR_REQUIRED', 'Write the all clear in English or Chinese', 'allClearEn');
      const from = move(RISK_ALERT_TRANSITIONS, 'withdraw', alert);
      alert.withdrawnAt = new Date();
      alert.allClearEn = dto.allClearEn ?? null;
      alert.allClearZh = dto.allClearZh ?? null;
      await manager.save(alert);
      await this.audit.record(manager, {
        action: 'risk_alert.withdraw',
        entityType: 'RiskAlert',
        entityId: alert.id,
        organizationId: alert.organizationId,
        before: { status: from },
        after: { status: alert.status, allClearEn: alert.allClearEn, allClearZh: alert.allClearZh },
      });
      if (from !== 'active') return;
      const reached = await this.queries.reached(manager, alert.id);
      await this.notifications.notifyRecipients(
        manager,
        reached
          .filter((u) => u.id !== auth.user.id)
          .map((u) => ({ ...u, urgent: u.exposed && alert.severity === 'critical' })),
        {
          actorUserId: auth.user.id,
          type: 'alert_all_clear',
          recordType: 'risk_alert',
          recordId: alert.id,
          ...titlesOf(alert),
        },
      );
    });
  }

  /** An exposed organization's admin confirms that its people are informed (once per alert). */
  async acknowledge(auth: AuthenticatedUser, id: string, dto: AcknowledgeRiskAlertDto): Promise<RiskAlertResponse> {
    await this.dataSource.transaction(async (manager) => {
      const alert = await this.lockedVisible(manager, auth, id);
      assertAction(alert, auth, 'acknowledge', actionsOf(alert, auth, 0));
      if (auth.principal.orgRole !== 'admin') throw forbidden("Only an organization's admin acknowledges an alert");
      const exposure = await manager.findOne(RiskAlertOrganization, {
        where: { alertId: id, organizationId: auth.organization.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!exposure)
        throw unprocessable('ALERT_NOT_EXPOSED', 'Your organization is not among those exposed to this alert');
      if (exposure.acknowledgedAt)
        throw unprocessable('ALERT_ALREADY_ACKNOWLEDGED', 'Your organization has already acknowledged this alert');
      exposure.acknowledgedAt = new Date();
      exposure.acknowledgedByUserId = auth.user.id;
      exposure.note = dto.note ?? null;
      await manager.save(exposure);
      await this.audit.record(manager, {
        action: 'risk_alert.acknowledge',
        entityType: 'RiskAlert',
        entityId: alert.id,
        organizationId: auth.organization.id,
        after: { acknowledgedAt: exposure.acknowledgedAt, note: exposure.note },
      });
    });
    return this.reads.get(auth, id);
  }

  /** The secretariat reminds the admins of every exposed organization that has not acknowledged. */
  async remind(auth: AuthenticatedUser, id: string): Promise<{ reminded: number }> {
    return this.dataSource.transaction(async (manager) => {
      const alert = await this.lockedVisible(manager, auth, id);
      const waiting = await manager.find(RiskAlertOrganization, {
        where: { alertId: id, acknowledgedAt: IsNull() },
        select: { organizationId: true },
      });
      assertAction(alert, auth, 'remind', actionsOf(alert, auth, waiting.length));
      if (auth.principal.organizationType !== 'secretariat') throw forbidden('Only the secretariat sends reminders');
      if (waiting.length === 0)
        throw unprocessable('ALERT_NOTHING_TO_REMIND', 'Every exposed organization has acknowledged');
      const organizationIds = waiting.map((w) => w.organizationId);
      await manager.update(
        RiskAlertOrganization,
        { alertId: id, organizationId: In(organizationIds) },
        { remindedAt: new Date() },
      );
      await this.notifications.notifyOrganizations(manager, {
        organizationIds,
        actorUserId: auth.user.id,
        adminsOnly: true,
        type: 'alert_reminder',
        recordType: 'risk_alert',
        recordId: alert.id,
        ...titlesOf(alert),
      });
      await this.audit.record(manager, {
        action: 'risk_alert.remind',
        entityType: 'RiskAlert',
        entityId: alert.id,
        organizationId: alert.organizationId,
        after: { organizationIds },
      });
      return { reminded: organizationIds.length };
    });
  }

  /** Marks expired the active alerts past their validity (a job, and tests); `signal` abandons the pass (rolled back). */
  async expireOverdue(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const overdue = await this.queries.lockExpired(manager);
      for (const alert of overdue) {
        signal?.throwIfAborted();
        const from = move(RISK_ALERT_TRANSITIONS, 'expire', alert);
        await manager.update(RiskAlert, { id: alert.id }, { status: alert.status, version: () => 'version + 1' });
        await this.audit.record(manager, {
          action: 'risk_alert.expire',
          entityType: 'RiskAlert',
          entityId: alert.id,
          organizationId: alert.organizationId,
          before: { status: from },
          after: { status: alert.status },
        });
      }
      return overdue.length;
    });
  }

  /** Loads the alert locked if the reader sees it (else 404), checks the step and the version, applies it. */
  private async change(
    auth: AuthenticatedUser,
    id: string,
    action: 'update' | 'release' | 'withdraw',
    version: number,
    apply: (manager: EntityManager, alert: RiskAlert) => Promise<void>,
  ): Promise<RiskAlertResponse> {
    await this.dataSource.transaction(async (manager) => {
      const alert = await this.lockedVisible(manager, auth, id);
      assertAction(alert, auth, action, actionsOf(alert, auth, 0));
      if (alert.version !== version) throw stale(alert.version);
      await apply(manager, alert);
    });
    return this.reads.get(auth, id);
  }

  private async lockedVisible(manager: EntityManager, auth: AuthenticatedUser, id: string): Promise<RiskAlert> {
    const alert = await this.queries.locked(manager, id);
    const secretariat = auth.principal.organizationType === 'secretariat';
    if (!alert || (alert.status === 'pending_release' && !secretariat && alert.organizationId !== auth.organization.id))
      throw notFound('Risk alert');
    alert.exposure = await manager.findOneBy(RiskAlertOrganization, {
      alertId: id,
      organizationId: auth.organization.id,
    });
    return alert;
  }

  /** Tells the secretariat that a member's critical alert waits for release. */
  private async askForRelease(manager: EntityManager, auth: AuthenticatedUser, alert: RiskAlert): Promise<void> {
    const secretariat = await manager.find(Organization, {
      where: { type: 'secretariat', status: 'active' },
      select: { id: true },
    });
    await this.notifications.notifyOrganizations(manager, {
      organizationIds: secretariat.map((o) => o.id),
      actorUserId: auth.user.id,
      type: 'alert_release_requested',
      recordType: 'risk_alert',
      recordId: alert.id,
      ...titlesOf(alert),
      fromEn: auth.organization.nameEn,
      fromZh: auth.organization.nameZh,
    });
  }

  /**
   * Finds the organizations exposed in the alert's countries now (keeping those found before), and
   * tells their active users and the countries' followers of the alert's current update, each once;
   * a critical alert is e-mailed at once to exposed users on the daily digest.
   */
  private async broadcast(
    manager: EntityManager,
    alert: RiskAlert,
    type: NotificationType,
    actorUserId: string,
  ): Promise<void> {
    const exposed = await this.queries.exposedOrganizations(manager, alert.countries);
    await this.queries.recordExposure(manager, alert.id, exposed);
    const users = await this.queries.recipients(
      manager,
      alert,
      exposed.map((e) => e.organization_id),
      actorUserId,
    );
    await this.queries.markReached(manager, alert.id, alert.updateNumber, users);
    await this.notifications.notifyRecipients(
      manager,
      users.map((u) => ({ ...u, urgent: u.exposed && alert.severity === 'critical' })),
      { actorUserId, type, recordType: 'risk_alert', recordId: alert.id, ...titlesOf(alert) },
    );
  }
}
