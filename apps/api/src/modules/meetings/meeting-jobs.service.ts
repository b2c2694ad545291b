import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { move, MEETING_PROGRAMME_TRANSITIONS } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { JobRunner } from '../jobs/job-runner.service';
import { MeetingProgramme } from './entities/meeting-programme.entity';
import { MeetingsQueries } from './meetings.queries';

/**
 * The job runner's side of B2B meetings: the programmes of events that have ended close (the
 * system's `end` transition), with no actor; each pass is one transaction.
 */
@Injectable()
export class MeetingJobsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queries: MeetingsQueries,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: 'meetings.end',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.endEnded(signal),
      });
    }
  }

  /** Closes the programmes whose event has ended (a job, and tests); `signal` abandons the pass (rolled back). */
  async endEnded(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.queries.lockEnded(manager);
      for (const programme of ended) {
        signal?.throwIfAborted();
        const from = move(MEETING_PROGRAMME_TRANSITIONS, 'end', programme);
        const closedAt = new Date();
        await manager.update(
          MeetingProgramme,
          { postId: programme.postId },
          { status: programme.status, closedAt, version: () => 'version + 1' },
        );
        await this.audit.record(manager, {
          action: 'meeting_programme.end',
          entityType: 'MeetingProgramme',
          entityId: programme.postId,
          organizationId: programme.post?.organizationId ?? null,
          before: { status: from },
          after: { status: programme.status, closedAt },
        });
      }
      return ended.length;
    });
  }
}
