import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { CooperationProject } from './cooperation-project.entity';

/**
 * A suggestion an organization marked as not relevant, kept for the whole organization: a project
 * in its own list (`suggestedOrganizationId` is itself), or an organization in its project's list.
 */
@Entity('match_dismissals')
@Index('UQ_match_dismissals', ['organizationId', 'projectId', 'suggestedOrganizationId'], { unique: true })
@Index('IDX_match_dismissals_project', ['projectId'])
export class MatchDismissal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organization that dismissed it. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => CooperationProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: CooperationProject;

  @Column({ name: 'suggested_organization_id', type: 'uuid' })
  suggestedOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggested_organization_id' })
  suggestedOrganization?: Organization;

  @Column({ name: 'dismissed_by_user_id', type: 'uuid', nullable: true })
  dismissedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'dismissed_by_user_id' })
  dismissedBy?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
