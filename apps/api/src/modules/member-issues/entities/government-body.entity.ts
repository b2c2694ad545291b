import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A government body the secretariat relays members' cases to (a list it maintains). */
@Entity('government_bodies')
@Index('IDX_government_bodies_active', ['active', 'nameEn'])
export class GovernmentBody {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true })
  nameZh: string | null;

  /** Inactive bodies stay on the cases relayed to them but take no new case. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
