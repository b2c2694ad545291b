import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A "forgot password" request, queued as it came in, known address or not, so that the answer
 * takes the same time for both; the job that reads it sends the link and forgets the address.
 * The row stays an hour without it, for the per-IP and per-address limits.
 */
@Entity('password_reset_requests')
@Index('IDX_password_reset_requests_waiting', ['processedAt', 'requestedAt'])
@Index('IDX_password_reset_requests_ip', ['ip', 'requestedAt'])
@Index('IDX_password_reset_requests_address', ['emailDigest', 'requestedAt'])
export class PasswordResetRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As typed, trimmed and lower-cased; null once the job has read it (or when it was not queued). */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** A keyed digest of the address, kept for the per-address limit instead of the address. */
  @Column({ name: 'email_digest', type: 'char', length: 64 })
  emailDigest: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** The request that asked, for the audit event the job writes. */
  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
