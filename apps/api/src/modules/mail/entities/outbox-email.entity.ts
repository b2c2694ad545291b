import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** E-mail written in the same transaction as the change that causes it, sent afterwards. */
@Entity('outbox_emails')
@Index('IDX_outbox_emails_due', ['nextAttemptAt'], { where: `"sent_at" IS NULL AND "failed_at" IS NULL` })
@Index('IDX_outbox_emails_failed', ['failedAt'], { where: `"failed_at" IS NOT NULL` })
export class OutboxEmail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress: string;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  /** What the message is about, e.g. `invitation`, so tests and support can find it. */
  @Column({ type: 'varchar', length: 64 })
  template: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Failed attempts and the one that sent it. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** `<id@domain>`, fixed at the first attempt and sent with every one, so a resend is the same message. */
  @Column({ name: 'message_id', type: 'varchar', length: 255, nullable: true })
  messageId: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  /** Not tried before this time: a failed attempt puts it off, longer each time. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** The sender (`host:pid:id`) that last claimed it; once sent, the one that sent it. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 120, nullable: true })
  claimedBy: string | null;

  /** While in the future, only `claimedBy` may send it; a claim its sender did not release lapses then. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  /** Given up on: refused for good by the server, or still unsent after OUTBOX_GIVE_UP_HOURS. Kept, logged at error. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
