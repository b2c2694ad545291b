import {
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
import { EXPRESSION_STATUSES, type ExpressionStatus } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { CooperationProject } from './cooperation-project.entity';

/**
 * An organization's interest in another's cooperation project. Private to the two organizations:
 * accepting it opens their thread, reveals their contacts and starts a deal.
 */
@Entity('expressions_of_interest')
// One open expression per organization and project (the second of two at once is a conflict).
@Index('UQ_expressions_of_interest_open', ['projectId', 'organizationId'], { unique: true, where: `"status" = 'open'` })
@Index('IDX_expressions_of_interest_project', ['projectId', 'createdAt'])
@Index('IDX_expressions_of_interest_organization', ['organizationId', 'createdAt'])
// Partial unique index on its creator and the key, where a key was sent, created by the migration.
@Index('UQ_expressions_of_interest_idempotency_key', { synchronize: false })
export class ExpressionOfInterest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => CooperationProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: CooperationProject;

  /** The interested organization. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User | null;

  @Column({ type: 'enum', enum: EXPRESSION_STATUSES, enumName: 'expression_status', default: 'open' })
  status: ExpressionStatus;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The owner's user who accepted or declined it. */
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_user_id' })
  decidedBy?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** The client's Idempotency-Key of the request that created it: sent again, it answers with this record. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;
}
