import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RISK_ALERT_SEVERITIES, type RiskAlertSeverity } from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';
import { RiskAlert } from './risk-alert.entity';

/** A numbered update of an alert: a note, and the severity and validity it set. Never edited. */
@Entity('risk_alert_updates')
@Unique('UQ_risk_alert_updates_number', ['alertId', 'number'])
export class RiskAlertUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @ManyToOne(() => RiskAlert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  alert?: RiskAlert;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'enum', enum: RISK_ALERT_SEVERITIES, enumName: 'risk_alert_severity' })
  severity: RiskAlertSeverity;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ name: 'note_en', type: 'text', nullable: true })
  noteEn: string | null;

  @Column({ name: 'note_zh', type: 'text', nullable: true })
  noteZh: string | null;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
