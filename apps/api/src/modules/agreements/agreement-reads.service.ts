import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  agreementActions,
  commitmentActions,
  commitmentOverdue,
  type AgreementReader,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { notFound } from '../../common/errors/app-error';
import { AttachmentsService } from '../attachments/attachments.service';
import { DOCUMENT_RECORD, readerOf, todayIn } from './agreement-records';
import { AgreementsQueries } from './agreements.queries';
import {
  type AgreementCommitmentList,
  AgreementCommitmentResponse,
  type AgreementDocumentList,
  type AgreementDocumentResponse,
  type AgreementResponse,
  AgreementSummaryResponse,
} from './dto/agreement-response.dto';
import type { ListAgreementsQueryDto } from './dto/agreement.dto';
import type { AgreementCommitment } from './entities/agreement-commitment.entity';

/**
 * What readers see of partner agreements: the list (visitors the active ones, members the signed ones,
 * the secretariat all), an agreement as its reader may open it (visitors its summary; members also its
 * scope), and, for its parties only (the secretariat and its counterparties), its commitments and
 * documents: anyone else gets 404, files included.
 */
@Injectable()
export class AgreementReadsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentsService,
    private readonly queries: AgreementsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.attachments.registerReader(DOCUMENT_RECORD, (viewer, id) => this.queries.documentReadable(viewer, id));
  }

  async list(
    viewer: AuthenticatedUser | null,
    query: ListAgreementsQueryDto,
  ): Promise<Paginated<AgreementSummaryResponse>> {
    const page = await this.queries.list(viewer, query, todayIn(this.config.timeZone));
    return {
      ...page,
      items: page.items.map(({ agreement, counterparties }) =>
        AgreementSummaryResponse.from(agreement, counterparties),
      ),
    };
  }

  get(viewer: AuthenticatedUser | null, id: string): Promise<AgreementResponse> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /** The agreement as `viewer` may open it (404 otherwise), in `manager`'s transaction when a change answers with it. */
  async view(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<AgreementResponse> {
    const agreement = await this.queries.openable(manager, viewer, id);
    if (!agreement) throw notFound('Agreement');
    const parties = await this.queries.counterpartiesOf(manager, [id]);
    const party = viewer ? await this.queries.isParty(manager, viewer, id) : false;
    return {
      ...AgreementSummaryResponse.from(agreement, parties.get(id) ?? []),
      scopeEn: viewer ? agreement.scopeEn : null,
      scopeZh: viewer ? agreement.scopeZh : null,
      renewalTermsEn: viewer ? agreement.renewalTermsEn : null,
      renewalTermsZh: viewer ? agreement.renewalTermsZh : null,
      terminationReason: viewer ? agreement.terminationReason : null,
      terminatedAt: agreement.terminatedAt?.toISOString() ?? null,
      activatedAt: agreement.activatedAt?.toISOString() ?? null,
      expiredAt: agreement.expiredAt?.toISOString() ?? null,
      party,
      actions: viewer ? agreementActions(agreement, readerOf(viewer)) : [],
      createdAt: agreement.createdAt.toISOString(),
      updatedAt: agreement.updatedAt.toISOString(),
      version: agreement.version,
    };
  }

  /** An agreement's commitments, for its parties only (404 for anyone else). */
  async commitments(viewer: AuthenticatedUser, agreementId: string): Promise<AgreementCommitmentList> {
    const manager = this.dataSource.manager;
    if (!(await this.queries.isParty(manager, viewer, agreementId))) throw notFound('Agreement');
    const rows = await this.queries.commitments(manager, agreementId);
    const reader = readerOf(viewer);
    const today = todayIn(this.config.timeZone);
    return { items: rows.map((c) => this.commitmentView(c, reader, today)) };
  }

  /** One commitment as its party sees it (after a change). */
  async commitment(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    id: string,
  ): Promise<AgreementCommitmentResponse> {
    const row = await this.queries.commitment(manager, id);
    if (!row) throw notFound('Commitment');
    return this.commitmentView(row, readerOf(viewer), todayIn(this.config.timeZone));
  }

  /** An agreement's documents with their versions, newest first, for its parties only. */
  async documents(viewer: AuthenticatedUser, agreementId: string): Promise<AgreementDocumentList> {
    const manager = this.dataSource.manager;
    if (!(await this.queries.isParty(manager, viewer, agreementId))) throw notFound('Agreement');
    return { items: await this.documentViews(manager, agreementId) };
  }

  /** The documents of an agreement as their parties see them (`only`: just that one). */
  async documentViews(
    manager: EntityManager,
    agreementId: string,
    only?: string,
  ): Promise<AgreementDocumentResponse[]> {
    const rows = await this.queries.documents(manager, agreementId);
    return rows
      .filter((row) => only === undefined || row.id === only)
      .map((row) => ({
        id: row.id,
        agreementId: row.agreement_id,
        titleEn: row.title_en,
        titleZh: row.title_zh,
        versions: row.files
          .map((file, i) => ({
            ...file,
            url: `/api/attachments/${file.id}`,
            createdAt: new Date(file.createdAt).toISOString(),
            version: i + 1,
          }))
          .reverse(),
        createdAt: new Date(row.created_at).toISOString(),
      }));
  }

  private commitmentView(c: AgreementCommitment, reader: AgreementReader, today: string): AgreementCommitmentResponse {
    return {
      id: c.id,
      agreementId: c.agreementId,
      titleEn: c.titleEn,
      titleZh: c.titleZh,
      owner: c.owner,
      organization: c.organization
        ? {
            id: c.organization.id,
            nameEn: c.organization.nameEn,
            nameZh: c.organization.nameZh,
            type: c.organization.type,
          }
        : null,
      dueOn: c.dueOn,
      status: c.status,
      overdue: commitmentOverdue(c, today),
      note: c.note,
      completedAt: c.completedAt?.toISOString() ?? null,
      sample: c.sample,
      actions: commitmentActions(c, reader),
    };
  }
}
