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
  VirtualColumn,
} from 'typeorm';
import {
  FINANCING_AUDIENCES,
  FINANCING_INSTRUMENTS,
  FINANCING_REQUEST_STATUSES,
  type FinancingAudience,
  type FinancingInstrument,
  type FinancingRequestStatus,
  type CountryAlertsDto,
  type CountryGradeDto,
} from '@alliance/contracts';
import { currentGradeOf } from '../../countries/current-grade';
import { countryAlertsOf } from '../../risk-alerts/country-alerts';
import { Organization } from '../../organizations/entities/organization.entity';
import { Park } from '../../parks/entities/park.entity';
import { User } from '../../users/entities/user.entity';
import type { FinancingReview } from './financing-review.entity';

/** A member's request for finance, shared with the institutions it chooses (see financing-review). */
@Entity('financing_requests')
@Index('IDX_financing_requests_organization', ['organizationId', 'createdAt'])
@Index('IDX_financing_requests_status', ['status'])
@Index('IDX_financing_requests_scope', ['organizationId', 'submittedAt'])
// The lists' order (descending) and the pipeline's covering partial index, created by the migration.
@Index('IDX_financing_requests_updated', { synchronize: false })
@Index('IDX_financing_requests_pipeline', { synchronize: false })
// The alliance's results: requests submitted in a range, with their instrument (migrations/*-ResultsSummaries.ts).
@Index('IDX_financing_requests_results', { synchronize: false })
// Partial unique index on its creator and the key, where a key was sent, created by the migration.
@Index('UQ_financing_requests_idempotency_key', { synchronize: false })
export class FinancingRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'park_id', type: 'uuid', nullable: true })
  parkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'park_id' })
  park?: Park | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User | null;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'purpose_en', type: 'text', nullable: true })
  purposeEn: string | null;

  @Column({ name: 'purpose_zh', type: 'text', nullable: true })
  purposeZh: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ type: 'enum', enum: FINANCING_INSTRUMENTS, enumName: 'financing_instrument', nullable: true })
  instrument: FinancingInstrument | null;

  /** Exact decimal, kept as a string end to end. */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ name: 'tenor_months', type: 'int', nullable: true })
  tenorMonths: number | null;

  /** Host country of the park or project. */
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** The host country's current risk grade and outlook (policy research), read with the request; null when unrated. */
  @VirtualColumn({ type: 'jsonb', query: (alias) => currentGradeOf(`${alias}.country`) })
  countryRisk?: CountryGradeDto | null;

  /** The host country's active risk alerts (how many, the gravest), read with the request; null when none. */
  @VirtualColumn({ type: 'jsonb', query: (alias) => countryAlertsOf(`${alias}.country`) })
  countryAlerts?: CountryAlertsDto | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sector: string | null;

  @Column({ type: 'enum', enum: FINANCING_AUDIENCES, enumName: 'financing_audience', default: 'all' })
  audience: FinancingAudience;

  /** The institutions named when the audience is `named`. */
  @Column({ name: 'institution_ids', type: 'uuid', array: true, default: () => "'{}'" })
  institutionIds: string[];

  @Column({ type: 'enum', enum: FINANCING_REQUEST_STATUSES, enumName: 'financing_request_status', default: 'draft' })
  status: FinancingRequestStatus;

  /** 0 while a draft; 1 as submitted; each edit after submission adds one. */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason: string | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Column({ name: 'accepted_review_id', type: 'uuid', nullable: true })
  acceptedReviewId: string | null;

  // By name: the review entity refers back to this one.
  @ManyToOne('FinancingReview', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_review_id' })
  acceptedReview?: FinancingReview | null;

  /** When it was accepted, withdrawn or closed. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

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
