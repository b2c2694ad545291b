import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A "forgot password" request, queued as it came in, known address or not, so that the answer
 * takes the same time for both; the job that reads it sends the link and deletes it.
 */
@Entity('password_reset_requests')
export class PasswordResetRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As typed, trimmed and lower-cased; kept only until the job has read it. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The request that asked, for the audit event the job writes. */
  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;
}
