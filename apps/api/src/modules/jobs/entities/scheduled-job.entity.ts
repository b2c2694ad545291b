import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per timed job: when it is next due and which replica holds it now. A replica runs
 * a job only after claiming its row, so each run happens once however many replicas there are.
 */
@Entity('scheduled_jobs')
export class ScheduledJob {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  /** The schedule as written (`every 5000 ms`, `cron 0 8 * * * Asia/Shanghai`); a new one resets `nextRunAt`. */
  @Column({ type: 'varchar', length: 200 })
  schedule: string;

  @Column({ name: 'next_run_at', type: 'timestamptz' })
  nextRunAt: Date;

  /** The replica running it now, until `lockedUntil` (renewed while it runs). */
  @Column({ name: 'locked_by', type: 'varchar', length: 200, nullable: true })
  lockedBy: string | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Failures since the last success: the retry waits longer after each. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_started_at', type: 'timestamptz', nullable: true })
  lastStartedAt: Date | null;

  @Column({ name: 'last_succeeded_at', type: 'timestamptz', nullable: true })
  lastSucceededAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
