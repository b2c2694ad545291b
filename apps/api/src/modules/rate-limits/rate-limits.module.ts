import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logging/logger';
import { JobRunner } from '../jobs/job-runner.service';
import { WriteCountersQueries } from './write-counters.queries';

export const WRITE_COUNTERS_PURGE_JOB = 'rate-limits.purge';

/** Forgets the write counters of minutes that ended. */
@Injectable()
export class WriteCountersPurge implements OnModuleInit {
  constructor(
    private readonly counters: WriteCountersQueries,
    private readonly jobs: JobRunner,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: WRITE_COUNTERS_PURGE_JOB,
      schedule: { everyMs: 10 * 60_000 },
      run: async () => {
        const purged = await this.counters.purgeEnded();
        if (purged > 0) this.logger.debug({ purged }, 'write counters of ended minutes purged');
      },
    });
  }
}

/** The general write rate limit (its guard is one of the app's guards) and its counters' upkeep. */
@Module({
  providers: [WriteCountersQueries, WriteCountersPurge],
  exports: [WriteCountersQueries],
})
export class RateLimitsModule {}
