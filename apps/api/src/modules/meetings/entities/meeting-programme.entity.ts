import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { MEETING_PROGRAMME_STATUSES, type MeetingProgrammeStatus } from '@alliance/contracts';
import { Post } from '../../posts/entities/post.entity';

/**
 * The B2B meetings of one event post: the organizer's settings (meeting length, tables) and where the
 * programme stands. Keyed by the event: an event opens meetings at most once. Every change to its
 * sessions, availability, requests or placements locks this row first, so concurrent ones queue.
 */
@Entity('meeting_programmes')
export class MeetingProgramme {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId: string;

  @OneToOne(() => Post, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Post;

  @Column({ type: 'enum', enum: MEETING_PROGRAMME_STATUSES, enumName: 'meeting_programme_status', default: 'open' })
  status: MeetingProgrammeStatus;

  @Column({ name: 'meeting_minutes', type: 'int' })
  meetingMinutes: number;

  @Column({ name: 'tables', type: 'int' })
  tables: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
