import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { RiskAlert } from './risk-alert.entity';

/**
 * A user an alert reached, once however many ways (exposed organization, country follow): the all clear
 * goes to exactly these, and `updateNumber` is the last update they were told of, so none hears of one twice.
 */
@Entity('risk_alert_recipients')
export class RiskAlertRecipient {
  @PrimaryColumn({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @ManyToOne(() => RiskAlert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  alert?: RiskAlert;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The user's organization when reached. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Reached as a user of an exposed organization (else through a country follow). */
  @Column({ type: 'boolean' })
  exposed: boolean;

  @Column({ name: 'update_number', type: 'int' })
  updateNumber: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
