import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../../organizations/entities/organization.entity';
import { User } from '../../users/entities/user.entity';

/**
 * An uploaded file. Uploaded first (unattached, visible to the uploader's organization only),
 * then attached to a record whose visibility it takes on.
 */
@Entity('attachments')
@Index('IDX_attachments_record', ['recordType', 'recordId', 'position'])
@Index('IDX_attachments_organization', ['organizationId'])
@Index('IDX_attachments_never_attached', ['createdAt'], { where: '"record_id" IS NULL AND "attached_at" IS NULL' })
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'uploader_user_id', type: 'uuid' })
  uploaderUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploader_user_id' })
  uploader?: User;

  /** The kind of record it is attached to (`post`), null while unattached. */
  @Column({ name: 'record_type', type: 'varchar', length: 32, nullable: true })
  recordType: string | null;

  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;

  /** When it was first attached to a record; an upload still without one after 24 hours is removed. */
  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt: Date | null;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  /** Sniffed from the content, never taken from the client. */
  @Column({ name: 'mime_type', type: 'varchar', length: 200 })
  mimeType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 300 })
  storageKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
