import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** E-mail written in the same transaction as the change that causes it, sent afterwards. */
@Entity('outbox_emails')
@Index('IDX_outbox_emails_unsent', ['sentAt', 'createdAt'])
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

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
