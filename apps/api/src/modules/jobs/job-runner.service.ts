import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../common/context/request-context';
import { isDatabaseUnavailable } from '../../common/errors/database-errors';
import { LOGGER } from '../../common/logging/logger';
import { backoffMs, nextRunAfter, type JobSchedule } from './job-schedule';
import { ScheduledJobsQueries } from './scheduled-jobs.queries';

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
 * Cron jobs are looked at this often besides their times: for a failed run's retry, a claim that
 * a stopped replica left to lapse, a time missed because this clock runs ahead of the database's.
 */
const CRON_SWEEP_MS = 60_000;

/**
 * The portal's one job runner. Each replica keeps a local timer per job (Nest's scheduler: an
 * interval, or a cron job in its time zone), and on each tick claims the job's row in
 * `scheduled_jobs` when it is due and free; only the claimant runs it. A failure is logged,
 * recorded and retried later and later (backoff); nothing a job throws leaves the runner. A run
 * that loses its claim (its renewals failed past the lease) is aborted, so two never overlap for
 * long. Shutdown stops the timers, aborts running jobs and waits for them; a run it cut short stays
 * due (jobs are written to be run again: a lapsed claim is run again too).
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly rows = new Set<string>();
  private readonly running = new Map<string, Promise<boolean>>();
  /** Runs asked for with runSoon that have not finished. */
  private readonly asked = new Set<Promise<boolean>>();
  private readonly stopping = new AbortController();
  private readonly replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly queries: ScheduledJobsQueries;
  private started = false;

  constructor(
    dataSource: DataSource,
    private readonly scheduler: SchedulerRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.queries = new ScheduledJobsQueries(dataSource);
  }

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
      Promise.allSettled([...this.asked, ...this.running.values()]).then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), SHUTDOWN_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    if (!waited)
      this.logger.warn(
        { jobs: [...this.running.keys()] },
        'jobs still running at shutdown; their claims lapse by themselves',
      );
    this.logger.info({ replica: this.replica }, 'job runner stopped');
  }

  /**
   * Makes a job due now and runs it on this replica if no other holds it; resolves when that
   * run is over (true when it ran here). Never rejects: the request that asks need not wait or care.
   */
  async runNow(name: string): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job || this.stopping.signal.aborted) return false;
    try {
      await this.ensureRow(job);
      await this.queries.makeDue(name);
      // A run already going may have started before the ask: after it, the job is due again.
      for (let current = this.running.get(name); current; current = this.running.get(name)) {
        await current;
        await this.queries.makeDue(name);
      }
    } catch (err) {
      this.logFailure(job, err, 'could not make the job due');
      return false;
    }
    return this.tick(job);
  }

  /** `runNow` without waiting, after the current request has had its answer: for the request path. */
  runSoon(name: string): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.runNow(name));
    this.asked.add(run);
    void run.finally(() => this.asked.delete(run));
  }

  /** Resolves once no job runs on this replica and none asked for with runSoon is pending (tests wait for background work with it). */
  async whenIdle(): Promise<void> {
    while (this.asked.size > 0 || this.running.size > 0)
      await Promise.allSettled([...this.asked, ...this.running.values()]);
  }

  private startTimers(job: JobDefinition): void {
    const tick = () => void this.tick(job);
    if ('everyMs' in job.schedule) {
      this.scheduler.addInterval(timerKey(job.name), setInterval(tick, job.schedule.everyMs));
    } else {
      this.scheduler.addCronJob(
        timerKey(job.name),
        CronJob.from({ cronTime: job.schedule.cron, timeZone: job.schedule.timeZone, onTick: tick, start: true }),
      );
      this.scheduler.addInterval(sweepKey(job.name), setInterval(tick, CRON_SWEEP_MS));
    }
    // A run missed while no replica was up (a digest due at 08:00, started at 09:00) happens now.
    this.scheduler.addTimeout(
      catchUpKey(job.name),
      setTimeout(() => {
        this.scheduler.deleteTimeout(catchUpKey(job.name));
        tick();
      }, 0),
    );
  }

  private clearTimers(name: string): void {
    for (const [kind, key] of [
      ['interval', timerKey(name)],
      ['cron', timerKey(name)],
      ['interval', sweepKey(name)],
      ['timeout', catchUpKey(name)],
    ] as const) {
      if (!this.scheduler.doesExist(kind, key)) continue;
      if (kind === 'interval') this.scheduler.deleteInterval(key);
      else if (kind === 'cron') this.scheduler.deleteCronJob(key);
      else this.scheduler.deleteTimeout(key);
    }
  }

  /** Claims and runs the job if it is due and free; one run at a time per replica, in a context of its own (not the request's that asked). */
  private tick(job: JobDefinition): Promise<boolean> {
    if (this.stopping.signal.aborted || this.running.has(job.name)) return Promise.resolve(false);
    const run = RequestContext.run({ requestId: `job:${job.name}`, sqlStatements: 0 }, () => this.claimAndRun(job))
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
    const claim = await this.queries.claim(job.name, this.replica, leaseMs, dueToleranceMs(job.schedule));
    if (!claim) return false;

    const lease = new AbortController();
    const renew = setInterval(() => {
      this.queries
        .renew(job.name, this.replica, leaseMs)
        .then((held) => {
          if (held || lease.signal.aborted) return;
          this.logger.error({ job: job.name }, 'the job lost its claim to another replica; this run stops');
          lease.abort();
        })
        .catch((err: unknown) => this.logFailure(job, err, 'could not renew the claim'));
    }, leaseMs / 3);
    const started = new Date();
    let ended: Date | undefined;
    try {
      await job.run(AbortSignal.any([this.stopping.signal, lease.signal]));
      ended = new Date();
      if (this.stopping.signal.aborted) {
        // Cut short by the shutdown, its work perhaps half done (a report put back in the queue): due
        // still, so the next replica to start or tick takes it at once, not an interval or a day later.
        await this.queries.release(job.name, this.replica);
        return true;
      }
      const next = 'everyMs' in job.schedule ? null : nextRunAfter(job.schedule, new Date(Date.now() + 1000));
      await this.queries.succeeded(job.name, this.replica, next, 'everyMs' in job.schedule ? job.schedule.everyMs : 0);
    } catch (err) {
      ended ??= new Date();
      const attempts = claim.attempts + 1;
      const retryInMs = backoffMs(job.schedule, attempts);
      this.logFailure(job, err, 'job failed; retrying later', { attempts, retryInMs });
      await this.queries.failed(
        job.name,
        this.replica,
        attempts,
        String(err instanceof Error ? err.message : err),
        retryInMs,
      );
    } finally {
      clearInterval(renew);
      // One line per run: which replica ran it, from its claim to its end (before the claim is freed). The
      // replicas test reads these lines to see that no two runs of a job overlap.
      this.logger.debug({ job: job.name, replica: this.replica, started, ended: ended ?? new Date() }, 'job ran');
    }
    return true;
  }

  /** The job's row, made once per replica. */
  private async ensureRow(job: JobDefinition): Promise<void> {
    if (this.rows.has(job.name)) return;
    await this.queries.ensure(
      job.name,
      job.schedule,
      'everyMs' in job.schedule ? new Date() : nextRunAfter(job.schedule, new Date()),
    );
    this.rows.add(job.name);
  }

  private logFailure(job: JobDefinition, err: unknown, message: string, extra: object = {}): void {
    if (isDatabaseUnavailable(err))
      this.logger.warn({ job: job.name, err, ...extra }, `${message}: the database is unreachable`);
    else this.logger.error({ job: job.name, err, ...extra }, message);
  }
}

const timerKey = (name: string) => `job:${name}`;
const sweepKey = (name: string) => `job:${name}:sweep`;
const catchUpKey = (name: string) => `job:${name}:catch-up`;
