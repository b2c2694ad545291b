import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '@alliance/contracts';

/** One principle of an initiative, in both languages (kept in order in a JSON array). */
export interface InitiativePrinciple {
  en: string | null;
  zh: string | null;
}

/**
 * A public declaration of the alliance that member organizations endorse: bilingual title, preamble
 * and ordered principles, opening and closing dates and a target number of organizations.
 */
@Entity('initiatives')
@Index('IDX_initiatives_status', ['status', 'opensOn'])
export class Initiative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  @Column({ name: 'preamble_en', type: 'text', nullable: true })
  preambleEn: string | null;

  @Column({ name: 'preamble_zh', type: 'text', nullable: true })
  preambleZh: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  principles: InitiativePrinciple[];

  @Column({ type: 'enum', enum: INITIATIVE_STATUSES, enumName: 'initiative_status', default: 'draft' })
  status: InitiativeStatus;

  /** The first day it is open for endorsement (in the alliance's time zone). */
  @Column({ name: 'opens_on', type: 'date', nullable: true })
  opensOn: string | null;

  /** The last day it is open for endorsement; it closes by itself the day after. */
  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn: string | null;

  /** Published while its opening date is still to come: the job runner opens it on that day. */
  @Column({ type: 'boolean', default: false })
  scheduled: boolean;

  @Column({ name: 'target_organizations', type: 'int', nullable: true })
  targetOrganizations: number | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
