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
  MEMBER_ISSUE_CATEGORIES,
  MEMBER_ISSUE_STATUSES,
  type MemberIssueCategory,
  type MemberIssueStatus,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { Park } from '../../parks/entities/park.entity';
import { User } from '../../users/entities/user.entity';
import { IssueCase } from './issue-case.entity';

/** A problem a member organization met abroad, raised to the secretariat (its organization's and the secretariat's only). */
@Entity('member_issues')
@Index('IDX_member_issues_organization', ['organizationId', 'createdAt', 'id'])
@Index('IDX_member_issues_created', ['createdAt', 'id'])
@Index('IDX_member_issues_status', ['status', 'createdAt'])
@Index('IDX_member_issues_case', ['caseId', 'organizationId'])
// The secretariat's inbox (submitted, not yet filed), oldest first, partial: created by the migration.
@Index('IDX_member_issues_unfiled', { synchronize: false })
export class MemberIssue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. MI-2026-00012 */
  @Index('UQ_member_issues_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'raised_by_user_id', type: 'uuid' })
  raisedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_user_id' })
  raisedBy?: User;

  @Column({ type: 'enum', enum: MEMBER_ISSUE_CATEGORIES, enumName: 'member_issue_category' })
  category: MemberIssueCategory;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'park_id', type: 'uuid', nullable: true })
  parkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'park_id' })
  park?: Park | null;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  /** Seen by its organization and the secretariat only; counted, never named, in its case. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ type: 'enum', enum: MEMBER_ISSUE_STATUSES, enumName: 'member_issue_status', default: 'submitted' })
  status: MemberIssueStatus;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => IssueCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: IssueCase | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
