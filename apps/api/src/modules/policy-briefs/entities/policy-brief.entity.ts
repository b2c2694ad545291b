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
  POLICY_BRIEF_AUDIENCES,
  POLICY_BRIEF_STATUSES,
  POLICY_BRIEF_VERSION_STATUSES,
  type PolicyBriefAudience,
  type PolicyBriefStatus,
  type PolicyBriefVersionStatus,
  type PolicyTopic,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A host-country policy brief (the policy research platform). Its content lives in its versions;
 * the brief keeps a copy of the version readers see (the first version until it is published) for
 * lists, filters and search, so those read one row per brief.
 */
@Entity('policy_briefs')
@Index('IDX_policy_briefs_organization', ['organizationId', 'updatedAt'])
// The list's order over published briefs, and the search documents and trigram indexes, created by
// the migration with expressions TypeORM cannot express.
@Index('IDX_policy_briefs_published', { synchronize: false })
@Index('IDX_policy_briefs_readers', { synchronize: false })
@Index('IDX_policy_briefs_search_en', { synchronize: false })
@Index('IDX_policy_briefs_search_zh', { synchronize: false })
@Index('IDX_policy_briefs_countries', { synchronize: false })
@Index('IDX_policy_briefs_topics', { synchronize: false })
@Index('IDX_policy_briefs_title_en_trgm', { synchronize: false })
@Index('IDX_policy_briefs_title_zh_trgm', { synchronize: false })
@Index('IDX_policy_briefs_review', { synchronize: false })
export class PolicyBrief {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Who started it (each version names its own author). */
  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @Column({ type: 'enum', enum: POLICY_BRIEF_STATUSES, enumName: 'policy_brief_status', default: 'draft' })
  status: PolicyBriefStatus;

  /** The version readers see; null until the first publication. */
  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion: number | null;

  /** The version being written or reviewed; null when none is open. */
  @Column({ name: 'working_version', type: 'int', nullable: true })
  workingVersion: number | null;

  /** The working version's status (a copy, so the review queue reads briefs alone). */
  @Column({
    name: 'working_status',
    type: 'enum',
    enum: POLICY_BRIEF_VERSION_STATUSES,
    enumName: 'policy_brief_version_status',
    nullable: true,
  })
  workingStatus: PolicyBriefVersionStatus | null;

  // A copy of the shown version (published, or the first before publication).
  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'summary_en', type: 'varchar', length: 1000, nullable: true })
  summaryEn: string | null;

  @Column({ name: 'summary_zh', type: 'varchar', length: 1000, nullable: true })
  summaryZh: string | null;

  /** The bodies as written, for search (the same documents as posts'). */
  @Column({ name: 'body_en', type: 'text', nullable: true, select: false })
  bodyEn?: string | null;

  @Column({ name: 'body_zh', type: 'text', nullable: true, select: false })
  bodyZh?: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: PolicyTopic[];

  @Column({ type: 'enum', enum: POLICY_BRIEF_AUDIENCES, enumName: 'policy_brief_audience', default: 'public' })
  audience: PolicyBriefAudience;

  /** Characters and character pairs of the Chinese title, summary and body, for search (post-search.ts). */
  @Column({ name: 'zh_grams', type: 'text', nullable: true, select: false })
  zhGrams?: string | null;

  /** Kept by triggers (migration PolicyBriefs), as for posts. */
  @Column({ name: 'search_en', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchEn?: string | null;

  @Column({ name: 'search_zh', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchZh?: string | null;

  /** First publication. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'retracted_reason', type: 'text', nullable: true })
  retractedReason: string | null;

  @Column({ name: 'retracted_at', type: 'timestamptz', nullable: true })
  retractedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
