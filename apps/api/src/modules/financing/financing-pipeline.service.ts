import { Injectable } from '@nestjs/common';
import {
  FINANCING_INSTRUMENT_LABELS,
  FINANCING_REQUEST_STATUS_LABELS,
  SECTOR_LABELS,
  csvLabel,
  type CurrencyCode,
  type FinancingPipelineAmount,
  type FinancingPipelineRow,
  type Locale,
} from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { csvText } from '../../common/csv/csv';
import type { ListFinancingQueryDto } from './dto/financing-request.dto';
import type { FinancingPipelineResponse } from './dto/financing-response.dto';
import { FinancingRequest } from './entities/financing-request.entity';
import { filterRequests } from './financing-requests.service';

type Dimension = 'status' | 'instrument' | 'country';

interface CountRow {
  key: string | null;
  count: number;
}
interface SumRow {
  key: string | null;
  currency: string;
  total: string;
}

/** Requests from submission on: a draft is its organization's work in progress, not the alliance's pipeline. */
const SUBMITTED = 'submitted_at IS NOT NULL';

/**
 * The secretariat's view of financing across the alliance: counts and amounts, summed per
 * currency in the database (numeric, exact), by status, instrument and host country. No offer
 * terms and no threads: those belong to the requester and the institution.
 */
@Injectable()
export class FinancingPipelineService {
  constructor(private readonly dataSource: DataSource) {}

  async pipeline(): Promise<FinancingPipelineResponse> {
    const [byStatus, byInstrument, byCountry, total] = await Promise.all([
      this.rows('status'),
      this.rows('instrument'),
      this.rows('country'),
      this.dataSource.query(
        `SELECT currency, sum(amount)::text AS total FROM financing_requests WHERE ${SUBMITTED} AND amount IS NOT NULL GROUP BY currency ORDER BY currency`,
      ) as Promise<{ currency: string; total: string }[]>,
    ]);
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM financing_requests WHERE ${SUBMITTED}`,
    )) as { count: number }[];
    return {
      total: { count, amounts: total.map((t) => ({ currency: t.currency as CurrencyCode, total: t.total })) },
      byStatus: byStatus as FinancingPipelineResponse['byStatus'],
      byInstrument: byInstrument as FinancingPipelineResponse['byInstrument'],
      byCountry,
    };
  }

  /** Rows of the CSV export: the requests in the pipeline with the list's filters. */
  async exportRows(query: ListFinancingQueryDto, locale: Locale): Promise<unknown[][]> {
    const qb = this.dataSource
      .getRepository(FinancingRequest)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk')
      .where('r.submittedAt IS NOT NULL');
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    filterRequests(qb, query);
    const requests = await qb.orderBy('r.submittedAt', 'DESC').addOrderBy('r.id', 'DESC').getMany();
    const counts = (await this.dataSource.query(
      `SELECT rv.request_id AS id, count(*)::int AS asked, count(fo.id) FILTER (WHERE fo.released_at IS NOT NULL)::int AS released
         FROM financing_reviews rv LEFT JOIN financing_offers fo ON fo.review_id = rv.id
        WHERE rv.request_id = ANY($1) GROUP BY rv.request_id`,
      [requests.map((r) => r.id)],
    )) as { id: string; asked: number; released: number }[];
    const countOf = new Map(counts.map((c) => [c.id, c]));
    return requests.map((r) => [
      r.id,
      csvText(r.organization?.nameEn ?? r.organization?.nameZh),
      csvText(r.park?.nameEn ?? r.park?.nameZh),
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

  private async rows(dimension: Dimension): Promise<FinancingPipelineRow<string>[]> {
    const counts = (await this.dataSource.query(
      `SELECT ${dimension}::text AS key, count(*)::int AS count FROM financing_requests WHERE ${SUBMITTED} GROUP BY 1 ORDER BY 2 DESC, 1`,
    )) as CountRow[];
    const sums = (await this.dataSource.query(
      `SELECT ${dimension}::text AS key, currency, sum(amount)::text AS total FROM financing_requests
        WHERE ${SUBMITTED} AND amount IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    )) as SumRow[];
    return counts.map((c) => ({
      key: c.key ?? '',
      count: c.count,
      amounts: sums
        .filter((s) => s.key === c.key)
        .map((s): FinancingPipelineAmount => ({ currency: s.currency as CurrencyCode, total: s.total })),
    }));
  }
}
