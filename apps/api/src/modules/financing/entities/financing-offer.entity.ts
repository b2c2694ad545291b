import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import {
  FINANCING_OFFER_STATUSES,
  FINANCING_RATE_KINDS,
  type FinancingOfferStatus,
  type FinancingRateKind,
} from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';
import { FinancingReview } from './financing-review.entity';

/** An institution's offer on its review: prepared by one person, released by another (an admin). */
@Entity('financing_offers')
export class FinancingOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @OneToOne(() => FinancingReview, (review) => review.offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: Relation<FinancingReview>;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'rate_kind', type: 'enum', enum: FINANCING_RATE_KINDS, enumName: 'financing_rate_kind' })
  rateKind: FinancingRateKind;

  @Column({ name: 'rate_percent', type: 'numeric', precision: 7, scale: 4 })
  ratePercent: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  fees: string | null;

  @Column({ name: 'tenor_months', type: 'int' })
  tenorMonths: number;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Column({ type: 'enum', enum: FINANCING_OFFER_STATUSES, enumName: 'financing_offer_status', default: 'prepared' })
  status: FinancingOfferStatus;

  /** Who prepared the current terms. */
  @Column({ name: 'prepared_by_user_id', type: 'uuid', nullable: true })
  preparedByUserId: string | null;

  /** Everyone who prepared or revised the terms: none of them may release the offer (four eyes). */
  @Column({ name: 'prepared_by_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  preparedByUserIds: string[];

  /** The request revision the terms answer; after a later revision the offer is revised before release. */
  @Column({ name: 'request_revision', type: 'int', default: 1 })
  requestRevision: number;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'prepared_by_user_id' })
  preparedBy?: User | null;

  @Column({ name: 'prepared_at', type: 'timestamptz' })
  preparedAt: Date;

  @Column({ name: 'released_by_user_id', type: 'uuid', nullable: true })
  releasedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'released_by_user_id' })
  releasedBy?: User | null;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
