import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { ExpressionOfInterest } from './expression-of-interest.entity';

/** A message of the private thread an accepted expression of interest opens between the two organizations. */
@Entity('cooperation_messages')
@Index('IDX_cooperation_messages_expression', ['expressionId', 'createdAt'])
export class CooperationMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expression_id', type: 'uuid' })
  expressionId: string;

  @ManyToOne(() => ExpressionOfInterest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expression_id' })
  expression?: ExpressionOfInterest;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User | null;

  /** Which side wrote it: the project's owner or the interested organization. */
  @Column({ type: 'varchar', length: 16 })
  side: 'owner' | 'interested';

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
