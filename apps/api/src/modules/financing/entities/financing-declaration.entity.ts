import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { FinancingReview } from './financing-review.entity';

/** A reviewer's conflict-of-interest declaration, made once before first opening a request; kept for the record. */
@Entity('financing_declarations')
@Unique('UQ_financing_declarations_review_user', ['reviewId', 'userId'])
export class FinancingDeclaration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => FinancingReview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: FinancingReview;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** True: the reviewer declared a conflict and may not act on the review. */
  @Column({ type: 'boolean' })
  conflict: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
