import { Injectable } from '@nestjs/common';
import type { PublicResultsDto, ResolvedResultsRange, ResultsDto, ResultsSection } from '@alliance/contracts';
import { DataSource } from 'typeorm';

/*
 * The SQL of the alliance's results. Every section reads the range as $1 (first day), $2 (last day,
 * included) and $3 (the alliance's time zone, in which days, months and quarters begin). Each section
 * is one subquery whose rows carry the DTO's own keys, so that the sections asked for travel in one
 * statement as JSON and reach the web unchanged.
 */
const STARTS = `(($1::date)::timestamp AT TIME ZONE $3)`;
const ENDS = `((($2::date) + 1)::timestamp AT TIME ZONE $3)`;
const IN_RANGE = (column: string) => `${column} >= ${STARTS} AND ${column} < ${ENDS}`;
const MONTH = (column: string) => `to_char(${column} AT TIME ZONE $3, 'YYYY-MM')`;
const QUARTER = (column: string) => `to_char(${column} AT TIME ZONE $3, 'YYYY-"Q"Q')`;

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

  posts: `
    SELECT ${MONTH('p.published_at')} AS period, p.kind, count(*)::int AS count
      FROM posts p
     WHERE ${IN_RANGE('p.published_at')} AND p.status IN ('published', 'archived')
     GROUP BY 1, 2
     ORDER BY 1, 2`,

  /** Asked: requests submitted in the quarter; accepted: offers accepted in it (the offer's amount and currency). */
  financing: `
    WITH asked AS (
      SELECT ${QUARTER('r.submitted_at')} AS period, r.instrument, r.currency,
             count(*)::int AS n, sum(r.amount) AS amount
        FROM financing_requests r
       WHERE ${IN_RANGE('r.submitted_at')} AND r.instrument IS NOT NULL AND r.currency IS NOT NULL
       GROUP BY 1, 2, 3
    ),
    accepted AS (
      SELECT ${QUARTER('r.decided_at')} AS period, r.instrument, o.currency,
             count(*)::int AS n, sum(o.amount) AS amount
        FROM financing_requests r JOIN financing_offers o ON o.review_id = r.accepted_review_id
       WHERE r.status = 'accepted' AND ${IN_RANGE('r.decided_at')} AND r.instrument IS NOT NULL
       GROUP BY 1, 2, 3
    )
    SELECT period, instrument, currency,
           COALESCE(a.n, 0) AS "askedCount", COALESCE(a.amount, 0)::text AS "askedAmount",
           COALESCE(c.n, 0) AS "acceptedCount", COALESCE(c.amount, 0)::text AS "acceptedAmount"
      FROM asked a FULL JOIN accepted c USING (period, instrument, currency)
     ORDER BY period, instrument, currency`,

  /** Of the requests submitted in the range: those with a released offer, and the days to the first. */
  financingOffers: `
    SELECT r.instrument, count(*)::int AS requests, count(f.first_at)::int AS "withOffer",
           round(count(f.first_at)::numeric / count(*), 3)::float8 AS "shareWithOffer",
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.first_at - r.submitted_at) / 86400)
                  FILTER (WHERE f.first_at IS NOT NULL))::numeric, 1)::float8 AS "medianDaysToFirstOffer"
      FROM financing_requests r
      LEFT JOIN LATERAL (
        SELECT min(o.released_at) AS first_at
          FROM financing_reviews v JOIN financing_offers o ON o.review_id = v.id
         WHERE v.request_id = r.id AND o.released_at IS NOT NULL
      ) f ON true
     WHERE ${IN_RANGE('r.submitted_at')} AND r.instrument IS NOT NULL
     GROUP BY r.instrument
     ORDER BY r.instrument`,

  deals: `
    SELECT d.stage, count(*)::int AS count, COALESCE(sum(d.invested_usd), 0)::text AS "investedUsd"
      FROM deals d
     WHERE ${IN_RANGE('d.created_at')}
     GROUP BY d.stage
     ORDER BY d.stage`,

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
    moves AS (
      SELECT e.endorsed_at AS at, 1 AS signed, 0 AS withdrawn FROM endorsements e WHERE e.endorsed_at < ${ENDS}
      UNION ALL
      SELECT e.withdrawn_at, 0, 1 FROM endorsements e WHERE e.withdrawn_at < ${ENDS}
    ),
    per AS (
      SELECT CASE WHEN at < ${STARTS} THEN '' ELSE ${QUARTER('at')} END AS period,
             sum(signed)::int AS signed, sum(withdrawn)::int AS withdrawn
        FROM moves GROUP BY 1
    ),
    before AS (SELECT COALESCE(sum(signed - withdrawn), 0)::int AS n FROM per WHERE period = '')
    SELECT q.period, COALESCE(p.signed, 0) AS signed, COALESCE(p.withdrawn, 0) AS withdrawn,
           ((SELECT n FROM before) + sum(COALESCE(p.signed, 0) - COALESCE(p.withdrawn, 0)) OVER (ORDER BY q.period))::int AS standing
      FROM q LEFT JOIN per p ON p.period = q.period
     ORDER BY q.period`,

  alerts: `
    WITH q AS (${QUARTERS}),
    issued AS (
      SELECT ${QUARTER('a.issued_at')} AS period, count(*)::int AS n
        FROM risk_alerts a WHERE ${IN_RANGE('a.issued_at')} GROUP BY 1
    ),
    acknowledged AS (
      SELECT ${QUARTER('k.acknowledged_at')} AS period, count(*)::int AS n
        FROM risk_alert_organizations k WHERE ${IN_RANGE('k.acknowledged_at')} GROUP BY 1
    )
    SELECT q.period, COALESCE(i.n, 0) AS issued, COALESCE(k.n, 0) AS acknowledged
      FROM q LEFT JOIN issued i ON i.period = q.period LEFT JOIN acknowledged k ON k.period = q.period
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

export type ResultsSections = Omit<ResultsDto, 'range'>;

@Injectable()
export class ResultsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The sections asked for over a range, in one statement. */
  async sections<S extends ResultsSection>(
    range: ResolvedResultsRange,
    timeZone: string,
    sections: readonly S[],
  ): Promise<Pick<ResultsSections, S>> {
    const columns = sections
      .map((s) => `(SELECT COALESCE(json_agg(x), '[]'::json) FROM (${SECTIONS[s]}) x) AS "${s}"`)
      .join(',\n');
    const [row] = (await this.dataSource.query(`SELECT ${columns}`, [range.from, range.to, timeZone])) as Pick<
      ResultsSections,
      S
    >[];
    return row;
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
