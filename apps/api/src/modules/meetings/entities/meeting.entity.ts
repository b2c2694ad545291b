import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { MEETING_STATUSES, type MeetingStatus } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { MeetingProgramme } from './meeting-programme.entity';
import { MeetingSession } from './meeting-session.entity';

/**
 * A one-to-one meeting at an event, requested by one participating organization of another. Once
 * accepted the organizer places it in a slot (its start, within a session) and at a table; a
 * cancellation takes it out again. Private to the two organizations and the organizer.
 */
@Entity('meetings')
// One live request (requested or accepted) per pair of organizations and event, whoever asked
// (an expression index on the unordered pair, created by the migration).
@Index('UQ_meetings_live_pair', { synchronize: false })
// One meeting per table and slot.
@Index('UQ_meetings_table_slot', ['postId', 'slotStartsAt', 'tableNumber'], {
  unique: true,
  where: '"slot_starts_at" IS NOT NULL',
})
// The secretariat's list across events, newest first: by status (with the placement, for an
// index-only count of those waiting to be scheduled), or all of them (created by the migration).
@Index('IDX_meetings_status_created', { synchronize: false })
@Index('IDX_meetings_created', { synchronize: false })
@Index('IDX_meetings_post_status', ['postId', 'status', 'createdAt'])
@Index('IDX_meetings_requester', ['requesterOrganizationId', 'postId', 'createdAt'])
@Index('IDX_meetings_requested', ['requestedOrganizationId', 'postId', 'createdAt'])
@Check(
  'CHK_meetings_placement',
  `("slot_starts_at" IS NULL) = ("table_number" IS NULL) AND ("slot_starts_at" IS NULL) = ("session_id" IS NULL)`,
)
@Check('CHK_meetings_placed_accepted', `"slot_starts_at" IS NULL OR "status" = 'accepted'`)
@Check('CHK_meetings_two_sides', `"requester_organization_id" <> "requested_organization_id"`)
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => MeetingProgramme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  programme?: MeetingProgramme;

  @Column({ name: 'requester_organization_id', type: 'uuid' })
  requesterOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_organization_id' })
  requesterOrganization?: Organization;

  @Column({ name: 'requested_organization_id', type: 'uuid' })
  requestedOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_organization_id' })
  requestedOrganization?: Organization;

  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: User | null;

  @Column({ type: 'enum', enum: MEETING_STATUSES, enumName: 'meeting_status', default: 'requested' })
  status: MeetingStatus;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** The side that cancelled an accepted meeting. */
  @Column({ name: 'cancelled_by_organization_id', type: 'uuid', nullable: true })
  cancelledByOrganizationId: string | null;

  /** When the requested side answered (or the requester withdrew, or a side cancelled). */
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: User | null;

  /** Where it is scheduled: the session, the slot's start and the table (all three or none). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => MeetingSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: MeetingSession | null;

  @Column({ name: 'slot_starts_at', type: 'timestamptz', nullable: true })
  slotStartsAt: Date | null;

  @Column({ name: 'table_number', type: 'int', nullable: true })
  tableNumber: number | null;

  /** Set when placed by hand: the scheduler leaves it where the organizer put it. */
  @Column({ name: 'placed_by_hand', type: 'boolean', default: false })
  placedByHand: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
