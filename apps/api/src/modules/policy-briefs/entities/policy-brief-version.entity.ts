import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  POLICY_BRIEF_AUDIENCES,
  POLICY_BRIEF_VERSION_STATUSES,
  type PolicyBriefAudience,
  type PolicyBriefVersionStatus,
  type PolicyTopic,
} from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';
import { PolicyBrief } from './policy-brief.entity';

/** One version of a brief: what was written, reviewed and (once published) kept as it was. */
@Entity('policy_brief_versions')
@Index('UQ_policy_brief_versions_number', ['briefId', 'number'], { unique: true })
export class PolicyBriefVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brief_id', type: 'uuid' })
  briefId: string;

  @ManyToOne(() => PolicyBrief, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brief_id' })
  brief?: PolicyBrief;

  @Column({ type: 'int' })
  number: number;

  @Column({
    type: 'enum',
    enum: POLICY_BRIEF_VERSION_STATUSES,
    enumName: 'policy_brief_version_status',
    default: 'draft',
  })
  status: PolicyBriefVersionStatus;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'summary_en', type: 'varchar', length: 1000, nullable: true })
  summaryEn: string | null;

  @Column({ name: 'summary_zh', type: 'varchar', length: 1000, nullable: true })
  summaryZh: string | null;

  /** Markdown as written. */
  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ name: 'body_zh', type: 'text', nullable: true })
  bodyZh: string | null;

  /** The Markdown rendered and sanitized when saved (as posts are). */
  @Column({ name: 'body_html_en', type: 'text', nullable: true })
  bodyHtmlEn: string | null;

  @Column({ name: 'body_html_zh', type: 'text', nullable: true })
  bodyHtmlZh: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: PolicyTopic[];

  @Column({ type: 'enum', enum: POLICY_BRIEF_AUDIENCES, enumName: 'policy_brief_audience', default: 'public' })
  audience: PolicyBriefAudience;

  /** Who wrote this version: the secretariat never reviews its own writing. */
  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  /** The secretariat user who published it or sent it back last. */
  @Column({ name: 'reviewer_user_id', type: 'uuid', nullable: true })
  reviewerUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_user_id' })
  reviewer?: User | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
