import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  RISK_ALERT_CATEGORIES,
  RISK_ALERT_SEVERITIES,
  RISK_ALERT_STATUSES,
  type RiskAlertCategory,
  type RiskAlertSeverity,
  type RiskAlertStatus,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import type { RiskAlertOrganization } from './risk-alert-organization.entity';

/**
 * An early warning about a host country (the policy research platform): issued by the secretariat,
 * a research institute or a service provider, sent at once to the members exposed in its countries
 * and to their followers, updated, acknowledged, withdrawn with an all clear or expired by the job runner.
 */
@Entity('risk_alerts')
// The lists' order (gravest and newest first), the alerts of a country (GIN over `countries`) and the
// expiry job's scan, created by the migration with expressions TypeORM cannot express.
@Index('IDX_risk_alerts_list', { synchronize: false })
@Index('IDX_risk_alerts_countries', { synchronize: false })
@Index('IDX_risk_alerts_expiry', { synchronize: false })
@Index('IDX_risk_alerts_organization', ['organizationId', 'createdAt'])
export class RiskAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The issuing organization. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'issued_by_user_id', type: 'uuid' })
  issuedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_user_id' })
  issuedBy?: User;

  /** The secretariat user who released a member's critical alert. */
  @Column({ name: 'released_by_user_id', type: 'uuid', nullable: true })
  releasedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'released_by_user_id' })
  releasedBy?: User | null;

  @Column({ type: 'enum', enum: RISK_ALERT_SEVERITIES, enumName: 'risk_alert_severity' })
  severity: RiskAlertSeverity;

  @Column({ type: 'enum', enum: RISK_ALERT_CATEGORIES, enumName: 'risk_alert_category' })
  category: RiskAlertCategory;

  @Column({ type: 'text', array: true })
  countries: string[];

  /** A city or region, free text. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ name: 'body_zh', type: 'text', nullable: true })
  bodyZh: string | null;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  /** Past it, the alert leaves the active lists (and the job runner marks it expired). */
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ type: 'enum', enum: RISK_ALERT_STATUSES, enumName: 'risk_alert_status' })
  status: RiskAlertStatus;

  /** 0 as issued; n after the n-th update. */
  @Column({ name: 'update_number', type: 'int', default: 0 })
  updateNumber: number;

  /** When it went out (issued or released); null while it waits for release. */
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'all_clear_en', type: 'text', nullable: true })
  allClearEn: string | null;

  @Column({ name: 'all_clear_zh', type: 'text', nullable: true })
  allClearZh: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** The reader's organization's exposure and acknowledgement, read with the alert (not a column). */
  exposure?: RiskAlertOrganization | null;
}
