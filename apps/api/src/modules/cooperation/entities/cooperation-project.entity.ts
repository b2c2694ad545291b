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
import {
  COOPERATION_AUDIENCES,
  COOPERATION_CLOSE_OUTCOMES,
  COOPERATION_PROJECT_KINDS,
  COOPERATION_PROJECT_STATUSES,
  type CooperationAudience,
  type CooperationCloseOutcome,
  type CooperationProjectKind,
  type CooperationProjectStatus,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { Park } from '../../parks/entities/park.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A cooperation project (the investment cooperation platform): a member looks for investors,
 * partners, capacity or suppliers. Reviewed by the secretariat before publication; open projects
 * take expressions of interest, count as exposure for risk alerts and expire by the job runner.
 */
@Entity('cooperation_projects')
// The lists' order (newest published first, among the open ones), a country's and a sector's
// projects (GIN over `sectors`), the expiry job's scan and the text search, created by the
// migration with expressions TypeORM cannot express.
@Index('IDX_cooperation_projects_list', { synchronize: false })
@Index('IDX_cooperation_projects_sectors', { synchronize: false })
@Index('IDX_cooperation_projects_expiry', { synchronize: false })
@Index('IDX_cooperation_projects_title_en_trgm', { synchronize: false })
@Index('IDX_cooperation_projects_title_zh_trgm', { synchronize: false })
@Index('IDX_cooperation_projects_country', ['country', 'status'])
@Index('IDX_cooperation_projects_organization', ['organizationId', 'updatedAt'])
export class CooperationProject {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The owner. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** One of the owner's parks, if the project is a park's. */
  @Column({ name: 'park_id', type: 'uuid', nullable: true })
  parkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'park_id' })
  park?: Park | null;

  @Column({ type: 'enum', enum: COOPERATION_PROJECT_KINDS, enumName: 'cooperation_project_kind' })
  kind: CooperationProjectKind;

  @Column({
    type: 'enum',
    enum: COOPERATION_PROJECT_STATUSES,
    enumName: 'cooperation_project_status',
    default: 'draft',
  })
  status: CooperationProjectStatus;

  @Column({ type: 'enum', enum: COOPERATION_AUDIENCES, enumName: 'cooperation_audience', default: 'members' })
  audience: CooperationAudience;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn: string | null;

  @Column({ name: 'summary_zh', type: 'text', nullable: true })
  summaryZh: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'char', length: 2 })
  country: string;

  /** USD, exact (numeric, read as a string). */
  @Column({ name: 'size_usd', type: 'numeric', precision: 14, scale: 2, nullable: true })
  sizeUsd: string | null;

  /** The date the owner wants answers by (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** The secretariat's reason the last time it sent the project back. */
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Column({
    name: 'close_outcome',
    type: 'enum',
    enum: COOPERATION_CLOSE_OUTCOMES,
    enumName: 'cooperation_close_outcome',
    nullable: true,
  })
  closeOutcome: CooperationCloseOutcome | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When the job runner closes it if nothing is done: the deadline, or twelve months after publication (or the last renewal). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The `expiresAt` the owner was last reminded of (a renewal moves `expiresAt`, so a new reminder is due). */
  @Column({ name: 'reminded_for', type: 'timestamptz', nullable: true })
  remindedFor: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Demo data, marked as such on every page. */
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
