import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { PolicyBrief } from './policy-brief.entity';

/** A message of a brief's review thread, private to the author's organization and the secretariat. */
@Entity('policy_brief_comments')
@Index('IDX_policy_brief_comments_brief', ['briefId', 'createdAt'])
export class PolicyBriefComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brief_id', type: 'uuid' })
  briefId: string;

  @ManyToOne(() => PolicyBrief, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brief_id' })
  brief?: PolicyBrief;

  @Column({ name: 'version_number', type: 'int' })
  versionNumber: number;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User | null;

  @Column({ type: 'varchar', length: 16 })
  side: 'author' | 'secretariat';

  @Column({ type: 'varchar', length: 24 })
  kind: 'comment' | 'changes_requested';

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
