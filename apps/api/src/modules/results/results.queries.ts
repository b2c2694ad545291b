import { Injectable } from '@nestjs/common';
import {
  RESULTS_SECTIONS,
  type PublicResultsDto,
  type ResolvedResultsRange,
  type ResultsDto,
  type ResultsSection,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/*
 * The SQL of the alliance's results. Every section reads the range as $1 (first day), $2 (last day,
 * included) and $3 (the alliance's time zone, in which days, months and quarters begin). Each section
 * is one subquery whose rows carry the DTO's own keys, so that the sections asked for travel in one
 * statement as JSON and reach the web unchanged. Posts, financing, deals, signatories and alerts are
 * summed from the daily summaries that triggers keep (migrations/*-ResultsSummaries.ts), whose days are
 * in the same time zone (`syncZone` at start): a day's figures are a sum of a few rows, not a count of
 * every record.
 */
const STARTS = `(($1::date)::timestamp AT TIME ZONE $3)`;
const ENDS = `((($2::date) + 1)::timestamp AT TIME ZONE $3)`;
const IN_RANGE = (column: string) => `${column} >= ${STARTS} AND ${column} < ${ENDS}`;
/** The summaries' days in the range, and their months and quarters. */
const DAYS_IN_RANGE = `s.day BETWEEN $1::date AND $2::date`;
const DAY_MONTH = `to_char(s.day, 'YYYY-MM')`;
const DAY_QUARTER = `to_char(s.day, 'YYYY-"Q"Q')`;

/** The quarters the range touches, each cut to the range: its label, first instant and end (excluded). */
const QUARTERS = `
  SELECT to_char(d, 'YYYY-"Q"Q') AS period,
         (GREATEST(d::date, $1::date))::timestamp AT TIME ZONE $3 AS starts,
         (LEAST((d + interval '3 months')::date, $2::date + 1))::timestamp AT TIME ZONE $3 AS ends
    FROM generate_series(date_trunc('quarter', $1::date::timestamp), $2::date::timestamp, interval '3 months') d`;

/** The status moves of organizations in the audit trail (each event keeps the status before and after). */
const STATUS_ACTIONS = `('organization.activate', 'organization.suspend', 'organization.reinstate', 'organization.withdraw')`;

const SECTIONS: Record<ResultsSection, string> = {
  /*
   * Members by type and status at the end of each quarter. An organization's history is a chain of
   * intervals: from the day it became a member (member since, else created) to its first recorded
   * move, in the status that move left; then from each move to the next, in the status it set. An
   * organization that never moved has been in its present status since it joined.
   */
  members: `
    WITH q AS (${QUARTERS}),
    moves AS (
      SELECT a.entity_id::uuid AS org_id, a.occurred_at AS starts,
             lead(a.occurred_at) OVER (PARTITION BY a.entity_id ORDER BY a.occurred_at) AS ends,
             a.changes->'status'->>'before' AS before, a.changes->'status'->>'after' AS status,
             row_number() OVER (PARTITION BY a.entity_id ORDER BY a.occurred_at) AS n
        FROM audit_events a
       WHERE a.entity_type = 'Organization' AND a.action IN ${STATUS_ACTIONS} AND a.changes ? 'status'
         AND a.occurred_at < ${ENDS}
    ),
    spans AS (
      SELECT o.type, COALESCE(o.member_since::timestamp AT TIME ZONE $3, o.created_at) AS starts,
             f.starts AS ends, COALESCE(f.before, o.status::text) AS status
        FROM organizations o LEFT JOIN moves f ON f.org_id = o.id AND f.n = 1
       WHERE o.type <> 'secretariat'
      UNION ALL
      SELECT o.type, m.starts, m.ends, m.status
        FROM moves m JOIN organizations o ON o.id = m.org_id
       WHERE o.type <> 'secretariat'
    )
    SELECT q.period, s.type, s.status, count(*)::int AS count
      FROM q JOIN spans s ON s.starts < q.ends AND (s.ends IS NULL OR s.ends >= q.ends)
     WHERE s.status IN ('active', 'suspended', 'withdrawn')
     GROUP BY q.period, s.type, s.status
     ORDER BY q.period, s.type, s.status`,

  /** The parks of active members today, as the public directory counts them. */
  hostCountries: `
    SELECT p.country, count(*)::int AS parks, COALESCE(sum(p.enterprise_count), 0)::int AS enterprises,
           COALESCE(sum(p.investment_usd), 0)::text AS "investmentUsd", COALESCE(sum(p.local_jobs), 0)::int AS "localJobs"
      FROM parks p JOIN organizations o ON o.id = p.organization_id
     WHERE o.status = 'active'
     GROUP BY p.country
     ORDER BY count(*) DESC, p.country`,

  /** Posts published (or since archived) by month and kind. */
  posts: `
    SELECT ${DAY_MONTH} AS period, s.kind, sum(s.posts)::int AS count
      FROM results_post_days s
     WHERE ${DAYS_IN_RANGE}
     GROUP BY 1, 2
    HAVING sum(s.posts) > 0
     ORDER BY 1, 2`,

  /** Asked: requests submitted in the quarter; accepted: offers accepted in it (the offer's amount and currency). */
  financing: `
    SELECT ${DAY_QUARTER} AS period, s.instrument, s.currency,
           sum(s.asked)::int AS "askedCount",
           CASE WHEN sum(s.asked) = 0 THEN '0' ELSE sum(s.asked_amount)::text END AS "askedAmount",
           sum(s.accepted)::int AS "acceptedCount",
           CASE WHEN sum(s.accepted) = 0 THEN '0' ELSE sum(s.accepted_amount)::text END AS "acceptedAmount"
      FROM results_financing_days s
     WHERE ${DAYS_IN_RANGE}
     GROUP BY 1, 2, 3
    HAVING sum(s.asked) > 0 OR sum(s.accepted) > 0
     ORDER BY 1, 2, 3`,

  /** Of the requests submitted in the range: those with a released offer, and the days to the first. */
  financingOffers: `
    SELECT r.instrument, count(*)::int AS requests, count(f.first_at)::int AS "withOffer",
           round(count(f.first_at)::numeric / count(*), 3)::float8 AS "shareWithOffer",
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first_at - r.submitted_at) / 86400)
                  FILTER (WHERE f.first_at IS NOT NULL))::numeric, 1)::float8 AS "medianDaysToFirstOffer"
      FROM financing_requests r
      LEFT JOIN (
        -- From the released offers (a few thousand), each review found by its key rather than all read.
        SELECT (SELECT v.request_id FROM financing_reviews v WHERE v.id = o.review_id) AS request_id,
               min(o.released_at) AS first_at
          FROM financing_offers o
         WHERE o.released_at IS NOT NULL
         GROUP BY 1
      ) f ON f.request_id = r.id
     WHERE ${IN_RANGE('r.submitted_at')} AND r.instrument IS NOT NULL
     GROUP BY r.instrument
     ORDER BY r.instrument`,

  deals: `
    SELECT s.stage, sum(s.deals)::int AS count,
           CASE WHEN sum(s.invested) = 0 THEN '0' ELSE sum(s.invested_usd)::text END AS "investedUsd"
      FROM results_deal_days s
     WHERE ${DAYS_IN_RANGE}
     GROUP BY s.stage
    HAVING sum(s.deals) > 0
     ORDER BY s.stage`,

  services: `
    SELECT a.id AS "agreementId", a.title_en AS "titleEn", a.title_zh AS "titleZh", s.requests, s.delivered,
           s.average_rating AS "averageRating", s.ratings
      FROM (
        SELECT r.agreement_id, count(*)::int AS requests,
               (count(*) FILTER (WHERE r.status = 'delivered'))::int AS delivered,
               round(avg(r.rating)::numeric, 2)::float8 AS average_rating, count(r.rating)::int AS ratings
          FROM service_requests r
         WHERE ${IN_RANGE('r.created_at')}
         GROUP BY r.agreement_id
      ) s JOIN partner_agreements a ON a.id = s.agreement_id
     ORDER BY s.requests DESC, a.id`,

  /** Endorsements signed and withdrawn in each quarter, and those standing at its end (all time before it counted). */
  signatories: `
    WITH q AS (${QUARTERS}),
    per AS (
      SELECT CASE WHEN s.day < $1::date THEN '' ELSE ${DAY_QUARTER} END AS period,
             sum(s.signed)::int AS signed, sum(s.withdrawn)::int AS withdrawn
        FROM results_endorsement_days s WHERE s.day <= $2::date GROUP BY 1
    ),
    before AS (SELECT COALESCE(sum(signed - withdrawn), 0)::int AS n FROM per WHERE period = '')
    SELECT q.period, COALESCE(p.signed, 0) AS signed, COALESCE(p.withdrawn, 0) AS withdrawn,
           ((SELECT n FROM before) + sum(COALESCE(p.signed, 0) - COALESCE(p.withdrawn, 0)) OVER (ORDER BY q.period))::int AS standing
      FROM q LEFT JOIN per p ON p.period = q.period
     ORDER BY q.period`,

  alerts: `
    WITH q AS (${QUARTERS}),
    per AS (
      SELECT ${DAY_QUARTER} AS period, sum(s.issued)::int AS issued, sum(s.acknowledged)::int AS acknowledged
        FROM results_alert_days s WHERE ${DAYS_IN_RANGE} GROUP BY 1
    )
    SELECT q.period, COALESCE(p.issued, 0) AS issued, COALESCE(p.acknowledged, 0) AS acknowledged
      FROM q LEFT JOIN per p ON p.period = q.period
     ORDER BY q.period`,

  issueCases: `
    SELECT c.category, count(*)::int AS cases, count(c.answered_at)::int AS answered,
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.answered_at - c.opened_at) / 86400)
                  FILTER (WHERE c.answered_at IS NOT NULL))::numeric, 1)::float8 AS "medianDaysToAnswer"
      FROM issue_cases c
     WHERE ${IN_RANGE('c.opened_at')}
     GROUP BY c.category
     ORDER BY c.category`,
};

/** Every agreement's requests together, beside the section's rows (which the API's answer cuts to the top). */
const SERVICES_OVERALL = `
  SELECT count(DISTINCT r.agreement_id)::int AS agreements, count(*)::int AS requests,
         (count(*) FILTER (WHERE r.status = 'delivered'))::int AS delivered,
         round(avg(r.rating)::numeric, 2)::float8 AS "averageRating", count(r.rating)::int AS ratings
    FROM service_requests r
   WHERE ${IN_RANGE('r.created_at')}`;

export type ResultsSections = Omit<ResultsDto, 'range'>;
/** The columns a statement of sections answers: the sections asked for, and the services' totals with theirs. */
export type SectionsOf<S extends ResultsSection> = Pick<ResultsSections, S> &
  ('services' extends S ? Pick<ResultsSections, 'servicesOverall'> : unknown);

/** `top`: how many rows a section of agreements keeps (most requests first); all of them without it. */
export interface SectionsOptions {
  top?: number;
  manager?: EntityManager;
}

@Injectable()
export class ResultsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps the summaries' days in the alliance's time zone: recounts them when it is not theirs (at start). */
  async syncZone(timeZone: string): Promise<void> {
    await this.dataSource.query(`SELECT results_summaries_zone($1)`, [timeZone]);
  }

  /** The sections asked for over a range, in one statement (in a transaction's snapshot when given its manager). */
  async sections<S extends ResultsSection>(
    range: ResolvedResultsRange,
    timeZone: string,
    sections: readonly S[],
    { top, manager = this.dataSource.manager }: SectionsOptions = {},
  ): Promise<SectionsOf<S>> {
    const limit = top === undefined ? '' : ` LIMIT ${Math.trunc(top)}`;
    const columns = sections
      .map((s) => {
        const rows = `(SELECT COALESCE(json_agg(x), '[]'::json) FROM (${SECTIONS[s]}${s === 'services' ? limit : ''}) x) AS "${s}"`;
        return s === 'services'
          ? `${rows}, (SELECT row_to_json(x) FROM (${SERVICES_OVERALL}) x) AS "servicesOverall"`
          : rows;
      })
      .join(',\n');
    // The range's row names every parameter, whichever of them the sections asked for read.
    const [row] = (await manager.query(
      `SELECT ${columns} FROM (SELECT $1::date AS first_day, $2::date AS last_day, $3::text AS time_zone) range`,
      [range.from, range.to, timeZone],
    )) as SectionsOf<S>[];
    return row;
  }

  /**
   * The cached body of a range's results, if it was computed from the data as it is now (its version
   * is the counter's, which every change to the data the results read raises), in one statement.
   */
  async cachedBody(range: ResolvedResultsRange, timeZone: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      `SELECT c.body FROM results_cache c JOIN results_version v ON v.id = 1 AND v.n = c.version
        WHERE c.range_from = $1 AND c.range_to = $2 AND c.time_zone = $3`,
      [range.from, range.to, timeZone],
    )) as { body: string }[];
    return row?.body ?? null;
  }

  /**
   * Computes a range's results and caches them: the counter and the data are read in one snapshot, so
   * the body is stamped with the version it was computed from. Written after that snapshot (a newer
   * body is never replaced by an older one), and the out-of-date bodies of every range go.
   */
  async computeAndCache(
    range: ResolvedResultsRange,
    timeZone: string,
    top: number,
    render: (sections: ResultsSections) => string,
  ): Promise<string> {
    const { version, body } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [row] = (await manager.query(`SELECT n::text AS n FROM results_version WHERE id = 1`)) as { n: string }[];
      return { version: row.n, body: render(await this.sections(range, timeZone, RESULTS_SECTIONS, { top, manager })) };
    });
    await this.dataSource.query(`DELETE FROM results_cache WHERE version < $1::bigint`, [version]);
    await this.dataSource.query(
      `INSERT INTO results_cache (range_from, range_to, time_zone, version, body) VALUES ($1, $2, $3, $4::bigint, $5)
       ON CONFLICT (range_from, range_to, time_zone) DO UPDATE
         SET version = EXCLUDED.version, body = EXCLUDED.body, computed_at = now()
       WHERE results_cache.version < EXCLUDED.version`,
      [range.from, range.to, timeZone, version, body],
    );
    return body;
  }

  /** The public selection: active members (the secretariat aside) and their parks, as the directory shows them. */
  async publicTotals(): Promise<PublicResultsDto> {
    const [row] = (await this.dataSource.query(`
      SELECT (SELECT count(*)::int FROM organizations o WHERE o.status = 'active' AND o.type <> 'secretariat') AS members,
             count(p.id)::int AS parks, count(DISTINCT p.country)::int AS "hostCountries",
             COALESCE(sum(p.enterprise_count), 0)::int AS enterprises,
             COALESCE(sum(p.investment_usd), 0)::text AS "investmentUsd",
             COALESCE(sum(p.local_jobs), 0)::int AS "localJobs"
        FROM parks p JOIN organizations o ON o.id = p.organization_id
       WHERE o.status = 'active'`)) as PublicResultsDto[];
    return row;
  }
}
