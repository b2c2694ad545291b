import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FinancingRevisedField } from '@alliance/contracts';
import { FinancingRequest } from './financing-request.entity';

/** A submitted request as it stood at one revision, and which fields changed from the one before. */
@Entity('financing_revisions')
@Unique('UQ_financing_revisions_request_number', ['requestId', 'number'])
export class FinancingRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FinancingRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FinancingRequest;

  @Column({ type: 'int' })
  number: number;

  @Column({ name: 'changed_fields', type: 'text', array: true, default: () => "'{}'" })
  changedFields: FinancingRevisedField[];

  /** The request's fields at this revision. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
