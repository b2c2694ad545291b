import type { DataSource } from 'typeorm';
import { describeSchedule, type JobSchedule } from './job-schedule';

/**
 * The SQL of the job runner's claims on `scheduled_jobs`. All times are the database's `now()`,
 * so replicas whose clocks disagree still agree on what is due.
 */
export class ScheduledJobsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The job's row; a changed schedule makes the job due at `firstRun`. */
  async ensure(name: string, schedule: JobSchedule, firstRun: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scheduled_jobs (name, schedule, next_run_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET schedule = EXCLUDED.schedule, next_run_at = EXCLUDED.next_run_at
        WHERE scheduled_jobs.schedule IS DISTINCT FROM EXCLUDED.schedule`,
      [name, describeSchedule(schedule), firstRun],
    );
  }

  /**
   * Claims the job for `replica` if it is due (within `toleranceMs`, for a timer that fires a
   * little early) and free: nobody holds it, a claim lapsed, or this replica itself left it held
   * when the database went away as it finished. Returns the failures so far, or null.
   */
  async claim(
    name: string,
    replica: string,
    leaseMs: number,
    toleranceMs: number,
  ): Promise<{ attempts: number } | null> {
    const rows = (await this.dataSource.query(
      `WITH claimed AS (
         UPDATE scheduled_jobs SET locked_by = $2, locked_until = now() + $3 * interval '1 millisecond', last_started_at = now()
          WHERE name = $1 AND next_run_at <= now() + $4 * interval '1 millisecond'
            AND (locked_until IS NULL OR locked_until < now() OR locked_by = $2)
          RETURNING attempts)
       SELECT attempts FROM claimed`,
      [name, replica, leaseMs, toleranceMs],
    )) as { attempts: number }[];
    return rows[0] ?? null;
  }

  /** Extends the claim; false when the replica no longer holds it (it lapsed and another took it). */
  async renew(name: string, replica: string, leaseMs: number): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `WITH renewed AS (
         UPDATE scheduled_jobs SET locked_until = now() + $3 * interval '1 millisecond' WHERE name = $1 AND locked_by = $2 RETURNING 1)
       SELECT count(*)::int AS n FROM renewed`,
      [name, replica, leaseMs],
    )) as { n: number }[];
    return rows[0].n > 0;
  }

  /** After a success: free, no failures, due again `everyMs` after this run started, or at `next`. */
  async succeeded(name: string, replica: string, next: Date | null, everyMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL, attempts = 0, last_error = NULL, last_succeeded_at = now(),
              next_run_at = coalesce($3, last_started_at + $4 * interval '1 millisecond')
        WHERE name = $1 AND locked_by = $2`,
      [name, replica, next, everyMs],
    );
  }

  /** After a run cut short by the shutdown: free, and as due as it was (for the next replica at once). */
  async release(name: string, replica: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL WHERE name = $1 AND locked_by = $2',
      [name, replica],
    );
  }

  /** After a failure: free, the failure recorded, due again after `retryInMs`. */
  async failed(name: string, replica: string, attempts: number, error: string, retryInMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_jobs SET locked_by = NULL, locked_until = NULL, attempts = $3, last_error = $4,
              next_run_at = now() + $5 * interval '1 millisecond'
        WHERE name = $1 AND locked_by = $2`,
      [name, replica, attempts, error.slice(0, 2000), retryInMs],
    );
  }

  /** Due now (if it was due later). */
  async makeDue(name: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE scheduled_jobs SET next_run_at = now() WHERE name = $1 AND next_run_at > now()',
      [name],
    );
  }
}
