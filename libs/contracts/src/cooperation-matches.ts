import type { CooperationProjectKind } from './cooperation';
import type { Locale, OrganizationType } from './enums';
import { SECTOR_LABELS, type Sector } from './sectors';

/**
 * Matches of the investment cooperation platform: which member organizations a project's owner
 * should approach, and which open projects an organization should look at. Pure functions, so the
 * ranking is tested without a database: the API reads the few figures below in SQL (never a
 * financing request, which is private to its requester and the institutions) and scores them here.
 */

/** Points each signal gives at most; a score is their sum, 0–100. */
export const MATCH_WEIGHTS = {
  sector: 35,
  country: 25,
  size: 15,
  kind: 15,
  recency: 10,
} as const;

/** Below this a suggestion is not shown. */
export const MATCH_MIN_SCORE = 25;
/** At or above this a new match goes into the notification digest of the organization's users. */
export const MATCH_DIGEST_THRESHOLD = 60;
/** Most suggestions in one list. */
export const MATCH_LIST_LIMIT = 20;
/** A project published within this many days scores full recency; none after `MATCH_RECENCY_MAX_DAYS`. */
export const MATCH_RECENCY_FULL_DAYS = 30;
export const MATCH_RECENCY_MAX_DAYS = 180;
/** An organization hosting at least this many enterprises counts as having capacity. */
export const MATCH_ENTERPRISES_CAPACITY = 10;

/** A project as matching sees it. */
export interface MatchProject {
  id: string;
  organizationId: string;
  kind: CooperationProjectKind;
  sectors: Sector[];
  country: string;
  /** USD, exact decimal string, or null. */
  sizeUsd: string | null;
  publishedAt: string | Date | null;
}

/** An organization as matching sees it: only what the directory publishes about it. */
export interface MatchOrganization {
  id: string;
  type: OrganizationType;
  /** Countries where it runs a park. */
  parkCountries: string[];
  /** Countries of its own open (or in-talks) projects. */
  projectCountries: string[];
  /** Sectors of its parks and of its open projects. */
  sectors: Sector[];
  /** Sum of its parks' published investment, USD exact decimal string (null: none published). */
  parkInvestmentUsd: string | null;
  /** Enterprises hosted in its parks. */
  enterpriseCount: number;
  /** Kinds of its own open projects. */
  projectKinds: CooperationProjectKind[];
}

export type MatchReason =
  | { code: 'same_sector'; sectors: Sector[] }
  | { code: 'park_in_country'; country: string }
  | { code: 'project_in_country'; country: string }
  | { code: 'size_within_investments' }
  | { code: 'size_near_investments' }
  | { code: 'hosts_enterprises'; count: number }
  | { code: 'complementary_kind'; kind: CooperationProjectKind; counterpart: OrganizationType | CooperationProjectKind }
  | { code: 'recent'; days: number };
export type MatchReasonCode = MatchReason['code'];

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/** Whole dollars of an exact decimal string (cents do not change a fit). */
function dollars(value: string | null): bigint | null {
  if (value === null || !/^\d+(\.\d+)?$/.test(value)) return null;
  return BigInt(value.split('.')[0]);
}

function daysBetween(from: string | Date, to: Date): number {
  return Math.floor((to.getTime() - new Date(from).getTime()) / 86_400_000);
}

/** The kinds of project that complement a project of `kind` (capacity meets demand, and back). */
export const COMPLEMENTARY_PROJECT_KINDS: Record<CooperationProjectKind, CooperationProjectKind[]> = {
  seeking_investment: [],
  seeking_partner: ['offering_capacity'],
  offering_capacity: ['seeking_partner', 'procurement'],
  procurement: ['offering_capacity'],
};

function kindReason(project: MatchProject, org: MatchOrganization): MatchReason | null {
  if (project.kind === 'seeking_investment') {
    // Investors: the financial institutions, and park operators with capital of their own.
    if (org.type === 'financial_institution')
      return { code: 'complementary_kind', kind: project.kind, counterpart: org.type };
    if (org.type === 'park_operator' && (dollars(org.parkInvestmentUsd) ?? 0n) > 0n)
      return { code: 'complementary_kind', kind: project.kind, counterpart: org.type };
    return null;
  }
  const counterpart = COMPLEMENTARY_PROJECT_KINDS[project.kind].find((kind) => org.projectKinds.includes(kind));
  return counterpart ? { code: 'complementary_kind', kind: project.kind, counterpart } : null;
}

/**
 * How well `org` fits `project`, with its reasons in the order a reader weighs them. A suggestion
 * needs a shared sector or a presence in the project's country: figures alone are not a reason to meet.
 */
export function scoreMatch(project: MatchProject, org: MatchOrganization, now: Date = new Date()): MatchScore {
  const reasons: MatchReason[] = [];
  let score = 0;

  const shared = project.sectors.filter((sector) => org.sectors.includes(sector));
  if (shared.length > 0) {
    score += (MATCH_WEIGHTS.sector * shared.length) / Math.max(project.sectors.length, 1);
    reasons.push({ code: 'same_sector', sectors: shared });
  }
  if (org.parkCountries.includes(project.country)) {
    score += MATCH_WEIGHTS.country;
    reasons.push({ code: 'park_in_country', country: project.country });
  } else if (org.projectCountries.includes(project.country)) {
    score += MATCH_WEIGHTS.country * 0.6;
    reasons.push({ code: 'project_in_country', country: project.country });
  }
  if (reasons.length === 0) return { score: 0, reasons: [] };

  const size = dollars(project.sizeUsd);
  const invested = dollars(org.parkInvestmentUsd);
  if (size !== null && invested !== null && invested > 0n && size <= invested) {
    score += MATCH_WEIGHTS.size;
    reasons.push({ code: 'size_within_investments' });
  } else if (size !== null && invested !== null && invested > 0n && size <= invested * 3n) {
    score += MATCH_WEIGHTS.size / 2;
    reasons.push({ code: 'size_near_investments' });
  } else if (
    (project.kind === 'offering_capacity' || project.kind === 'procurement' || project.kind === 'seeking_partner') &&
    org.enterpriseCount >= MATCH_ENTERPRISES_CAPACITY
  ) {
    score += MATCH_WEIGHTS.size / 2;
    reasons.push({ code: 'hosts_enterprises', count: org.enterpriseCount });
  }

  const kind = kindReason(project, org);
  if (kind) {
    score += MATCH_WEIGHTS.kind;
    reasons.push(kind);
  }

  if (project.publishedAt) {
    const days = Math.max(daysBetween(project.publishedAt, now), 0);
    const recency =
      days <= MATCH_RECENCY_FULL_DAYS
        ? 1
        : Math.max(0, (MATCH_RECENCY_MAX_DAYS - days) / (MATCH_RECENCY_MAX_DAYS - MATCH_RECENCY_FULL_DAYS));
    if (recency > 0) {
      score += MATCH_WEIGHTS.recency * recency;
      if (days <= MATCH_RECENCY_FULL_DAYS) reasons.push({ code: 'recent', days });
    }
  }
  return { score: Math.round(score), reasons };
}

export interface RankedOrganization {
  organizationId: string;
  score: number;
  reasons: MatchReason[];
}

export interface RankedProject {
  projectId: string;
  score: number;
  reasons: MatchReason[];
}

/** Organizations to approach for `project`, best first (ties by id, so the order is stable). */
export function rankOrganizations(
  project: MatchProject,
  orgs: MatchOrganization[],
  now: Date = new Date(),
  limit: number = MATCH_LIST_LIMIT,
): RankedOrganization[] {
  return orgs
    .filter((org) => org.id !== project.organizationId)
    .map((org) => ({ organizationId: org.id, ...scoreMatch(project, org, now) }))
    .filter((match) => match.score >= MATCH_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.organizationId.localeCompare(b.organizationId))
    .slice(0, limit);
}

/** Open projects for `org`, best first (ties by id). */
export function rankProjects(
  org: MatchOrganization,
  projects: MatchProject[],
  now: Date = new Date(),
  limit: number = MATCH_LIST_LIMIT,
): RankedProject[] {
  return projects
    .filter((project) => project.organizationId !== org.id)
    .map((project) => ({ projectId: project.id, ...scoreMatch(project, org, now) }))
    .filter((match) => match.score >= MATCH_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.projectId.localeCompare(b.projectId))
    .slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Explanations, in the reader's language (the web and the digest e-mail say the same words)

const ORGANIZATION_TYPE_NAMES: Record<OrganizationType, Record<Locale, string>> = {
  park_operator: { en: 'a park operator', zh: '园区运营方' },
  financial_institution: { en: 'a financial institution', zh: '金融机构' },
  service_provider: { en: 'a service provider', zh: '服务机构' },
  research_institute: { en: 'a research institute', zh: '研究机构' },
  government_agency: { en: 'a government agency', zh: '政府机构' },
  secretariat: { en: 'the secretariat', zh: '秘书处' },
};

const PROJECT_KIND_NAMES: Record<CooperationProjectKind, Record<Locale, string>> = {
  seeking_investment: { en: 'seeks investment', zh: '寻求投资' },
  seeking_partner: { en: 'seeks a partner', zh: '寻求合作伙伴' },
  offering_capacity: { en: 'offers capacity', zh: '提供产能' },
  procurement: { en: 'seeks suppliers', zh: '寻求供应商' },
};

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One reason in the reader's language, addressed to the organization being matched
 * ("you run a park in Cambodia"; for the owner's list the web prefixes the organization's name).
 */
export function matchReasonText(reason: MatchReason, locale: Locale): string {
  const zh = locale === 'zh';
  switch (reason.code) {
    case 'same_sector': {
      const names = reason.sectors.map((sector) => SECTOR_LABELS[sector][locale]);
      return zh ? `相同行业：${names.join('、')}` : `same sector: ${names.join(', ').toLowerCase()}`;
    }
    case 'park_in_country':
      return zh
        ? `在${countryName(reason.country, locale)}运营园区`
        : `runs a park in ${countryName(reason.country, locale)}`;
    case 'project_in_country':
      return zh
        ? `在${countryName(reason.country, locale)}有合作项目`
        : `has projects in ${countryName(reason.country, locale)}`;
    case 'size_within_investments':
      return zh ? '规模在其园区已有投资之内' : 'size within its parks’ past investments';
    case 'size_near_investments':
      return zh ? '规模接近其园区已有投资' : 'size close to its parks’ past investments';
    case 'hosts_enterprises':
      return zh ? `园区入驻企业 ${reason.count} 家` : `hosts ${reason.count} enterprises in its parks`;
    case 'complementary_kind': {
      const project = PROJECT_KIND_NAMES[reason.kind][locale];
      if (reason.counterpart in ORGANIZATION_TYPE_NAMES) {
        const type = ORGANIZATION_TYPE_NAMES[reason.counterpart as OrganizationType][locale];
        return zh ? `项目${project}，对方为${type}` : `the project ${project}; it is ${type}`;
      }
      const own = PROJECT_KIND_NAMES[reason.counterpart as CooperationProjectKind][locale];
      return zh ? `项目${project}，对方有${own}的项目` : `the project ${project}; it has a project that ${own}`;
    }
    case 'recent':
      if (reason.days === 0) return zh ? '今天发布' : 'published today';
      if (reason.days === 1) return zh ? '昨天发布' : 'published yesterday';
      return zh ? `${reason.days} 天前发布` : `published ${reason.days} days ago`;
  }
}

/** All reasons as one sentence: "same sector: textiles; runs a park in Cambodia". */
export function matchExplanation(reasons: MatchReason[], locale: Locale): string {
  return reasons.map((reason) => matchReasonText(reason, locale)).join(locale === 'zh' ? '；' : '; ');
}

// ---------------------------------------------------------------------------------------------
// Response types

export interface OrganizationMatchDto {
  organization: {
    id: string;
    nameEn: string | null;
    nameZh: string | null;
    type: OrganizationType;
    country: string | null;
  };
  score: number;
  reasons: MatchReason[];
  /** The reasons as one sentence in the reader's language. */
  explanation: string;
}

export interface ProjectMatchDto {
  project: {
    id: string;
    kind: CooperationProjectKind;
    titleEn: string | null;
    titleZh: string | null;
    country: string;
    sectors: Sector[];
    sizeUsd: string | null;
    organization: { id: string; nameEn: string | null; nameZh: string | null };
  };
  score: number;
  reasons: MatchReason[];
  explanation: string;
}

/** Dismisses a suggestion for the reader's organization: a project (in its list) or an organization (in a project's list). */
export interface MatchDismissRequest {
  projectId: string;
  /** For a project owner's list: the organization to stop suggesting. Absent: the project, for the reader's organization. */
  organizationId?: string;
}
