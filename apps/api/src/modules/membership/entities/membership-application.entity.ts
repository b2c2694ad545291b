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
  LOCALES,
  MEMBERSHIP_APPLICATION_STATUSES,
  ORGANIZATION_TYPES,
  type ApplicationParkDto,
  type Locale,
  type MembershipApplicationStatus,
  type OrganizationType,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';

/** A request to join the alliance, sent from the public form and decided by the secretariat. */
@Entity('membership_applications')
@Index('IDX_membership_applications_status_created', ['status', 'createdAt'])
@Index('IDX_membership_applications_ip_created', ['submittedIp', 'createdAt'])
// Partial unique index (pending applications only), created by the migration.
@Index('UQ_membership_applications_pending_email', { synchronize: false })
// The queue's order (pending first, oldest first), an expression index created by the migration.
@Index('IDX_membership_applications_queue', { synchronize: false })
// Partial unique index on the key alone (a visitor sends it), where a key was sent, created by the migration.
@Index('UQ_membership_applications_idempotency_key', { synchronize: false })
export class MembershipApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Shown to the applicant and quoted in e-mails, e.g. AP-2026-00042. */
  @Index('UQ_membership_applications_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({
    type: 'enum',
    enum: MEMBERSHIP_APPLICATION_STATUSES,
    enumName: 'membership_application_status',
    default: 'pending',
  })
  status: MembershipApplicationStatus;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true })
  nameZh: string | null;

  @Column({ type: 'enum', enum: ORGANIZATION_TYPES, enumName: 'organization_type' })
  type: OrganizationType;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 200 })
  contactName: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 320 })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  parks: ApplicationParkDto[];

  /** The applicant's language: the receipt, the decision and the invitation are written in it. */
  @Column({ type: 'enum', enum: LOCALES, enumName: 'locale', default: 'en' })
  locale: Locale;

  @Column({ name: 'terms_accepted_at', type: 'timestamptz' })
  termsAcceptedAt: Date;

  @Column({ name: 'submitted_ip', type: 'varchar', length: 64 })
  submittedIp: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: User;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** The client's Idempotency-Key of the request that created it: sent again, it answers with this record. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;
}
