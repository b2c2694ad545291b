import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** What the alliance writes about a host country's business climate (the policy research platform). */
@Entity('country_profiles')
export class CountryProfile {
  /** ISO 3166-1 alpha-2. */
  @PrimaryColumn({ type: 'char', length: 2 })
  country: string;

  /** Markdown as written. */
  @Column({ name: 'notes_en', type: 'text', nullable: true })
  notesEn: string | null;

  @Column({ name: 'notes_zh', type: 'text', nullable: true })
  notesZh: string | null;

  /** Rendered and sanitized when saved. */
  @Column({ name: 'notes_html_en', type: 'text', nullable: true })
  notesHtmlEn: string | null;

  @Column({ name: 'notes_html_zh', type: 'text', nullable: true })
  notesHtmlZh: string | null;

  @Column({ name: 'updated_by_user_id', type: 'uuid', nullable: true })
  updatedByUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_user_id' })
  updatedBy?: User | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
