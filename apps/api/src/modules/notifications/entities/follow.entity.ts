import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

export const FOLLOW_TOPICS = ['country', 'sector', 'kind', 'organization', 'policy_topic'] as const;
export type FollowTopic = (typeof FOLLOW_TOPICS)[number];

/** One thing a user follows: a country, a sector, a kind of post, an organization or a policy topic. */
@Entity('follows')
@Index('UQ_follows_user_topic', ['userId', 'topic', 'value'], { unique: true })
@Index('IDX_follows_topic_value', ['topic', 'value'])
export class Follow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: FOLLOW_TOPICS, enumName: 'follow_topic' })
  topic: FollowTopic;

  @Column({ type: 'varchar', length: 64 })
  value: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
