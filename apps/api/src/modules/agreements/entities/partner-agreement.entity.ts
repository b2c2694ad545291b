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
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, type AgreementKind, type AgreementStatus } from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';

/**
 * A partner agreement the alliance signed (or is negotiating) with one or more counterparty
 * organizations. The secretariat keeps it; members read signed ones, visitors the active ones' summary.
 */
@Entity('partner_agreements')
// The lists: by status, newest signature first; the job runner's scans of effective and expiry dates.
@Index('IDX_partner_agreements_status', ['status', 'signedOn'])
@Index('IDX_partner_agreements_effective', ['effectiveFrom'], { where: `"status" = 'signed'` })
@Index('IDX_partner_agreements_expiry', ['expiresOn'], { where: `"status" IN ('signed', 'active')` })
export class PartnerAgreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: AGREEMENT_KINDS, enumName: 'agreement_kind' })
  kind: AgreementKind;

  @Column({ type: 'enum', enum: AGREEMENT_STATUSES, enumName: 'agreement_status', default: 'draft' })
  status: AgreementStatus;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  /** What the public list shows. */
  @Column({ name: 'summary_en', type: 'varchar', length: 1000, nullable: true })
  summaryEn: string | null;

  @Column({ name: 'summary_zh', type: 'varchar', length: 1000, nullable: true })
  summaryZh: string | null;

  /** What the parties agreed to do (members read it). */
  @Column({ name: 'scope_en', type: 'text', nullable: true })
  scopeEn: string | null;

  @Column({ name: 'scope_zh', type: 'text', nullable: true })
  scopeZh: string | null;

  @Column({ name: 'renewal_terms_en', type: 'text', nullable: true })
  renewalTermsEn: string | null;

  @Column({ name: 'renewal_terms_zh', type: 'text', nullable: true })
  renewalTermsZh: string | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom: string | null;

  /** Null: open-ended. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  @Column({ name: 'terminated_at', type: 'timestamptz', nullable: true })
  terminatedAt: Date | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true })
  expiredAt: Date | null;

  /** Demo data, marked as such on every page. */
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
