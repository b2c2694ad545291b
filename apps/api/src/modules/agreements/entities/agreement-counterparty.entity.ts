import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';
import { PartnerAgreement } from './partner-agreement.entity';

/** An organization the alliance signed an agreement with (one agreement may have several). */
@Entity('partner_agreement_counterparties')
// An organization's agreements (the counterparty's reads and its admins' reminders).
@Index('IDX_partner_agreement_counterparties_organization', ['organizationId', 'agreementId'])
export class AgreementCounterparty {
  @PrimaryColumn({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => PartnerAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: PartnerAgreement;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** The order the parties are named in. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
