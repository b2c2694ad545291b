import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ATTACHMENT_LIMITS } from '@alliance/contracts';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError, notFound, unprocessable } from '../../common/errors/app-error';
import { LOGGER } from '../../common/logging/logger';
import { JobRunner } from '../jobs/job-runner.service';
import { AttachmentResponse } from './dto/attachment.dto';
import { AttachmentsQueries } from './attachments.queries';
import { Attachment } from './entities/attachment.entity';
import { checkFile } from './file-checks';
import { FILE_STORAGE, type FileStorage } from './file-storage';

export const POST_RECORD = 'post';
export const ORPHANS_JOB = 'attachments.orphans';
/** An upload no record has taken by then is removed, with its stored file. */
export const ORPHAN_AFTER_HOURS = 24;
const ORPHAN_SWEEP_MS = 3600_000;
const ORPHAN_BATCH = 100;

/** Says whether a viewer may read the files of one record of a type another module owns. */
/** Whether a reader (null: a visitor) may see the record an attachment belongs to. */
export type RecordReader = (viewer: AuthenticatedUser | null, recordId: string) => Promise<boolean>;

@Injectable()
export class AttachmentsService implements OnModuleInit {
  private readonly readers = new Map<string, RecordReader>();
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AttachmentsQueries,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Hourly, with the other date-driven jobs (off when EXPIRY_POLL_MS is 0). */
  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: ORPHANS_JOB,
        schedule: { everyMs: ORPHAN_SWEEP_MS },
        run: (signal) => this.removeOrphans(signal),
      });
    }
  }

  /**
   * Removes the uploads never attached to a record within ORPHAN_AFTER_HOURS, by batches: the rows
   * first (so no download finds a row without its file), then each stored file no other row names
   * (copies of a brief's attachments share theirs). A file that cannot be deleted is logged and left.
   */
  async removeOrphans(signal?: AbortSignal): Promise<number> {
    let removed = 0;
    for (;;) {
      signal?.throwIfAborted();
      const gone = await this.queries.deleteOrphans(ORPHAN_AFTER_HOURS, ORPHAN_BATCH);
      for (const key of new Set(gone.filter((row) => !row.shared).map((row) => row.key))) {
        await this.storage
          .delete(key)
          .catch((err) => this.logger.warn({ err, key }, 'could not delete the file of an orphaned upload'));
      }
      removed += gone.length;
      if (gone.length < ORPHAN_BATCH) break;
    }
    if (removed > 0) this.logger.info({ removed }, 'removed uploads never attached to a record');
    return removed;
  }

  /** Stores an upload after checking its content is what its name says; unattached until a record takes it. */
  async upload(auth: AuthenticatedUser, originalName: string, content: Buffer): Promise<AttachmentResponse> {
    const accepted = await checkFile(originalName, content);
    if (!accepted) {
      throw new AppError(
        415,
        'UNSUPPORTED_FILE_TYPE',
        'Only PDF, images (PNG, JPEG, GIF, WebP) and Office documents are accepted, and the content must match the name',
        [
          {
            field: 'file',
            constraint: 'fileType',
            message: 'The content is not an accepted kind of file, or does not match its name',
          },
        ],
      );
    }
    const now = new Date();
    const key = `attachments/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    await this.storage.put(key, content, accepted.mimeType);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(Attachment, {
            organizationId: auth.organization.id,
            uploaderUserId: auth.user.id,
            fileName: accepted.fileName,
            mimeType: accepted.mimeType,
            sizeBytes: content.length,
            sha256: createHash('sha256').update(content).digest('hex'),
            storageKey: key,
          }),
        );
        await this.audit.record(manager, {
          action: 'attachment.upload',
          entityType: 'Attachment',
          entityId: saved.id,
          organizationId: saved.organizationId,
          after: {
            fileName: saved.fileName,
            mimeType: saved.mimeType,
            sizeBytes: saved.sizeBytes,
            sha256: saved.sha256,
          },
        });
        return AttachmentResponse.from(saved);
      });
    } catch (error) {
      // The row was not written: the stored content must not linger.
      await this.storage
        .delete(key)
        .catch((err) => this.logger.warn({ err, key }, 'could not delete an orphaned upload'));
      throw error;
    }
  }

  /** The file, for a reader who may see the record it is attached to (or, unattached, its uploader's organization). */
  async open(viewer: AuthenticatedUser | null, id: string): Promise<{ attachment: Attachment; stream: Readable }> {
    const attachment = await this.dataSource.getRepository(Attachment).findOneBy({ id });
    if (!attachment || !(await this.canRead(viewer, attachment))) throw notFound('Attachment');
    return { attachment, stream: await this.storage.get(attachment.storageKey) };
  }

  /**
   * Makes `ids` the attachments of a record, in that order, in the caller's transaction. Each
   * must be the caller's own upload or one of the record's organization, unattached or already
   * this record's; the ones left out are detached.
   */
  async attach(
    manager: EntityManager,
    auth: AuthenticatedUser,
    recordType: string,
    recordId: string,
    organizationId: string,
    ids: string[],
  ): Promise<void> {
    if (ids.length > ATTACHMENT_LIMITS.perRecord || new Set(ids).size !== ids.length) {
      throw unprocessable(
        'ATTACHMENTS_TOO_MANY',
        `At most ${ATTACHMENT_LIMITS.perRecord} different files per record`,
        'attachmentIds',
      );
    }
    // Locked in id order: two records claiming the same file queue up, and the second sees it taken.
    const found = ids.length
      ? await manager.find(Attachment, {
          where: { id: In(ids) },
          order: { id: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        })
      : [];
    const usable = found.filter(
      (a) =>
        (a.uploaderUserId === auth.user.id || a.organizationId === organizationId) &&
        (a.recordId === null || (a.recordType === recordType && a.recordId === recordId)),
    );
    if (usable.length !== ids.length)
      throw unprocessable(
        'ATTACHMENT_NOT_USABLE',
        'An attachment is not one of your uploads, or belongs to another record',
        'attachmentIds',
      );
    await manager.update(Attachment, { recordType, recordId }, { recordType: null, recordId: null, position: 0 });
    for (const [position, id] of ids.entries()) {
      await manager.update(
        Attachment,
        { id },
        { recordType, recordId, position, attachedAt: () => 'COALESCE("attached_at", now())' },
      );
    }
  }

  /**
   * Gives a record the attachments of another, as copies of their rows on the same stored files (a
   * new version of a brief starts with the files of the one before; stored files are never deleted).
   */
  async copy(
    manager: EntityManager,
    from: { recordType: string; recordId: string },
    to: { recordType: string; recordId: string },
  ): Promise<void> {
    const rows = await manager.find(Attachment, { where: from, order: { position: 'ASC' } });
    if (rows.length === 0) return;
    await manager.insert(
      Attachment,
      rows.map(({ id: _id, createdAt: _createdAt, ...row }) => ({ ...row, ...to })),
    );
  }

  /** The attachments of several records of one type at once, by record id, in display order. */
  async listForMany(
    manager: EntityManager,
    recordType: string,
    recordIds: string[],
  ): Promise<Map<string, AttachmentResponse[]>> {
    const rows = recordIds.length
      ? await manager.find(Attachment, { where: { recordType, recordId: In(recordIds) }, order: { position: 'ASC' } })
      : [];
    const byRecord = new Map<string, AttachmentResponse[]>(recordIds.map((id) => [id, []]));
    for (const row of rows) byRecord.get(row.recordId as string)?.push(AttachmentResponse.from(row));
    return byRecord;
  }

  async listFor(manager: EntityManager, recordType: string, recordId: string): Promise<AttachmentResponse[]> {
    const rows = await manager.find(Attachment, { where: { recordType, recordId }, order: { position: 'ASC' } });
    return rows.map(AttachmentResponse.from);
  }

  /** A module whose records carry attachments says who may read them (posts are known here). */
  registerReader(recordType: string, reader: RecordReader): void {
    this.readers.set(recordType, reader);
  }

  private async canRead(viewer: AuthenticatedUser | null, attachment: Attachment): Promise<boolean> {
    const reader = attachment.recordType ? this.readers.get(attachment.recordType) : undefined;
    if (reader && attachment.recordId) return reader(viewer, attachment.recordId);
    if (attachment.recordType === POST_RECORD && attachment.recordId) {
      return this.queries.postVisible(viewer, attachment.recordId);
    }
    // Unattached (not yet, or no longer): only the uploader's organization, whatever record it left.
    if (attachment.recordId === null && viewer) return attachment.organizationId === viewer.organization.id;
    return false;
  }
}
