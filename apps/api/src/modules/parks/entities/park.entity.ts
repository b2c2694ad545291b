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
import { PARK_STATUSES, type ParkStatus } from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';

@Entity('parks')
@Index('IDX_parks_organization', ['organizationId'])
@Index('IDX_parks_country', ['country'])
@Index('IDX_parks_status', ['status'])
// Created by the migration with types TypeORM cannot express (gin, gin_trgm_ops); declared so it leaves them alone.
@Index('IDX_parks_sectors', { synchronize: false })
@Index('IDX_parks_name_en_trgm', { synchronize: false })
@Index('IDX_parks_name_zh_trgm', { synchronize: false })
export class Park {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true })
  nameZh: string | null;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  city: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  latitude: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  longitude: string | null;

  @Column({ name: 'established_year', type: 'int', nullable: true })
  establishedYear: number | null;

  @Column({ name: 'area_km2', type: 'numeric', precision: 12, scale: 2, nullable: true })
  areaKm2: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'enum', enum: PARK_STATUSES, enumName: 'park_status', default: 'operating' })
  status: ParkStatus;

  @Column({ name: 'enterprise_count', type: 'int', nullable: true })
  enterpriseCount: number | null;

  @Column({ name: 'investment_usd', type: 'numeric', precision: 20, scale: 2, nullable: true })
  investmentUsd: string | null;

  @Column({ name: 'local_jobs', type: 'int', nullable: true })
  localJobs: number | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 320, nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
