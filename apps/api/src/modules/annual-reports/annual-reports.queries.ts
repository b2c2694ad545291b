import { Injectable } from '@nestjs/common';
import {
  ANNUAL_REPORT_ACTIVE_STATUSES,
  type AgreementKind,
  type AgreementStatus,
  type InitiativeStatus,
  type Paginated,
} from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import { paginate, type PageQueryDto } from '../../common/pagination/page-query.dto';
import { AnnualReport } from './entities/annual-report.entity';

/** A year as the alliance counts it: both ends included, in its time zone. */
export interface YearRange {
  year: number;
  from: string;
  to: string;
  timeZone: string;
}

/** An agreement in force at some time in the year, with its counterparties and the year's commitments. */
export interface ReportAgreementRow {
  id: string;
  title_en: string | null;
  title_zh: string | null;
  kind: AgreementKind;
  status: AgreementStatus;
  signed_on: string | null;
  expires_on: string | null;
  counterparties: { en: string | null; zh: string | null }[];
  commitments_due: number;
  commitments_done: number;
}

/** A published initiative open at some time in the year, its signatories standing at the year's end and those who signed in it. */
export interface ReportInitiativeRow {
  id: string;
  title_en: string | null;
  title_zh: string | null;
  status: InitiativeStatus;
  opens_on: string | null;
  closes_on: string | null;
  target_organizations: number | null;
  signatories: number;
  signed_in_year: { en: string | null; zh: string | null; on: string }[];
}

/** The alliance's day of a timestamp column. */
const dayOf = (column: string) => `(${column} AT TIME ZONE $3)::date`;

/** The SQL of annual reports: the secretariat's list, the runners' claims and steps, and what a report reads beyond the results. */
@Injectable()
export class AnnualReportsQueries {
  page(manager: EntityManager, query: PageQueryDto): Promise<Paginated<AnnualReport>> {
    const qb = manager
      .createQueryBuilder(AnnualReport, 'r')
      .leftJoinAndSelect('r.requestedBy', 'u')
      .orderBy('r.requestedAt', 'DESC')
      .addOrderBy('r.id', 'DESC');
    return paginate(qb, query, (row) => row);
  }

  findOne(manager: EntityManager, id: string): Promise<AnnualReport | null> {
    return manager
      .createQueryBuilder(AnnualReport, 'r')
      .leftJoinAndSelect('r.requestedBy', 'u')
      .where('r.id = :id', { id })
      .getOne();
  }

  /**
   * Takes the oldest report a runner may start: a queued one, or a running one whose runner has been
   * silent for `staleMs` (it stopped without a word). SKIP LOCKED and the status test in the same
   * statement: of two runners, each takes another report or none, never the same one.
   */
  async claim(manager: EntityManager, runner: string, staleMs: number): Promise<AnnualReport | null> {
    const rows = (await manager.query(
      `WITH claimed AS (
         UPDATE annual_reports r
            SET status = 'running', claimed_by = $1, heartbeat_at = now(), started_at = now(),
                attempts = r.attempts + 1, progress = 0, step = 'queued', updated_at = now()
          WHERE r.id = (
            SELECT id FROM annual_reports
             WHERE status = 'queued'
                OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $2::double precision / 1000))
             ORDER BY requested_at, id
             LIMIT 1
             FOR UPDATE SKIP LOCKED)
          RETURNING r.id)
       SELECT id FROM claimed`,
      [runner, staleMs],
    )) as { id: string }[];
    return rows.length ? manager.findOneBy(AnnualReport, { id: rows[0].id }) : null;
  }

  /** Records a step while `runner` still holds the report; false when it no longer does (taken over, or failed). */
  async step(manager: EntityManager, id: string, runner: string, step: string, progress: number): Promise<boolean> {
    const rows = (await manager.query(
      `WITH stepped AS (
         UPDATE annual_reports SET step = $3, progress = $4, heartbeat_at = now(), updated_at = now()
          WHERE id = $1 AND claimed_by = $2 AND status = 'running'
          RETURNING 1)
       SELECT count(*)::int AS n FROM stepped`,
      [id, runner, step, progress],
    )) as { n: number }[];
    return rows[0].n > 0;
  }

  /** Locks the report for its last step, if `runner` still holds it. */
  lockHeld(manager: EntityManager, id: string, runner: string): Promise<AnnualReport | null> {
    return manager
      .createQueryBuilder(AnnualReport, 'r')
      .setLock('pessimistic_write')
      .where(`r.id = :id AND r.claimed_by = :runner AND r.status = 'running'`, { id, runner })
      .getOne();
  }

  /** Whether a report of this year and language is queued or running. */
  async activeExists(manager: EntityManager, year: number, language: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM annual_reports WHERE year = $1 AND language = $2 AND status = ANY($3::annual_report_status[]) LIMIT 1`,
      [year, language, ANNUAL_REPORT_ACTIVE_STATUSES],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Agreements signed by the year's end and not expired or terminated before it began, oldest signed first. */
  agreements(manager: EntityManager, range: YearRange): Promise<ReportAgreementRow[]> {
    return manager.query(
      `SELECT a.id, a.title_en, a.title_zh, a.kind, a.status, a.signed_on::text AS signed_on, a.expires_on::text AS expires_on,
              coalesce((SELECT json_agg(json_build_object('en', o.name_en, 'zh', o.name_zh) ORDER BY c.position)
                          FROM partner_agreement_counterparties c JOIN organizations o ON o.id = c.organization_id
                         WHERE c.agreement_id = a.id), '[]'::json) AS counterparties,
              (SELECT count(*)::int FROM agreement_commitments m
                WHERE m.agreement_id = a.id AND m.due_on BETWEEN $1::date AND $2::date) AS commitments_due,
              (SELECT count(*)::int FROM agreement_commitments m
                WHERE m.agreement_id = a.id AND m.due_on BETWEEN $1::date AND $2::date AND m.status = 'done') AS commitments_done
         FROM partner_agreements a
        WHERE a.status IN ('signed', 'active', 'expired', 'terminated')
          AND a.signed_on <= $2::date
          AND (a.expires_on IS NULL OR a.expires_on >= $1::date)
          AND (a.terminated_at IS NULL OR ${dayOf('a.terminated_at')} >= $1::date)
        ORDER BY a.signed_on, a.id`,
      [range.from, range.to, range.timeZone],
    );
  }

  /**
   * Published initiatives open for endorsement at some time in the year. Signatories: endorsements
   * standing now that were signed by the year's end, of organizations that are still members (the
   * public list's rule); those signed in the year are named.
   */
  initiatives(manager: EntityManager, range: YearRange): Promise<ReportInitiativeRow[]> {
    return manager.query(
      `SELECT i.id, i.title_en, i.title_zh, i.status, i.opens_on::text AS opens_on, i.closes_on::text AS closes_on,
              i.target_organizations,
              (SELECT count(*)::int FROM endorsements e JOIN organizations o ON o.id = e.organization_id
                WHERE e.initiative_id = i.id AND e.status = 'endorsed' AND o.status = 'active'
                  AND ${dayOf('e.endorsed_at')} <= $2::date) AS signatories,
              coalesce((SELECT json_agg(json_build_object('en', o.name_en, 'zh', o.name_zh, 'on', ${dayOf('e.endorsed_at')})
                                 ORDER BY e.endorsed_at, o.id)
                          FROM endorsements e JOIN organizations o ON o.id = e.organization_id
                         WHERE e.initiative_id = i.id AND e.status = 'endorsed' AND o.status = 'active'
                           AND ${dayOf('e.endorsed_at')} BETWEEN $1::date AND $2::date), '[]'::json) AS signed_in_year
         FROM initiatives i
        WHERE i.status <> 'draft'
          AND coalesce(i.opens_on, ${dayOf('i.published_at')}) <= $2::date
          AND (i.closes_on IS NULL OR i.closes_on >= $1::date)
        ORDER BY coalesce(i.opens_on, ${dayOf('i.published_at')}), i.id`,
      [range.from, range.to, range.timeZone],
    );
  }
}
