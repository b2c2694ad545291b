import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  FINANCING_REVIEW_STATUSES,
  type FinancingReviewCloseReason,
  type FinancingReviewStatus,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import type { FinancingDeclaration } from './financing-declaration.entity';
import { FinancingMessage } from './financing-message.entity';
import { FinancingOffer } from './financing-offer.entity';
import { FinancingRequest } from './financing-request.entity';

/** One institution's private review of one request. */
@Entity('financing_reviews')
@Unique('UQ_financing_reviews_request_organization', ['requestId', 'organizationId'])
@Index('IDX_financing_reviews_organization', ['organizationId', 'createdAt'])
export class FinancingReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FinancingRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FinancingRequest;

  /** The institution reviewing. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'enum', enum: FINANCING_REVIEW_STATUSES, enumName: 'financing_review_status', default: 'new' })
  status: FinancingReviewStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'close_reason', type: 'varchar', length: 32, nullable: true })
  closeReason: FinancingReviewCloseReason | null;

  /** The request revision the institution last opened; later ones are shown as changes. */
  @Column({ name: 'seen_revision', type: 'int', default: 0 })
  seenRevision: number;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  /** When the institution answered (offer released, declined) or the review closed. */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** Its offer (the foreign key is the offer's), loaded with the review where a view shows it. */
  @OneToOne(() => FinancingOffer, (offer) => offer.review)
  offer?: FinancingOffer | null;

  /** Its private thread (the foreign key is each message's), loaded with the review where a view shows it. */
  @OneToMany(() => FinancingMessage, (message) => message.review)
  messages?: FinancingMessage[];

  /** The viewer's own conflict-of-interest declaration, when a query maps it (not a column). */
  myDeclaration?: FinancingDeclaration | null;
}
