import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RiskExposureReason } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { RiskAlert } from './risk-alert.entity';

/** A member organization exposed in an alert's country, and its acknowledgement: a row of the secretariat's report. */
@Entity('risk_alert_organizations')
@Index('IDX_risk_alert_organizations_organization', ['organizationId'])
export class RiskAlertOrganization {
  @PrimaryColumn({ name: 'alert_id', type: 'uuid' })
  alertId: string;

  @ManyToOne(() => RiskAlert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alert_id' })
  alert?: RiskAlert;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Why it is exposed: a park there, a financing request there not finished, an open project there. */
  @Column({ type: 'text', array: true })
  reasons: RiskExposureReason[];

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by_user_id', type: 'uuid', nullable: true })
  acknowledgedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by_user_id' })
  acknowledgedBy?: User | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
