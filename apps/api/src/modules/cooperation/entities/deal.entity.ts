import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DEAL_STAGES, type DealStage } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { CooperationProject } from './cooperation-project.entity';
import { ExpressionOfInterest } from './expression-of-interest.entity';

/** What an accepted expression of interest becomes: moved by the project's owner from contact to the investment made. */
@Entity('deals')
@Index('IDX_deals_stage', ['stage', 'stageChangedAt'])
@Index('IDX_deals_owner', ['ownerOrganizationId', 'updatedAt'])
@Index('IDX_deals_partner', ['partnerOrganizationId', 'updatedAt'])
@Index('IDX_deals_project', ['projectId'])
export class Deal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => CooperationProject, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: CooperationProject;

  @Column({ name: 'expression_id', type: 'uuid', unique: true })
  expressionId: string;

  @OneToOne(() => ExpressionOfInterest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expression_id' })
  expression?: ExpressionOfInterest;

  /** The project's owner, who moves the deal. */
  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  ownerOrganization?: Organization;

  /** The organization whose interest was accepted. */
  @Column({ name: 'partner_organization_id', type: 'uuid' })
  partnerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organization_id' })
  partnerOrganization?: Organization;

  @Column({ type: 'enum', enum: DEAL_STAGES, enumName: 'deal_stage', default: 'contact' })
  stage: DealStage;

  /** USD, exact, set at `investment_made`. */
  @Column({ name: 'invested_usd', type: 'numeric', precision: 14, scale: 2, nullable: true })
  investedUsd: string | null;

  @Column({ name: 'invested_on', type: 'date', nullable: true })
  investedOn: string | null;

  @Column({ name: 'lost_reason', type: 'text', nullable: true })
  lostReason: string | null;

  @Column({ name: 'stage_changed_at', type: 'timestamptz', default: () => 'now()' })
  stageChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
