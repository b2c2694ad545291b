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
import { SERVICE_REQUEST_STATUSES, type ServiceRequestStatus } from '@alliance/contracts';
import { PartnerAgreement } from '../../agreements/entities/partner-agreement.entity';
import { Organization } from '../../organizations/entities/organization.entity';
import { Park } from '../../parks/entities/park.entity';
import { User } from '../../users/entities/user.entity';
import { AgreementService } from './agreement-service.entity';

/**
 * A member organization's request for a service, for one of its parks or for itself. Private to the
 * member and the provider (the secretariat reads its metadata for the uptake, never its thread).
 * The agreement and the provider are copied from the service when it is made, so that the lists and
 * the uptake read one table.
 */
@Entity('service_requests')
@Index('IDX_service_requests_organization', ['organizationId', 'createdAt'])
@Index('IDX_service_requests_provider', ['providerOrganizationId', 'createdAt'])
@Index('IDX_service_requests_service', ['serviceId', 'status'])
// The secretariat's list's order (descending) and the uptake's covering index, created by the migration.
@Index('IDX_service_requests_created', { synchronize: false })
@Index('IDX_service_requests_uptake', { synchronize: false })
// The alliance's results: requests made in a range, with what they count (migrations/*-ResultsSummaries.ts).
@Index('IDX_service_requests_results', { synchronize: false })
// Partial unique index on its creator and the key, where a key was sent, created by the migration.
@Index('UQ_service_requests_idempotency_key', { synchronize: false })
export class ServiceRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @ManyToOne(() => AgreementService, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: AgreementService;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => PartnerAgreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: PartnerAgreement;

  /** The member organization that asked. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'provider_organization_id', type: 'uuid' })
  providerOrganizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_organization_id' })
  provider?: Organization;

  /** One of the member's parks; null: for the organization itself. */
  @Column({ name: 'park_id', type: 'uuid', nullable: true })
  parkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'park_id' })
  park?: Park | null;

  @Column({ name: 'requested_by_user_id', type: 'uuid', nullable: true })
  requestedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_user_id' })
  requestedBy?: User | null;

  @Column({ type: 'enum', enum: SERVICE_REQUEST_STATUSES, enumName: 'service_request_status', default: 'requested' })
  status: ServiceRequestStatus;

  @Column({ name: 'need_en', type: 'text', nullable: true })
  needEn: string | null;

  @Column({ name: 'need_zh', type: 'text', nullable: true })
  needZh: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  /** The provider's user who took the last step. */
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'text', nullable: true })
  ratingComment: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true })
  ratedAt: Date | null;

  @Column({ name: 'rated_by_user_id', type: 'uuid', nullable: true })
  ratedByUserId: string | null;

  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** The client's Idempotency-Key of the request that created it: sent again, it answers with this record. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;
}
