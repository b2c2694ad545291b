import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';
import { Post } from './post.entity';

/** A user's seat (or waitlist place) at an event post. */
@Entity('event_registrations')
@Index('IDX_event_registrations_post_status', ['postId', 'status', 'createdAt'])
// One live registration per user and event (partial unique index, created by the migration).
@Index('UQ_event_registrations_live', { synchronize: false })
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_id' })
  post?: Post;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: REGISTRATION_STATUSES, enumName: 'registration_status' })
  status: RegistrationStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
