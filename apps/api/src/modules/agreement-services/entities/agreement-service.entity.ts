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
import { PartnerAgreement } from '../../agreements/entities/partner-agreement.entity';
import { Organization } from '../../organizations/entities/organization.entity';

/**
 * A service a partner agreement offers members (a legal consultation, a training course…), delivered
 * by its provider organization (usually the agreement's counterparty). The secretariat keeps it.
 */
@Entity('agreement_services')
@Index('IDX_agreement_services_agreement', ['agreementId', 'createdAt'])
@Index('IDX_agreement_services_provider', ['providerOrganizationId'])
export class AgreementService {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => PartnerAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: PartnerAgreement;

  @Column({ name: 'provider_organization_id', type: 'uuid' })
  providerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_organization_id' })
  provider?: Organization;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true })
  nameZh: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  /** Who may ask for it (members with a park in a country, founding members…). */
  @Column({ name: 'eligibility_en', type: 'text', nullable: true })
  eligibilityEn: string | null;

  @Column({ name: 'eligibility_zh', type: 'text', nullable: true })
  eligibilityZh: string | null;

  /** Offered now; a withdrawn service keeps its requests but takes no new one. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
