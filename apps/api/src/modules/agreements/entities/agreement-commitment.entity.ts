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
  COMMITMENT_OWNERS,
  COMMITMENT_STATUSES,
  type CommitmentOwner,
  type CommitmentStatus,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { PartnerAgreement } from './partner-agreement.entity';

/** What one side of an agreement promised to do by a date. */
@Entity('agreement_commitments')
@Index('IDX_agreement_commitments_agreement', ['agreementId', 'dueOn'])
// The reminder job's scan of open commitments by due date.
@Index('IDX_agreement_commitments_due', ['dueOn'], { where: `"status" = 'open'` })
export class AgreementCommitment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => PartnerAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: PartnerAgreement;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ type: 'enum', enum: COMMITMENT_OWNERS, enumName: 'commitment_owner' })
  owner: CommitmentOwner;

  /** The counterparty that owns it (owner `counterparty`); null for the alliance's own. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'enum', enum: COMMITMENT_STATUSES, enumName: 'commitment_status', default: 'open' })
  status: CommitmentStatus;

  /** What the owner said when it moved the commitment last. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by_user_id', type: 'uuid', nullable: true })
  completedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'completed_by_user_id' })
  completedBy?: User | null;

  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
