import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AGREEMENT_REMINDER_SUBJECTS, type AgreementReminderSubject } from '@alliance/contracts';
import { PartnerAgreement } from './partner-agreement.entity';

/**
 * A reminder sent (60, 30 or 7 days before an agreement's expiry or a commitment's due date): the
 * job claims its row before telling anyone, and the unique index makes a second claim (another
 * replica's run, a rerun) a no-op, so nobody is reminded twice of the same date.
 */
@Entity('agreement_reminders')
@Index('UQ_agreement_reminders_claim', ['subject', 'recordId', 'targetDate', 'daysBefore'], { unique: true })
export class AgreementReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: AGREEMENT_REMINDER_SUBJECTS, enumName: 'agreement_reminder_subject' })
  subject: AgreementReminderSubject;

  /** The agreement (expiry) or the commitment (due date). */
  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => PartnerAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: PartnerAgreement;

  /** The expiry or due date reminded of (a changed date is reminded of again). */
  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Column({ name: 'days_before', type: 'int' })
  daysBefore: number;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
