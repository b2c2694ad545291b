import { Injectable } from '@nestjs/common';
import { AGREEMENT_LIMITS } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { notFound, unprocessable } from '../../common/errors/app-error';
import { AttachmentsService } from '../attachments/attachments.service';
import { AgreementReadsService } from './agreement-reads.service';
import { assertLive, DOCUMENT_RECORD } from './agreement-records';
import { AgreementsQueries } from './agreements.queries';
import type { AgreementDocumentResponse } from './dto/agreement-response.dto';
import type { AddDocumentVersionDto, CreateAgreementDocumentDto } from './dto/agreement.dto';
import { AgreementDocument } from './entities/agreement-document.entity';

const PDF = 'application/pdf';

/**
 * The documents of an agreement (the signed text, annexes): each is a PDF, and each new upload is its
 * next version, the earlier ones kept. The secretariat files them; the parties read them.
 */
@Injectable()
export class AgreementDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly queries: AgreementsQueries,
    private readonly reads: AgreementReadsService,
  ) {}

  create(
    auth: AuthenticatedUser,
    agreementId: string,
    dto: CreateAgreementDocumentDto,
  ): Promise<AgreementDocumentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.queries.locked(manager, auth, agreementId);
      if (!agreement) throw notFound('Agreement');
      assertLive(agreement);
      if (!dto.titleEn && !dto.titleZh)
        throw unprocessable(
          'AGREEMENT_DOCUMENT_TITLE_REQUIRED',
          'A document needs a title in English or Chinese',
          'titleEn',
        );
      await this.checkPdf(manager, dto.attachmentId);
      const document = await manager.save(
        manager.create(AgreementDocument, { agreementId, titleEn: dto.titleEn ?? null, titleZh: dto.titleZh ?? null }),
      );
      await this.attachments.attach(manager, auth, DOCUMENT_RECORD, document.id, auth.organization.id, [
        dto.attachmentId,
      ]);
      await this.audit.record(manager, {
        action: 'agreement_document.create',
        entityType: 'AgreementDocument',
        entityId: document.id,
        organizationId: null,
        after: { agreementId, titleEn: document.titleEn, titleZh: document.titleZh, attachmentId: dto.attachmentId },
      });
      const [view] = await this.reads.documentViews(manager, document.agreementId, document.id);
      return view;
    });
  }

  /** A new version of a document: the upload joins its versions, none replaced. */
  addVersion(
    auth: AuthenticatedUser,
    documentId: string,
    dto: AddDocumentVersionDto,
  ): Promise<AgreementDocumentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const document = await this.queries.lockedDocument(manager, documentId);
      const agreement = document ? await this.queries.locked(manager, auth, document.agreementId) : null;
      if (!document || !agreement) throw notFound('Document');
      assertLive(agreement);
      await this.checkPdf(manager, dto.attachmentId);
      const versions = await this.queries.versionIds(manager, document.id, DOCUMENT_RECORD);
      if (versions.length >= AGREEMENT_LIMITS.documentVersions)
        throw unprocessable(
          'AGREEMENT_DOCUMENT_TOO_MANY_VERSIONS',
          `A document keeps at most ${AGREEMENT_LIMITS.documentVersions} versions: file a new document`,
          'attachmentId',
        );
      await this.attachments.attach(manager, auth, DOCUMENT_RECORD, document.id, auth.organization.id, [
        ...versions,
        dto.attachmentId,
      ]);
      await this.audit.record(manager, {
        action: 'agreement_document.add_version',
        entityType: 'AgreementDocument',
        entityId: document.id,
        organizationId: null,
        after: { version: versions.length + 1, attachmentId: dto.attachmentId },
      });
      const [view] = await this.reads.documentViews(manager, document.agreementId, document.id);
      return view;
    });
  }

  /** A document is a PDF (the type sniffed from its content on upload). */
  private async checkPdf(manager: EntityManager, attachmentId: string): Promise<void> {
    const type = await this.queries.attachmentType(manager, attachmentId);
    if (type !== null && type !== PDF)
      throw unprocessable('AGREEMENT_DOCUMENT_NOT_PDF', 'An agreement’s documents are PDF files', 'attachmentId');
  }
}
