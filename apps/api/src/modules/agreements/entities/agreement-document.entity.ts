import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnerAgreement } from './partner-agreement.entity';

/**
 * A document of an agreement (the signed text, an annex): its versions are PDF attachments of the
 * record type `agreement_document`, one more for each upload, none ever replaced.
 */
@Entity('agreement_documents')
@Index('IDX_agreement_documents_agreement', ['agreementId', 'createdAt'])
export class AgreementDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => PartnerAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: PartnerAgreement;

  @Column({ name: 'title_en', type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 200, nullable: true })
  titleZh: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
