import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ANNUAL_REPORT_STATUSES,
  type AnnualReportStatus,
  type AnnualReportStep,
  type Locale,
} from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';

/**
 * An annual report the secretariat asked for: a year and a language, its progress while a job runner
 * writes it (the runner's claim and heartbeat), and the stored PDF once done, or why it failed.
 */
@Entity('annual_reports')
@Check('CHK_annual_reports_language', `"language" IN ('en', 'zh')`)
@Check('CHK_annual_reports_progress', `"progress" BETWEEN 0 AND 100`)
@Check('CHK_annual_reports_year', `"year" BETWEEN 2000 AND 2200`)
@Index('UQ_annual_reports_active', ['year', 'language'], { unique: true, where: `"status" IN ('queued', 'running')` })
// The list's order (requested_at DESC, id DESC), made by the migration.
@Index('IDX_annual_reports_requested', { synchronize: false })
@Index('IDX_annual_reports_pending', ['requestedAt'], { where: `"status" IN ('queued', 'running')` })
export class AnnualReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_annual_reports' })
  id: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 2 })
  language: Locale;

  @Column({ type: 'enum', enum: ANNUAL_REPORT_STATUSES, enumName: 'annual_report_status', default: 'queued' })
  status: AnnualReportStatus;

  /** 0–100, with the step it is at. */
  @Column({ type: 'int', default: 0 })
  progress: number;

  @Column({ type: 'varchar', length: 32, default: 'queued' })
  step: AnnualReportStep;

  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'FK_annual_reports_requested_by' })
  requestedBy?: User;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Runs started (a run stopped by a shutdown or a silent runner is started again, a few times at most). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The runner writing it (running only). */
  @Column({ name: 'claimed_by', type: 'varchar', length: 200, nullable: true })
  claimedBy: string | null;

  /** The running runner's last sign of life (each step): a report silent too long is taken over. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Column({ name: 'storage_key', type: 'varchar', length: 300, nullable: true })
  storageKey: string | null;

  @Column({ name: 'file_size', type: 'int', nullable: true })
  fileSize: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
