import { Injectable } from '@nestjs/common';
import {
  FINANCING_INSTRUMENT_LABELS,
  FINANCING_REQUEST_STATUS_LABELS,
  SECTOR_LABELS,
  csvLabel,
  localizedText,
  type CurrencyCode,
  type FinancingPipelineAmount,
  type FinancingPipelineRow,
  type Locale,
} from '@alliance/contracts';
import { csvText } from '../../common/csv/csv';
import type { ListFinancingQueryDto } from './dto/financing-request.dto';
import type { FinancingPipelineResponse } from './dto/financing-response.dto';
import { FinancingRequestsQueries, type PipelineDimension } from './financing-requests.queries';

/**
 * The secretariat's view of financing across the alliance: counts and amounts, summed per
 * currency in the database (numeric, exact), by status, instrument and host country. No offer
 * terms and no threads: those belong to the requester and the institution.
 */
@Injectable()
export class FinancingPipelineService {
  constructor(private readonly queries: FinancingRequestsQueries) {}

  async pipeline(): Promise<FinancingPipelineResponse> {
    const summary = await this.queries.pipelineSummary();
    const rows = (dimension: PipelineDimension): FinancingPipelineRow<string>[] =>
      summary.by[dimension].map((r) => ({
        key: r.key ?? '',
        count: r.count,
        amounts: r.amounts.map((a): FinancingPipelineAmount => ({
          currency: a.currency as CurrencyCode,
          total: a.total,
        })),
      }));
    return {
      total: {
        count: summary.count,
        amounts: summary.amounts.map((t) => ({ currency: t.currency as CurrencyCode, total: t.total })),
      },
      byStatus: rows('status') as FinancingPipelineResponse['byStatus'],
      byInstrument: rows('instrument') as FinancingPipelineResponse['byInstrument'],
      byCountry: rows('country'),
    };
  }

  /** Rows of the CSV export: the requests in the pipeline with the list's filters. */
  async exportRows(query: ListFinancingQueryDto, locale: Locale): Promise<unknown[][]> {
    const requests = await this.queries.pipelineRequests(query);
    const countOf = await this.queries.reviewCounts(requests.map((r) => r.id));
    return requests.map((r) => [
      r.id,
      csvText(localizedText(r.organization?.nameEn, r.organization?.nameZh, locale)),
      csvText(localizedText(r.park?.nameEn, r.park?.nameZh, locale)),
      csvText(r.titleEn),
      csvText(r.titleZh),
      csvLabel(FINANCING_INSTRUMENT_LABELS, r.instrument, locale),
      r.amount ?? '',
      r.currency ?? '',
      r.tenorMonths ?? '',
      r.country ?? '',
      csvLabel(SECTOR_LABELS, r.sector, locale),
      csvLabel(FINANCING_REQUEST_STATUS_LABELS, r.status, locale),
      countOf.get(r.id)?.asked ?? 0,
      countOf.get(r.id)?.released ?? 0,
      r.submittedAt?.toISOString() ?? '',
      r.updatedAt.toISOString(),
    ]);
  }
}
