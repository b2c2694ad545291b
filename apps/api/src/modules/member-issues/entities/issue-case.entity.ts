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
  ISSUE_CASE_STATUSES,
  MEMBER_ISSUE_CATEGORIES,
  type IssueCaseStatus,
  type MemberIssueCategory,
} from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';
import { GovernmentBody } from './government-body.entity';

/**
 * A case: members' issues that are the same problem, grouped by the secretariat and taken to a
 * government body. How many organizations raised it and whether any of its issues may be shown to
 * other members are kept on the case (set as issues are filed), so lists read cases alone.
 */
@Entity('issue_cases')
@Index('IDX_issue_cases_status', ['status', 'openedAt', 'id'])
@Index('IDX_issue_cases_country', ['country', 'category', 'openedAt'])
// The open cases oldest first (the secretariat's view), partial: created by the migration.
@Index('IDX_issue_cases_open', { synchronize: false })
export class IssueCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. IC-2026-00003 */
  @Index('UQ_issue_cases_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ type: 'enum', enum: MEMBER_ISSUE_CATEGORIES, enumName: 'member_issue_category' })
  category: MemberIssueCategory;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'summary_en', type: 'text', nullable: true })
  summaryEn: string | null;

  @Column({ name: 'summary_zh', type: 'text', nullable: true })
  summaryZh: string | null;

  @Column({ type: 'enum', enum: ISSUE_CASE_STATUSES, enumName: 'issue_case_status', default: 'open' })
  status: IssueCaseStatus;

  /** Distinct organizations whose issues are in the case, confidential ones included. */
  @Column({ name: 'raised_by', type: 'int', default: 0 })
  raisedBy: number;

  /** Whether the case holds an issue that is not confidential (then every member may see the case). */
  @Column({ name: 'has_public_issue', type: 'boolean', default: false })
  hasPublicIssue: boolean;

  /** The oldest issue's date: how long the problem has waited. */
  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'government_body_id', type: 'uuid', nullable: true })
  governmentBodyId: string | null;

  @ManyToOne(() => GovernmentBody, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'government_body_id' })
  governmentBody?: GovernmentBody | null;

  @Column({ name: 'relayed_text', type: 'text', nullable: true })
  relayedText: string | null;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ name: 'answer_en', type: 'text', nullable: true })
  answerEn: string | null;

  @Column({ name: 'answer_zh', type: 'text', nullable: true })
  answerZh: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
