import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { move, INITIATIVE_TRANSITIONS } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { JobRunner } from '../jobs/job-runner.service';
import { initiativeAuditState } from './initiative-records';
import { InitiativesQueries } from './initiatives.queries';
import { InitiativesService } from './initiatives.service';

/**
 * The job runner's side of initiatives: published drafts open on their opening date (every admin of an
 * active member organization is told) and open initiatives close after their closing date (pending
 * proposals lapse). Rows are taken with SKIP LOCKED, so two runners never move the same initiative.
 */
@Injectable()
export class InitiativeJobsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queries: InitiativesQueries,
    private readonly initiatives: InitiativesService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: 'initiatives.dates',
        schedule: { everyMs: this.config.expiryPollMs },
        run: async (signal) => {
          await this.openDue(signal);
          await this.closeDue(signal);
        },
      });
    }
  }

  /** Opens the published drafts whose opening date has come (a job, and tests). */
  openDue(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.queries.lockDueToOpen(manager, this.config.timeZone);
      for (const initiative of due) {
        signal?.throwIfAborted();
        const before = initiativeAuditState(initiative);
        move(INITIATIVE_TRANSITIONS, 'open', initiative);
        initiative.scheduled = false;
        await manager.save(initiative);
        await this.audit.record(manager, {
          action: 'initiative.open',
          entityType: 'Initiative',
          entityId: initiative.id,
          organizationId: null,
          before,
          after: initiativeAuditState(initiative),
        });
        await this.initiatives.announce(manager, initiative, null);
      }
      return due.length;
    });
  }

  /** Closes the open initiatives past their closing date (a job, and tests). */
  closeDue(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await this.queries.lockDueToClose(manager, this.config.timeZone);
      for (const initiative of due) {
        signal?.throwIfAborted();
        const before = initiativeAuditState(initiative);
        move(INITIATIVE_TRANSITIONS, 'expire', initiative);
        initiative.closedAt = new Date();
        await manager.save(initiative);
        await this.audit.record(manager, {
          action: 'initiative.expire',
          entityType: 'Initiative',
          entityId: initiative.id,
          organizationId: null,
          before,
          after: initiativeAuditState(initiative),
        });
        await this.initiatives.lapseProposals(manager, initiative.id);
      }
      return due.length;
    });
  }
}
