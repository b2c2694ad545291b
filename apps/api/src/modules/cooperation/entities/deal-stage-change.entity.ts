import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DEAL_STAGES, type DealStage } from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';
import { Deal } from './deal.entity';

/** Each stage a deal reached, with who moved it and when (its history on the deal page). */
@Entity('deal_stage_changes')
@Index('IDX_deal_stage_changes_deal', ['dealId', 'at'])
export class DealStageChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: Deal;

  @Column({ type: 'enum', enum: DEAL_STAGES, enumName: 'deal_stage' })
  stage: DealStage;

  @Column({ name: 'by_user_id', type: 'uuid', nullable: true })
  byUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_user_id' })
  by?: User | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;
}
