import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';
import { MeetingSession } from './meeting-session.entity';

/** A participating organization is available for meetings in a session (one row per session it marked). */
@Entity('meeting_availability')
@Index('IDX_meeting_availability_post_organization', ['postId', 'organizationId'])
export class MeetingAvailability {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => MeetingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: MeetingSession;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** The event (kept here so one organization's availability is read by one index). */
  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;
}
