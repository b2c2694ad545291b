import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  COUNTRY_RATING_STATUSES,
  RISK_OUTLOOKS,
  type CountryRatingStatus,
  type RiskGrade,
  type RiskOutlook,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';

/**
 * One change of a host country's risk rating: proposed, then published (a new row of the country's
 * history, never edited) or rejected. The country's current grade is its latest published change.
 */
@Entity('country_ratings')
@Index('IDX_country_ratings_history', ['country', 'status', 'effectiveOn', 'publishedAt'])
@Check('CHK_country_ratings_grade', '"grade" BETWEEN 1 AND 5')
// The queue of proposals, a partial index the migration creates.
@Index('IDX_country_ratings_proposed', { synchronize: false })
export class CountryRating {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'smallint' })
  grade: RiskGrade;

  @Column({ type: 'enum', enum: RISK_OUTLOOKS, enumName: 'risk_outlook' })
  outlook: RiskOutlook;

  @Column({ name: 'rationale_en', type: 'text', nullable: true })
  rationaleEn: string | null;

  @Column({ name: 'rationale_zh', type: 'text', nullable: true })
  rationaleZh: string | null;

  /** From when the grade holds (YYYY-MM-DD). */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  source: string | null;

  @Column({ type: 'enum', enum: COUNTRY_RATING_STATUSES, enumName: 'country_rating_status', default: 'proposed' })
  status: CountryRatingStatus;

  @Column({ name: 'proposed_by_user_id', type: 'uuid' })
  proposedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_user_id' })
  proposedBy?: User;

  @Column({ name: 'proposed_by_organization_id', type: 'uuid' })
  proposedByOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_organization_id' })
  proposedByOrganization?: Organization;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: User | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'rejected_reason', type: 'text', nullable: true })
  rejectedReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
