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
import {
  LOCALES,
  NOTIFICATION_EMAIL_MODES,
  ORG_ROLES,
  USER_STATUSES,
  type Locale,
  type NotificationEmailMode,
  type OrgRole,
  type UserStatus,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';

@Entity('users')
@Index('IDX_users_organization', ['organizationId'])
@Index('IDX_users_display_name', ['displayName', 'id'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so the unique index makes e-mails unique case-insensitively. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'enum', enum: LOCALES, enumName: 'locale', default: 'en' })
  locale: Locale;

  /** How notifications reach this user by e-mail (they are always in the app). */
  @Column({
    name: 'notification_email_mode',
    type: 'enum',
    enum: NOTIFICATION_EMAIL_MODES,
    enumName: 'notification_email_mode',
    default: 'immediately',
  })
  notificationEmailMode: NotificationEmailMode;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'org_role', type: 'enum', enum: ORG_ROLES, enumName: 'org_role', default: 'member' })
  orgRole: OrgRole;

  @Column({ type: 'enum', enum: USER_STATUSES, enumName: 'user_status', default: 'invited' })
  status: UserStatus;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
