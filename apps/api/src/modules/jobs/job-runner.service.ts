import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../../common/errors/database-errors';
import { LOGGER } from '../../common/logging/logger';
import { backoffMs, describeSchedule, nextRunAfter, type JobSchedule } from './job-schedule';

export interface JobDefinition {
  /** Stable and unique, `<domain>.<what>`: the row that replicas claim. */
  name: string;
  schedule: JobSchedule;
  /** The work. `signal` aborts when the app shuts down: stop between items and return. */
  run(signal: AbortSignal): Promise<unknown>;
  /** How long a claim holds unless renewed; it is renewed every third of it while the job runs. */
  leaseMs?: number;
}

const DEFAULT_LEASE_MS = 5 * 60_000;
/** A local timer may fire a little before the stored due time: within this it counts as due (a fifth of an interval, a second at most). */
const dueToleranceMs = (schedule: JobSchedule) => ('everyMs' in schedule ? Math.min(1000, schedule.everyMs / 5) : 1000);
/** How long shutdown waits for running jobs to see the abort and finish. */
const SHUTDOWN_WAIT_MS = 10_000;

/**
 * The portal's one job runner. Each replica keeps a local timer per job (Nest's scheduler: an
 * interval, or a cron job in its time zone), and on each tick claims the job's row in
 * `scheduled_jobs` when it is due and free; only the claimant runs it. A failure is logged,
 * recorded and retried later and later (backoff); nothing a job throws leaves the runner.
 * Shutdown stops the timers, aborts running jobs and waits for them.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly rows = new Set<string>();
  private readonly running = new Map<string, Promise<boolean>>();
  /** runSoon calls not yet started. */
  private soon = 0;
  private readonly stopping = new AbortController();
  private readonly replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private started = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: SchedulerRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Adds a job; its timers start with the app (or at once when the app already runs). */
  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
    if (this.started) this.startTimers(job);
  }

  onApplicationBootstrap(): void {
    this.started = true;
    for (const job of this.jobs.values()) this.startTimers(job);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    for (const name of this.jobs.keys()) this.clearTimers(name);
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      Promise.allSettled(this.running.values()).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), SHUTDOWN_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (!waited) this.logger.warn({ jobs: [...this.running.keys()] }, 'jobs still running at shutdown; their claims lapse by themselves');
  }

  /**
   * Makes a job due now and runs it on this replica if no other holds it; resolves when that
   * run is over (true when it ran here). Never rejects: the request that asks need not wait or care.
   */
  async runNow(name: string): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job || this.stopping.signal.aborted) return false;
    const makeDue = () => this.dataSource.query('UPDATE scheduled_jobs SET next_run_at = now() WHERE name = $1 AND next_run_at > now()', [name]);
    try {
      await this.ensureRow(job);
      await makeDue();
      // A run already going may have started before the ask: after it, the job is due again.
      for (let current = this.running.get(name); current; current = this.running.get(name)) {
        await current;
        await makeDue();
      }
    } catch (err) {
      this.logFailure(job, err, 'could not make the job due');
      return false;
    }
    return this.tick(job);
  }

  /** `runNow` without waiting, after the current request has had its answer: for the request path. */
  runSoon(name: string): void {
    this.soon++;
    setImmediate(() => {
      this.soon--;
      void this.runNow(name);
    });
  }

  /** Resolves once no job runs on this replica and none was asked to run soon (tests wait for background work with it). */
  async whenIdle(): Promise<void> {
    while (this.soon > 0 || this.running.size > 0) {
      await Promise.allSettled(this.running.values());
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private startTimers(job: JobDefinition): void {
    const key = timerKey(job.name);
    if ('everyMs' in job.schedule) {
      this.scheduler.addInterval(key, setInterval(() => void this.tick(job), job.schedule.everyMs));
    } else {
      const cron = CronJob.from({ cronTime: job.schedule.cron, timeZone: job.schedule.timeZone, onTick: () => void this.tick(job), start: true });
      this.scheduler.addCronJob(key, cron);
    }
    // A run missed while no replica was up (a digest due at 08:00, started at 09:00) happens now.
    this.later(job, 0);
  }

  private clearTimers(name: string): void {
    const key = timerKey(name);
    if (this.scheduler.doesExist('interval', key)) this.scheduler.deleteInterval(key);
    if (this.scheduler.doesExist('cron', key)) this.scheduler.deleteCronJob(key);
    if (this.scheduler.doesExist('timeout', retryKey(name))) this.scheduler.deleteTimeout(retryKey(name));
  }

  /** One extra tick after `ms` (a retry, a catch-up), replacing an earlier one. */
  private later(job: JobDefinition, ms: number): void {
    const key = retryKey(job.name);
    if (this.scheduler.doesExist('timeout', key)) this.scheduler.deleteTimeout(key);
    this.scheduler.addTimeout(
      key,
      setTimeout(() => {
        this.scheduler.deleteTimeout(key);
        void this.tick(job);
      }, ms),
    );
  }

  /** Claims and runs the job if it is due and free; one run at a time per replica. */
  private tick(job: JobDefinition): Promise<boolean> {
    if (this.stopping.signal.aborted || this.running.has(job.name)) return Promise.resolve(false);
    const run = this.claimAndRun(job)
      .catch((err: unknown) => {
        this.logFailure(job, err, 'job tick failed');
        return false;
      })
      .finally(() => this.running.delete(job.name));
    this.running.set(job.name, run);
    return run;
  }

  private async claimAndRun(job: JobDefinition): Promise<boolean> {
    await this.ensureRow(job);
    const leaseMs = job.leaseMs ?? DEFAULT_LEASE_MS;
    const claimed = (await this.dataSource.query(
      `WITH claimed AS (
         UPDATE scheduled_jobs SET locked_by = $2, locked_until = now() + $3 * interval '1 millisecond', last_started_at = now()
          WHERE name = $1 AND next_run_at <= now() + $4 * interval '1 millisecond'
            -- Free, lapsed, or left held by this replica when the database went away as it finished.
            AND (locked_until IS NULL OR locked_until < now() OR locked_by = $2)
          RETURNING attempts)
       SELECT attempts FROM claimed`,
      [job.name, this.replica, leaseMs, dueToleranceMs(job.schedule)],
    )) as { attempts: number }[];
    if (claimed.length === 0) return false;

    const renew = setInterval(
      () =>
        void this.dataSource
          .query(`UPDATE scheduled_jobs SET locked_until = now() + $3 * interval '1 millisecond' WHERE name = $1 AND locked_by = $2`, [job.name, this.replica, leaseMs])
          .catch((err: unknown) => this.logFailure(job, err, 'could not renew the claim')),
      leaseMs / 3,
    );
    try {
      await job.run(this.stopping.signal);
      await this.finish(job, null, 0);
    } catch (err) {
      const attempts = claimed[0].attempts + 1;
      this.logFailure(job, err, 'job failed; retrying later', { attempts, retryInMs: backoffMs(job.schedule, attempts) });
      await this.finish(job, err, attempts);
      if (!('everyMs' in job.schedule)) this.later(job, backoffMs(job.schedule, attempts));
    } finally {
      clearInterval(renew);
    }
    return true;
  }

  /** Releases the claim: due again at the next scheduled time after a success, after the backoff after a failure. */
  private async finish(job: JobDefinition, err: unknown, attempts: number): Promise<void> {
    if (err === null) {
      const next = 'everyMs' in job.schedule ? null : nextRunAfter(job.schedule, new Date(Date.now() + 1000));
      await this.dataSource.query(
        `UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL, attempts = 0, last_error = NULL, last_succeeded_at = now(),
                next_run_at = coalesce($3, last_started_at + $4 * interval '1 millisecond')
          WHERE name = $1 AND locked_by = $2`,
        [job.name, this.replica, next, 'everyMs' in job.schedule ? job.schedule.everyMs : 0],
      );
      return;
    }
    await this.dataSource.query(
      `UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL, attempts = $3, last_error = $4,
              next_run_at = now() + $5 * interval '1 millisecond'
        WHERE name = $1 AND locked_by = $2`,
      [job.name, this.replica, attempts, String(err instanceof Error ? err.message : err).slice(0, 2000), backoffMs(job.schedule, attempts)],
    );
  }

  /** The job's row, made once per replica; a changed schedule is due at its own first time. */
  private async ensureRow(job: JobDefinition): Promise<void> {
    if (this.rows.has(job.name)) return;
    const first = 'everyMs' in job.schedule ? new Date() : nextRunAfter(job.schedule, new Date());
    await this.dataSource.query(
      `INSERT INTO scheduled_jobs (name, schedule, next_run_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET schedule = EXCLUDED.schedule, next_run_at = EXCLUDED.next_run_at
        WHERE scheduled_jobs.schedule IS DISTINCT FROM EXCLUDED.schedule`,
      [job.name, describeSchedule(job.schedule), first],
    );
    this.rows.add(job.name);
  }

  private logFailure(job: JobDefinition, err: unknown, message: string, extra: object = {}): void {
    if (isDatabaseUnavailable(err)) this.logger.warn({ job: job.name, err, ...extra }, `${message}: the database is unreachable`);
    else this.logger.error({ job: job.name, err, ...extra }, message);
  }
}

const timerKey = (name: string) => `job:${name}`;
const retryKey = (name: string) => `job:${name}:retry`;
