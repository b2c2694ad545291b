import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { FinancingReview } from './financing-review.entity';

/** A message of the private thread between the requester and one institution. */
@Entity('financing_messages')
@Index('IDX_financing_messages_review', ['reviewId', 'createdAt'])
export class FinancingMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => FinancingReview, (review) => review.messages, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: Relation<FinancingReview>;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User | null;

  @Column({ type: 'varchar', length: 16 })
  side: 'requester' | 'institution';

  @Column({ type: 'varchar', length: 16 })
  kind: 'question' | 'answer';

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
