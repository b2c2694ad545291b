import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ENDORSEMENT_PROPOSAL_STATUSES, type EndorsementProposalStatus } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { Initiative } from './initiative.entity';

/** A member's proposal that its organization endorse an initiative; one of its admins signs or declines it. */
@Entity('endorsement_proposals')
// One pending proposal per organization and initiative.
@Index('UQ_endorsement_proposals_pending', ['initiativeId', 'organizationId'], {
  unique: true,
  where: `"status" = 'pending'`,
})
@Index('IDX_endorsement_proposals_organization', ['organizationId', 'initiativeId'])
export class EndorsementProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: Initiative;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'proposed_by_user_id', type: 'uuid', nullable: true })
  proposedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_user_id' })
  proposedBy?: User | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({
    type: 'enum',
    enum: ENDORSEMENT_PROPOSAL_STATUSES,
    enumName: 'endorsement_proposal_status',
    default: 'pending',
  })
  status: EndorsementProposalStatus;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
