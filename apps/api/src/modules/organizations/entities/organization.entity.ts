import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  type MembershipStatus,
  type OrganizationType,
} from '@alliance/contracts';

@Entity('organizations')
@Index('IDX_organizations_status_type', ['status', 'type'])
// Trigram indexes for name search and similarity, created by the migration (gin_trgm_ops).
@Index('IDX_organizations_name_en_trgm', { synchronize: false })
@Index('IDX_organizations_name_zh_trgm', { synchronize: false })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Column({ name: 'name_zh', type: 'varchar', length: 300, nullable: true })
  nameZh: string | null;

  @Column({ type: 'enum', enum: ORGANIZATION_TYPES, enumName: 'organization_type' })
  type: OrganizationType;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn: string | null;

  @Column({ name: 'description_zh', type: 'text', nullable: true })
  descriptionZh: string | null;

  @Column({ type: 'enum', enum: MEMBERSHIP_STATUSES, enumName: 'membership_status', default: 'applicant' })
  status: MembershipStatus;

  @Column({ name: 'member_since', type: 'date', nullable: true })
  memberSince: string | null;

  @Column({ name: 'founding_member', type: 'boolean', default: false })
  foundingMember: boolean;

  @Column({ name: 'rotating_chair', type: 'boolean', default: false })
  rotatingChair: boolean;

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
