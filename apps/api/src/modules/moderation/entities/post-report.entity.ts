import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { REPORT_STATUSES, type ReportStatus } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { Post } from '../../posts/entities/post.entity';
import { User } from '../../users/entities/user.entity';

/** A signed-in user's report of a post to the secretariat, and what became of it. */
@Entity('post_reports')
@Index('IDX_post_reports_status_created', ['status', 'createdAt'])
@Index('IDX_post_reports_post', ['postId'])
// One open report per user and post, created by the migration (partial unique index).
@Index('UQ_post_reports_open', { synchronize: false })
export class PostReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => Post, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'post_id' })
  post?: Post;

  @Column({ name: 'reporter_user_id', type: 'uuid' })
  reporterUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_user_id' })
  reporter?: User;

  @Column({ name: 'reporter_organization_id', type: 'uuid' })
  reporterOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_organization_id' })
  reporterOrganization?: Organization;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'enum', enum: REPORT_STATUSES, enumName: 'report_status', default: 'open' })
  status: ReportStatus;

  @Column({ name: 'resolved_by_user_id', type: 'uuid', nullable: true })
  resolvedByUserId: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
