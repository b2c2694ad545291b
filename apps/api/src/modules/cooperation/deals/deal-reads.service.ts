import { Injectable } from '@nestjs/common';
import {
  csvHeaders,
  csvLabel,
  dealActions,
  SECTOR_LABELS,
  type DealDto,
  type DealFiguresDto,
  type Locale,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { csvText } from '../../../common/csv/csv';
import { notFound } from '../../../common/errors/app-error';
import type { Organization } from '../../organizations/entities/organization.entity';
import type { CooperationProject } from '../entities/cooperation-project.entity';
import { cooperationActor } from '../expressions/expression-records';
import { DealSummaryResponse, type DealSummaryDto } from './dto/deal-response.dto';
import type { DealFiguresQueryDto, DealFiltersDto, ListDealsQueryDto } from './dto/deal.dto';
import { DEAL_CSV_COLUMNS, DEAL_CSV_HEADERS, DEAL_STAGE_LABELS, PROJECT_KIND_LABELS } from './deals.csv';
import { DealsQueries } from './deals.queries';

const day = (date: Date | null): string => date?.toISOString().slice(0, 10) ?? '';
const named = (o: Organization | undefined, locale: Locale): string =>
  csvText(locale === 'zh' ? (o?.nameZh ?? o?.nameEn) : (o?.nameEn ?? o?.nameZh));

/** What readers see of deals: lists, a deal with its history, the secretariat's figures and export. */
@Injectable()
export class DealReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: DealsQueries,
  ) {}

  list(viewer: AuthenticatedUser, query: ListDealsQueryDto): Promise<Paginated<DealSummaryDto>> {
    return this.queries.list(viewer, query);
  }

  get(viewer: AuthenticatedUser, id: string): Promise<DealDto> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /** The deal for its two organizations and the secretariat (404 to anyone else), with each stage it reached. */
  async view(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<DealDto> {
    const deal = await this.queries.deal(manager, viewer, id);
    if (!deal) throw notFound('Deal');
    const history = await this.queries.history(manager, id);
    return {
      ...DealSummaryResponse.from(deal),
      history: history.map((c) => ({ stage: c.stage, at: c.at.toISOString(), byName: c.by?.displayName ?? null })),
      actions: dealActions(deal, cooperationActor(viewer)),
    };
  }

  figures(query: DealFiguresQueryDto): Promise<DealFiguresDto> {
    return this.queries.figures(query);
  }

  /** The secretariat's export of deals, headers and coded values in `locale`, amounts exact. */
  async export(filters: DealFiltersDto, locale: Locale): Promise<{ headers: string[]; rows: unknown[][] }> {
    const deals = await this.queries.export(filters);
    const rows = deals.map((d) => {
      const project = d.project as CooperationProject;
      return [
        csvText(project.titleEn),
        csvText(project.titleZh),
        csvLabel(PROJECT_KIND_LABELS, project.kind, locale),
        project.country,
        project.sectors.map((s) => csvLabel(SECTOR_LABELS, s, locale)).join('; '),
        named(d.ownerOrganization, locale),
        named(d.partnerOrganization, locale),
        csvLabel(DEAL_STAGE_LABELS, d.stage, locale),
        day(d.stageChangedAt),
        day(d.createdAt),
        project.sizeUsd ?? '',
        d.investedUsd ?? '',
        d.investedOn ?? '',
        csvText(d.lostReason),
      ];
    });
    return { headers: csvHeaders(DEAL_CSV_HEADERS, DEAL_CSV_COLUMNS, locale), rows };
  }
}
