import { Injectable } from '@nestjs/common';
import {
  COMPLEMENTARY_PROJECT_KINDS,
  COOPERATION_PROJECT_KINDS,
  MATCH_ENTERPRISES_CAPACITY,
  MATCH_RECENCY_FULL_DAYS,
  MATCH_RECENCY_MAX_DAYS,
  MATCH_WEIGHTS as W,
  type CooperationProjectKind,
  type MatchOrganization,
  type MatchProject,
  type OrganizationType,
  type Sector,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * What matching reads of an organization `o`: only what the directory publishes (its parks' countries,
 * sectors, investment and enterprises) and its own published projects (also read by the B2B meetings'
 * participants list). Never a financing request,
 * which is private to its requester and the institutions it is shared with.
 */
export const FIGURES = `
  LEFT JOIN LATERAL (
    SELECT COALESCE(array_agg(DISTINCT p.country::text), '{}') AS countries,
           SUM(p.investment_usd)::text AS investment_usd,
           COALESCE(SUM(p.enterprise_count), 0)::int AS enterprise_count
      FROM parks p WHERE p.organization_id = o.id) pk ON true
  LEFT JOIN LATERAL (
    SELECT COALESCE(array_agg(DISTINCT cp.country::text), '{}') AS countries,
           COALESCE(array_agg(DISTINCT cp.kind::text) FILTER (WHERE cp.status = 'open'), '{}') AS kinds
      FROM cooperation_projects cp WHERE cp.organization_id = o.id AND cp.status IN ('open', 'in_talks')) pj ON true
  LEFT JOIN LATERAL (
    SELECT COALESCE(array_agg(DISTINCT s.sector), '{}') AS sectors
      FROM (SELECT unnest(p.sectors) AS sector FROM parks p WHERE p.organization_id = o.id
            UNION ALL
            SELECT unnest(cp.sectors) FROM cooperation_projects cp
             WHERE cp.organization_id = o.id AND cp.status IN ('open', 'in_talks')) s) sx ON true`;

export const FIGURE_COLUMNS = `o.id, o.type::text AS type, o.name_en, o.name_zh, o.country::text AS country,
  pk.countries AS park_countries, pj.countries AS project_countries, sx.sectors, pk.investment_usd,
  pk.enterprise_count, pj.kinds AS project_kinds`;

/**
 * The SQL's estimate of `scoreMatch` (contracts), with the same weights, so that a list reads only
 * its best candidates (`LIMIT`) instead of every organization or project sharing a sector; the
 * contracts' functions then score, rank and explain those. The estimate leaves out what is equal
 * for every candidate of a list (a project's recency in its owner's list).
 */
const ESTIMATE = (shared: string, country: string, size: string, kind: string, recency = '0') =>
  `CASE WHEN ${shared} = 0 AND ${country} = 0 THEN 0
        ELSE ${W.sector}::numeric * ${shared} + ${country} + ${size} + CASE WHEN ${kind} THEN ${W.kind} ELSE 0 END + ${recency} END`;
/** Whole dollars of a project's size or a sum of investments, as `dollars()` reads them. */
const WHOLE = (value: string) => `trunc(${value})`;
/** The kinds of project whose size a host of `MATCH_ENTERPRISES_CAPACITY` enterprises fits (as scoreMatch). */
const CAPACITY_KINDS = `('offering_capacity', 'procurement', 'seeking_partner')`;

/** Active members that can be matched: never the secretariat, an applicant, a suspended or a withdrawn one. */
const MATCHABLE = `o.status = 'active' AND o.type <> 'secretariat'`;

export interface OrganizationRow {
  id: string;
  type: OrganizationType;
  name_en: string | null;
  name_zh: string | null;
  country: string | null;
  park_countries: string[];
  project_countries: string[];
  sectors: Sector[];
  investment_usd: string | null;
  enterprise_count: number;
  project_kinds: CooperationProjectKind[];
}

/** An organization with its figures for scoring and its name for the list. */
export interface CandidateOrganization {
  figures: MatchOrganization;
  nameEn: string | null;
  nameZh: string | null;
  country: string | null;
}

interface ProjectRow {
  id: string;
  organization_id: string;
  status: string;
  kind: CooperationProjectKind;
  sectors: Sector[];
  country: string;
  size_usd: string | null;
  published_at: Date | null;
  title_en: string | null;
  title_zh: string | null;
  owner_name_en: string | null;
  owner_name_zh: string | null;
}

/** A project with what matching scores and what a list shows of it. */
/** An organization's figures (null: not matchable) and the open projects preselected for it. */
export interface OrganizationCandidates {
  organization: CandidateOrganization | null;
  projects: MatchableProject[];
}

/** How long a cached candidate list is served at most, however unchanged the data (ages in days move on). */
const CANDIDATES_CACHED_MINUTES = 60;

export interface MatchableProject {
  match: MatchProject;
  status: string;
  titleEn: string | null;
  titleZh: string | null;
  owner: { id: string; nameEn: string | null; nameZh: string | null };
}

const PROJECT_COLUMNS = `cp.id, cp.organization_id, cp.status::text AS status, cp.kind::text AS kind, cp.sectors,
  cp.country::text AS country, cp.size_usd::text AS size_usd, cp.published_at, cp.title_en, cp.title_zh,
  o.name_en AS owner_name_en, o.name_zh AS owner_name_zh`;

/** `dollars()` of contracts as SQL reads it: whole dollars of an exact decimal string, or null. */
function wholeDollars(value: string | null): string | null {
  return value !== null && /^\d+(\.\d+)?$/.test(value) ? value.split('.')[0] : null;
}

/** The kinds of project `org` complements, as `scoreMatch` finds them (investors for investment; capacity for demand, and back). */
function kindsFitting(org: MatchOrganization): CooperationProjectKind[] {
  const invests =
    org.type === 'financial_institution' ||
    (org.type === 'park_operator' && Number(wholeDollars(org.parkInvestmentUsd) ?? 0) > 0);
  return COOPERATION_PROJECT_KINDS.filter((kind) =>
    kind === 'seeking_investment'
      ? invests
      : COMPLEMENTARY_PROJECT_KINDS[kind].some((counterpart) => org.projectKinds.includes(counterpart)),
  );
}

export function candidateOf(row: OrganizationRow): CandidateOrganization {
  return {
    figures: {
      id: row.id,
      type: row.type,
      parkCountries: row.park_countries,
      projectCountries: row.project_countries,
      sectors: row.sectors,
      parkInvestmentUsd: row.investment_usd,
      enterpriseCount: row.enterprise_count,
      projectKinds: row.project_kinds,
    },
    nameEn: row.name_en,
    nameZh: row.name_zh,
    country: row.country,
  };
}

function projectOf(row: ProjectRow): MatchableProject {
  return {
    match: {
      id: row.id,
      organizationId: row.organization_id,
      kind: row.kind,
      sectors: row.sectors,
      country: row.country,
      sizeUsd: row.size_usd,
      publishedAt: row.published_at,
    },
    status: row.status,
    titleEn: row.title_en,
    titleZh: row.title_zh,
    owner: { id: row.organization_id, nameEn: row.owner_name_en, nameZh: row.owner_name_zh },
  };
}

/** The SQL of matches: the few published figures of the organizations that could fit, pre-filtered by sector and country. */
@Injectable()
export class CooperationMatchesQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A project of `organizationId` (its owner), in any status; null when it is not that organization's. */
  async ownProject(
    projectId: string,
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MatchableProject | null> {
    const rows = (await manager.query(
      `SELECT ${PROJECT_COLUMNS} FROM cooperation_projects cp JOIN organizations o ON o.id = cp.organization_id
        WHERE cp.id = $1 AND cp.organization_id = $2`,
      [projectId, organizationId],
    )) as ProjectRow[];
    return rows[0] ? projectOf(rows[0]) : null;
  }

  /** A project in any status (the digest of a project being published). */
  async project(projectId: string, manager: EntityManager): Promise<MatchableProject | null> {
    const rows = (await manager.query(
      `SELECT ${PROJECT_COLUMNS} FROM cooperation_projects cp JOIN organizations o ON o.id = cp.organization_id
        WHERE cp.id = $1`,
      [projectId],
    )) as ProjectRow[];
    return rows[0] ? projectOf(rows[0]) : null;
  }

  /** A published project of an active member that members read (open or in talks); null otherwise. */
  async publishedProject(projectId: string, manager: EntityManager = this.dataSource.manager) {
    const rows = (await manager.query(
      `SELECT ${PROJECT_COLUMNS} FROM cooperation_projects cp JOIN organizations o ON o.id = cp.organization_id
        WHERE cp.id = $1 AND cp.status IN ('open', 'in_talks') AND o.status = 'active'`,
      [projectId],
    )) as ProjectRow[];
    return rows[0] ? projectOf(rows[0]) : null;
  }

  /**
   * The organizations that could be suggested for `project`: active members other than its owner
   * sharing a sector or a country with it (through a park or a published project of their own), but
   * those its owner dismissed for it and those that already expressed interest in it (in any status).
   */
  async candidatesFor(
    project: MatchProject,
    manager: EntityManager = this.dataSource.manager,
    limit: number | null = null,
  ): Promise<CandidateOrganization[]> {
    const size = wholeDollars(project.sizeUsd);
    const investment = `COALESCE(${WHOLE('pk.investment')}, 0)`;
    const estimate = ESTIMATE(
      `(SELECT count(*) FROM unnest($2::text[]) AS s(sector) WHERE s.sector = ANY(COALESCE(sx.sectors, '{}')))::numeric / greatest(cardinality($2::text[]), 1)`,
      `(CASE WHEN $3::bpchar::text = ANY(COALESCE(pk.countries, '{}')) THEN ${W.country}
             WHEN $3::bpchar::text = ANY(COALESCE(pj.countries, '{}')) THEN ${W.country * 0.6} ELSE 0 END)`,
      `(CASE WHEN $5::numeric IS NOT NULL AND ${investment} > 0 AND $5::numeric <= ${investment} THEN ${W.size}
             WHEN $5::numeric IS NOT NULL AND ${investment} > 0 AND $5::numeric <= ${investment} * 3 THEN ${W.size / 2}
             WHEN $6::text IN ${CAPACITY_KINDS} AND COALESCE(pk.enterprise_count, 0) >= ${MATCH_ENTERPRISES_CAPACITY}
             THEN ${W.size / 2} ELSE 0 END)`,
      `(CASE WHEN $6::text = 'seeking_investment'
             THEN c.type = 'financial_institution' OR (c.type = 'park_operator' AND ${investment} > 0)
             ELSE COALESCE(pj.kinds, '{}') && $7::text[] END)`,
    );
    // The figures are aggregated once over the candidates' parks and projects (set-based; a lateral
    // per candidate costs several times more when many organizations share a sector).
    const rows = (await manager.query(
      `WITH near AS (
         SELECT p.organization_id AS id FROM parks p WHERE p.sectors && $2::text[]
         UNION SELECT p.organization_id FROM parks p WHERE p.country = $3
         UNION SELECT cp.organization_id FROM cooperation_projects cp
                WHERE cp.status IN ('open', 'in_talks') AND cp.sectors && $2::text[]
         UNION SELECT cp.organization_id FROM cooperation_projects cp
                WHERE cp.status IN ('open', 'in_talks') AND cp.country = $3),
       candidates AS (
         SELECT o.id, o.type, o.name_en, o.name_zh, o.country FROM near JOIN organizations o ON o.id = near.id
          WHERE ${MATCHABLE} AND o.id <> $4
            AND NOT EXISTS (SELECT 1 FROM match_dismissals d
                             WHERE d.organization_id = $4 AND d.project_id = $1 AND d.suggested_organization_id = o.id)
            AND NOT EXISTS (SELECT 1 FROM expressions_of_interest e WHERE e.project_id = $1 AND e.organization_id = o.id)),
       pk AS (
         SELECT p.organization_id AS id, array_agg(DISTINCT p.country::text) AS countries,
                SUM(p.investment_usd) AS investment, SUM(p.investment_usd)::text AS investment_usd,
                COALESCE(SUM(p.enterprise_count), 0)::int AS enterprise_count
           FROM parks p WHERE p.organization_id IN (SELECT id FROM candidates) GROUP BY p.organization_id),
       pj AS (
         SELECT cp.organization_id AS id, array_agg(DISTINCT cp.country::text) AS countries,
                COALESCE(array_agg(DISTINCT cp.kind::text) FILTER (WHERE cp.status = 'open'), '{}') AS kinds
           FROM cooperation_projects cp
          WHERE cp.status IN ('open', 'in_talks') AND cp.organization_id IN (SELECT id FROM candidates)
          GROUP BY cp.organization_id),
       sx AS (
         SELECT s.id, array_agg(DISTINCT s.sector) AS sectors
           FROM (SELECT p.organization_id AS id, unnest(p.sectors) AS sector FROM parks p
                  WHERE p.organization_id IN (SELECT id FROM candidates)
                 UNION ALL
                 SELECT cp.organization_id, unnest(cp.sectors) FROM cooperation_projects cp
                  WHERE cp.status IN ('open', 'in_talks') AND cp.organization_id IN (SELECT id FROM candidates)) s
          GROUP BY s.id)
       SELECT c.id, c.type::text AS type, c.name_en, c.name_zh, c.country::text AS country,
              COALESCE(pk.countries, '{}') AS park_countries, COALESCE(pj.countries, '{}') AS project_countries,
              COALESCE(sx.sectors, '{}') AS sectors, pk.investment_usd, COALESCE(pk.enterprise_count, 0) AS enterprise_count,
              COALESCE(pj.kinds, '{}') AS project_kinds
         FROM candidates c LEFT JOIN pk ON pk.id = c.id LEFT JOIN pj ON pj.id = c.id LEFT JOIN sx ON sx.id = c.id
        ${limit === null ? '' : `ORDER BY round(${estimate}) DESC, c.id LIMIT ${Math.trunc(limit)}`}`,
      [
        project.id,
        project.sectors,
        project.country,
        project.organizationId,
        ...(limit === null ? [] : [size, project.kind, COMPLEMENTARY_PROJECT_KINDS[project.kind]]),
      ],
    )) as OrganizationRow[];
    return rows.map(candidateOf);
  }

  /** One organization's figures, if it is an active member (not the secretariat); null otherwise. */
  async organization(
    organizationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CandidateOrganization | null> {
    const rows = (await manager.query(
      `SELECT ${FIGURE_COLUMNS} FROM organizations o ${FIGURES} WHERE o.id = $1 AND ${MATCHABLE}`,
      [organizationId],
    )) as OrganizationRow[];
    return rows[0] ? candidateOf(rows[0]) : null;
  }

  /**
   * Open projects of other active members sharing a sector or a country with `org`'s figures, but
   * those it dismissed and those it already expressed interest in. Members read every open project
   * (members-only and public alike).
   */
  async projectsFor(
    org: MatchOrganization,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MatchableProject[]> {
    const countries = [...new Set([...org.parkCountries, ...org.projectCountries])];
    if (org.sectors.length === 0 && countries.length === 0) return [];
    const investment = wholeDollars(org.parkInvestmentUsd);
    const estimate = ESTIMATE(
      `(SELECT count(*) FROM unnest(cp.sectors) AS s(sector) WHERE s.sector = ANY($2::text[]))::numeric / greatest(cardinality(cp.sectors), 1)`,
      `(CASE WHEN cp.country::text = ANY($4::text[]) THEN ${W.country}
             WHEN cp.country::text = ANY($5::text[]) THEN ${W.country * 0.6} ELSE 0 END)`,
      `(CASE WHEN cp.size_usd IS NOT NULL AND $6::numeric > 0 AND ${WHOLE('cp.size_usd')} <= $6::numeric THEN ${W.size}
             WHEN cp.size_usd IS NOT NULL AND $6::numeric > 0 AND ${WHOLE('cp.size_usd')} <= $6::numeric * 3 THEN ${W.size / 2}
             WHEN cp.kind::text IN ${CAPACITY_KINDS} AND $7::int >= ${MATCH_ENTERPRISES_CAPACITY} THEN ${W.size / 2}
             ELSE 0 END)`,
      `cp.kind::text = ANY($8::text[])`,
      `(CASE WHEN cp.published_at IS NULL THEN 0
             ELSE ${W.recency} * greatest(0, least(1, (${MATCH_RECENCY_MAX_DAYS} - greatest(floor(extract(epoch FROM now() - cp.published_at) / 86400), 0))::numeric
                  / ${MATCH_RECENCY_MAX_DAYS - MATCH_RECENCY_FULL_DAYS})) END)`,
    );
    const rows = (await manager.query(
      `SELECT ${PROJECT_COLUMNS}
         FROM cooperation_projects cp JOIN organizations o ON o.id = cp.organization_id
        WHERE cp.status = 'open' AND cp.organization_id <> $1 AND o.status = 'active'
          AND (cp.sectors && $2::text[] OR cp.country = ANY($3::bpchar[]))
          AND NOT EXISTS (SELECT 1 FROM match_dismissals d
                           WHERE d.organization_id = $1 AND d.project_id = cp.id AND d.suggested_organization_id = $1)
          AND NOT EXISTS (SELECT 1 FROM expressions_of_interest e WHERE e.project_id = cp.id AND e.organization_id = $1)
        ORDER BY round(${estimate}) DESC, cp.id LIMIT ${Math.trunc(limit)}`,
      [
        org.id,
        org.sectors,
        countries,
        org.parkCountries,
        org.projectCountries,
        investment,
        org.enterpriseCount,
        kindsFitting(org),
      ],
    )) as ProjectRow[];
    return rows.map(projectOf);
  }

  /**
   * The organization's figures and preselected candidates as cached, if read from the data as it is
   * now (their version is the counter's, which every change to the tables they are read from raises)
   * and within the hour (the estimate weighs each project's age in days), in one statement.
   */
  async cachedCandidates(organizationId: string): Promise<OrganizationCandidates | null> {
    const [row] = (await this.dataSource.query(
      `SELECT c.organization, c.projects FROM match_candidates c JOIN match_version v ON v.id = 1 AND v.n = c.version
        WHERE c.organization_id = $1 AND c.computed_at > now() - interval '${CANDIDATES_CACHED_MINUTES} minutes'`,
      [organizationId],
    )) as OrganizationCandidates[];
    return row ?? null;
  }

  /**
   * Reads the organization's figures and its `limit` best candidates by the estimate, and caches them:
   * the counter and the data in one snapshot, so the list is stamped with the version it was read from;
   * written after that snapshot, never over a list read from newer data.
   */
  async computeCandidates(organizationId: string, limit: number): Promise<OrganizationCandidates> {
    const { version, candidates } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [row] = (await manager.query(`SELECT n::text AS n FROM match_version WHERE id = 1`)) as { n: string }[];
      const org = await this.organization(organizationId, manager);
      const projects = org ? await this.projectsFor(org.figures, limit, manager) : [];
      return { version: row.n, candidates: { organization: org, projects } };
    });
    // The organization may be gone meanwhile (the reference refuses the row): the list is answered all the same.
    await this.dataSource.query(
      `INSERT INTO match_candidates (organization_id, version, organization, projects)
       SELECT $1, $2::bigint, $3::jsonb, $4::jsonb WHERE EXISTS (SELECT 1 FROM organizations WHERE id = $1)
       ON CONFLICT (organization_id) DO UPDATE
         SET version = EXCLUDED.version, organization = EXCLUDED.organization, projects = EXCLUDED.projects,
             computed_at = now()
       WHERE match_candidates.version <= EXCLUDED.version`,
      [organizationId, version, JSON.stringify(candidates.organization), JSON.stringify(candidates.projects)],
    );
    return candidates;
  }

  /** Stores a dismissal once (the unique index keeps a second one out); true when it was new. */
  async dismiss(
    manager: EntityManager,
    dismissal: { organizationId: string; projectId: string; suggestedOrganizationId: string; userId: string },
  ): Promise<string | null> {
    const rows = (await manager.query(
      `INSERT INTO match_dismissals (organization_id, project_id, suggested_organization_id, dismissed_by_user_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, project_id, suggested_organization_id) DO NOTHING
       RETURNING id`,
      [dismissal.organizationId, dismissal.projectId, dismissal.suggestedOrganizationId, dismissal.userId],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** Which of `organizationIds` were already told of a match with the project (a project is published once, but a second call tells nobody twice). */
  async alreadySuggested(manager: EntityManager, projectId: string, organizationIds: string[]): Promise<Set<string>> {
    if (organizationIds.length === 0) return new Set();
    const rows = (await manager.query(
      `SELECT DISTINCT u.organization_id FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.type = 'match_suggested' AND n.record_id = $1 AND u.organization_id = ANY($2::uuid[])`,
      [projectId, organizationIds],
    )) as { organization_id: string }[];
    return new Set(rows.map((r) => r.organization_id));
  }
}
