import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NOTIFICATION_TYPES, type NotificationRecordType, type NotificationType } from '@alliance/contracts';
import { User } from '../../users/entities/user.entity';

/** Something a user should know about a record: shown in the app, e-mailed at once, in a digest, or not. */
@Entity('notifications')
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
@Index('IDX_notifications_digest', ['emailedAt', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: NOTIFICATION_TYPES, enumName: 'notification_type' })
  type: NotificationType;

  @Column({ name: 'record_type', type: 'varchar', length: 32 })
  recordType: NotificationRecordType;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  /** The organization whose step this was (an institution's offer), when the reader should know it. */
  @Column({ name: 'from_en', type: 'varchar', length: 300, nullable: true })
  fromEn: string | null;

  @Column({ name: 'from_zh', type: 'varchar', length: 300, nullable: true })
  fromZh: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out by e-mail (at once or in a digest); null while waiting or when e-mail is off. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
