import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { COOPERATION_PROJECT_TRANSITIONS, move } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { JobRunner } from '../../jobs/job-runner.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { CooperationProject } from '../entities/cooperation-project.entity';
import { titlesOf } from './cooperation-project-records';
import { CooperationProjectsQueries } from './cooperation-projects.queries';
import { CooperationProjectsService } from './cooperation-projects.service';

/**
 * The job runner's side of projects: open projects past their expiry close as `expired` (their
 * expressions still waiting lapse), and owners are told once, in the 30 days before, that theirs will
 * expire unless renewed. Both run with no actor; each pass is one transaction.
 */
@Injectable()
export class CooperationProjectJobsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: CooperationProjectsQueries,
    private readonly projects: CooperationProjectsService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: 'cooperation.expire',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.expireOverdue(signal),
      });
      this.jobs.register({
        name: 'cooperation.remind',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.remindExpiring(signal),
      });
    }
  }

  /** Closes the open projects past their expiry (a job, and tests); `signal` abandons the pass (rolled back). */
  async expireOverdue(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const overdue = await this.queries.lockExpired(manager);
      for (const project of overdue) {
        signal?.throwIfAborted();
        const from = move(COOPERATION_PROJECT_TRANSITIONS, 'expire', project);
        const closedAt = new Date();
        await manager.update(
          CooperationProject,
          { id: project.id },
          { status: project.status, closeOutcome: 'expired', closedAt, version: () => 'version + 1' },
        );
        const lapsed = await this.projects.lapseOpenExpressions(manager, project);
        await this.audit.record(manager, {
          action: 'cooperation_project.expire',
          entityType: 'CooperationProject',
          entityId: project.id,
          organizationId: project.organizationId,
          before: { status: from },
          after: { status: project.status, closeOutcome: 'expired', closedAt, lapsedExpressions: lapsed },
        });
        await this.notifications.notifyOrganizations(manager, {
          organizationIds: [project.organizationId],
          actorUserId: null,
          type: 'project_expired',
          recordType: 'cooperation_project',
          recordId: project.id,
          ...titlesOf(project),
        });
      }
      return overdue.length;
    });
  }

  /**
   * Tells the owners of open projects expiring within the reminder window, once per expiry date: the
   * projects are claimed in SQL (marked reminded as they are read), so two replicas never both send.
   */
  async remindExpiring(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.queries.claimReminders(manager);
      for (const project of due) {
        signal?.throwIfAborted();
        await this.audit.record(manager, {
          action: 'cooperation_project.remind',
          entityType: 'CooperationProject',
          entityId: project.id,
          organizationId: project.organization_id,
          after: { remindedFor: project.expires_at },
        });
        await this.notifications.notifyOrganizations(manager, {
          organizationIds: [project.organization_id],
          actorUserId: null,
          type: 'project_expiring',
          recordType: 'cooperation_project',
          recordId: project.id,
          titleEn: project.title_en,
          titleZh: project.title_zh,
        });
      }
      return due.length;
    });
  }
}
