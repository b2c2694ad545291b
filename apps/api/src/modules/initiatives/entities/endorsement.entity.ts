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
import { ENDORSEMENT_STATUSES, type EndorsementStatus } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';
import { Initiative } from './initiative.entity';

/**
 * An organization's endorsement of an initiative: one row per organization and initiative (the
 * unique index decides between two admins signing at once), signed by one of its admins; withdrawn
 * and endorsed again in place, so it always shows the latest endorsement.
 */
@Entity('endorsements')
@Index('UQ_endorsements_initiative_organization', ['initiativeId', 'organizationId'], { unique: true })
@Index('IDX_endorsements_initiative_status', ['initiativeId', 'status', 'endorsedAt'])
@Index('IDX_endorsements_organization', ['organizationId'])
export class Endorsement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId: string;

  @ManyToOne(() => Initiative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: Initiative;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'enum', enum: ENDORSEMENT_STATUSES, enumName: 'endorsement_status', default: 'endorsed' })
  status: EndorsementStatus;

  @Column({ name: 'statement_en', type: 'text', nullable: true })
  statementEn: string | null;

  @Column({ name: 'statement_zh', type: 'text', nullable: true })
  statementZh: string | null;

  /** The admin who signed the latest endorsement: the organization's authorised representative. */
  @Column({ name: 'signed_by_user_id', type: 'uuid', nullable: true })
  signedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'signed_by_user_id' })
  signedBy?: User | null;

  @Column({ name: 'endorsed_at', type: 'timestamptz' })
  endorsedAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
