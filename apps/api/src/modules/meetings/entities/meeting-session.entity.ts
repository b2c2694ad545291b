import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingProgramme } from './meeting-programme.entity';

/** A stretch of the event given to one-to-one meetings, cut into slots of the meeting length. */
@Entity('meeting_sessions')
@Index('IDX_meeting_sessions_post', ['postId', 'startsAt'])
export class MeetingSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => MeetingProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  programme?: MeetingProgramme;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}
