import { Injectable } from '@nestjs/common';
import {
  csvLabel,
  MEMBERSHIP_STATUS_LABELS,
  SIGNATORY_CSV_COLUMNS,
  type InitiativeDto,
  type InitiativeSummaryDto,
  type Locale,
  type Paginated,
  type SignatoryDto,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { csvText } from '../../common/csv/csv';
import { notFound } from '../../common/errors/app-error';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import type { ListInitiativesQueryDto } from './dto/initiative.dto';
import { Initiative } from './entities/initiative.entity';
import { detailOf, initiativeReader, signatoryOf, summaryOf, takesPart } from './initiative-records';
import { ENDORSEMENT_CSV_STATUS, SIGNATORY_CSV_HEADERS } from './initiatives.csv';
import { InitiativesQueries } from './initiatives.queries';
import { signatoriesPdf } from './signatories-pdf';

const YES_NO = { yes: { en: 'yes', zh: '是' }, no: { en: 'no', zh: '否' } } as const;

/**
 * Reads of initiatives: the public list and page (visitors too; drafts for the secretariat only, 404
 * to anyone else), the public signatories, and the secretariat's exports (CSV and PDF), which keep the
 * endorsements of suspended or withdrawn organizations, marked.
 */
@Injectable()
export class InitiativeReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: InitiativesQueries,
  ) {}

  async list(
    viewer: AuthenticatedUser | null,
    query: ListInitiativesQueryDto,
  ): Promise<Paginated<InitiativeSummaryDto>> {
    const includeDrafts = viewer?.ability.can('readAll', 'Initiative') ?? false;
    // Endorsed by the reader's organization (a visitor's none: it endorses nothing).
    const endorsed =
      query.endorsed === undefined ? undefined : { by: viewer?.organization.id ?? null, now: query.endorsed };
    const { rows, total } = await this.queries.page(
      this.dataSource.manager,
      { includeDrafts, status: query.status, endorsed },
      query,
    );
    return { items: rows.map(summaryOf), total, page: query.page, limit: query.limit };
  }

  get(viewer: AuthenticatedUser | null, id: string): Promise<InitiativeDto> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /** The initiative as `viewer` sees it (in the caller's transaction after a step). */
  async view(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<InitiativeDto> {
    const reader = initiativeReader(viewer);
    const row = await this.queries.detail(
      manager,
      id,
      viewer?.ability.can('readAll', 'Initiative') ?? false,
      viewer && takesPart(reader) ? viewer.organization.id : null,
    );
    if (!row) throw notFound('Initiative');
    return detailOf(row, reader);
  }

  async signatories(
    viewer: AuthenticatedUser | null,
    id: string,
    query: PageQueryDto,
  ): Promise<Paginated<SignatoryDto>> {
    const manager = this.dataSource.manager;
    // Drafts have no public signatories: 404 to anyone but the secretariat, as for their page.
    const initiative = await manager.findOne(Initiative, { where: { id }, select: { id: true, status: true } });
    if (!initiative || (initiative.status === 'draft' && !viewer?.ability.can('readAll', 'Initiative')))
      throw notFound('Initiative');
    const { rows, total } = await this.queries.signatories(manager, id, query);
    return { items: rows.map(signatoryOf), total, page: query.page, limit: query.limit };
  }

  /** The secretariat's CSV: every current endorsement, each marked with its organization's membership and whether it is public. */
  async exportCsv(id: string, locale: Locale): Promise<{ headers: string[]; rows: string[][] }> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Initiative, { id }))) throw notFound('Initiative');
    const rows = (await this.queries.exportRows(manager, id)).map((r) => {
      const isPublic = r.membership === 'active' ? YES_NO.yes : YES_NO.no;
      return [
        csvText(r.name_en),
        csvText(r.name_zh),
        r.country ?? '',
        new Date(r.endorsed_at).toISOString(),
        csvText(r.signed_by),
        csvText(r.statement_en),
        csvText(r.statement_zh),
        csvLabel(ENDORSEMENT_CSV_STATUS, r.status, locale),
        csvLabel(MEMBERSHIP_STATUS_LABELS, r.membership, locale),
        isPublic[locale],
      ];
    });
    return { headers: SIGNATORY_CSV_COLUMNS.map((c) => SIGNATORY_CSV_HEADERS[c][locale]), rows };
  }

  async exportPdf(id: string, locale: Locale): Promise<Buffer> {
    const manager = this.dataSource.manager;
    const initiative = await manager.findOneBy(Initiative, { id });
    if (!initiative) throw notFound('Initiative');
    return signatoriesPdf(initiative, await this.queries.exportRows(manager, id), locale);
  }
}
