/**
 * The alliance's results: what its four platforms achieved over a date range, as plain,
 * language-independent figures (codes, not labels), for the secretariat's charts, their CSV files
 * and the annual report; and the public selection of live totals shown on the home page.
 */
import type { Bilingual } from './csv';
import type { MembershipStatus, OrganizationType } from './enums';
import type { CurrencyCode } from './currencies';
import type { DealStage } from './cooperation';
import type { FinancingInstrument } from './financing';
import type { MemberIssueCategory } from './member-issues';
import type { PostKind } from './posts';

/** The day the alliance was founded (September 2020): where the default range starts. */
export const ALLIANCE_FOUNDED_ON = '2020-09-01';
/** The longest range asked for at once, in years. */
export const RESULTS_MAX_YEARS = 20;

/** A range of days, both ends included, in the alliance's time zone (`YYYY-MM-DD`). */
export interface ResultsRange {
  from?: string;
  to?: string;
}

/** A range with both ends known (the default filled in). */
export interface ResolvedResultsRange {
  from: string;
  to: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** What is wrong with a range, one entry per field (empty: it is fine). Both sides check with this. */
export function resultsRangeProblems(
  range: ResultsRange,
): { field: 'from' | 'to'; constraint: string; message: string }[] {
  const problems: { field: 'from' | 'to'; constraint: string; message: string }[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = range[field];
    if (value !== undefined && !isIsoDay(value))
      problems.push({ field, constraint: 'isIsoDay', message: `${field} must be a date such as 2024-12-31` });
  }
  if (problems.length || !range.from || !range.to) return problems;
  if (range.from > range.to)
    return [{ field: 'to', constraint: 'rangeOrder', message: 'to must be the same day as from or later' }];
  const limit = `${String(Number(range.from.slice(0, 4)) + RESULTS_MAX_YEARS).padStart(4, '0')}${range.from.slice(4)}`;
  if (range.to >= limit)
    problems.push({
      field: 'to',
      constraint: 'rangeLength',
      message: `the range may cover at most ${RESULTS_MAX_YEARS} years`,
    });
  return problems;
}

/**
 * Both ends of a range: `from` defaults to the alliance's founding (or `to` minus a year when `to` is
 * earlier), `to` to `today` (or `from` plus a year when `from` is later).
 */
export function resolveResultsRange(range: ResultsRange, today: string): ResolvedResultsRange {
  const yearFrom = (day: string, years: number) =>
    `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
  const to = range.to ?? (range.from && range.from > today ? yearFrom(range.from, 1) : today);
  const from = range.from ?? (to < ALLIANCE_FOUNDED_ON ? yearFrom(to, -1) : ALLIANCE_FOUNDED_ON);
  return { from, to };
}

/** The periods of a range: months `YYYY-MM` and quarters `YYYY-Qn`, every one the range touches, in order. */
export function periodsOf(range: ResolvedResultsRange, unit: 'month' | 'quarter'): string[] {
  const periods: string[] = [];
  let y = Number(range.from.slice(0, 4));
  let m = Number(range.from.slice(5, 7));
  const endY = Number(range.to.slice(0, 4));
  const endM = Number(range.to.slice(5, 7));
  if (unit === 'quarter') m = Math.floor((m - 1) / 3) * 3 + 1;
  while (y < endY || (y === endY && m <= endM)) {
    periods.push(unit === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${Math.floor((m - 1) / 3) + 1}`);
    m += unit === 'month' ? 1 : 3;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return periods;
}

// ---------------------------------------------------------------------------------------------
// The results

/** Member organizations of a type in a status at the end of a quarter (the range's last day for the last one). */
export interface MembersPointDto {
  period: string;
  type: OrganizationType;
  status: Exclude<MembershipStatus, 'applicant'>;
  count: number;
}

/** The parks of active members in a host country today (park figures have no history). */
export interface HostCountryResultDto {
  country: string;
  parks: number;
  enterprises: number;
  /** Exact decimal, USD. */
  investmentUsd: string;
  localJobs: number;
}

/** Posts published in a month, by kind (removed ones left out). */
export interface PostsPointDto {
  period: string;
  kind: PostKind;
  count: number;
}

/** Financing per quarter: asked = submitted in the quarter (request amounts); accepted = offers accepted in it. */
export interface FinancingPointDto {
  period: string;
  instrument: FinancingInstrument;
  currency: CurrencyCode;
  askedCount: number;
  /** Exact decimal. */
  askedAmount: string;
  acceptedCount: number;
  /** Exact decimal: the accepted offers' amounts. */
  acceptedAmount: string;
}

/** Of the requests submitted in the range, per instrument: how many got an offer, and how soon. */
export interface FinancingOffersRowDto {
  instrument: FinancingInstrument;
  requests: number;
  withOffer: number;
  /** withOffer ÷ requests, 0–1, three decimals; null without requests. */
  shareWithOffer: number | null;
  /** Median days from submission to the first released offer, one decimal. */
  medianDaysToFirstOffer: number | null;
}

/** Deals opened in the range, by the stage they are at, with the investment recorded on them. */
export interface DealsRowDto {
  stage: DealStage;
  count: number;
  /** Exact decimal, USD. */
  investedUsd: string;
}

/** Service requests made in the range under one agreement. */
export interface ServicesRowDto {
  agreementId: string;
  titleEn: string | null;
  titleZh: string | null;
  requests: number;
  delivered: number;
  averageRating: number | null;
  ratings: number;
}

/**
 * Service requests made in the range under every agreement together. The results' answer lists the
 * RESULTS_TOP_AGREEMENTS agreements with the most requests (`services`); these totals count them all.
 */
export interface ServicesOverallDto {
  /** Agreements with at least one request in the range. */
  agreements: number;
  requests: number;
  delivered: number;
  averageRating: number | null;
  ratings: number;
}

/** How many agreements the results' answer lists in `services` (most requests first); the CSV and the annual report list every one. */
export const RESULTS_TOP_AGREEMENTS = 20;

/** Endorsements per quarter: signed, withdrawn, and the signatories standing at its end (all initiatives). */
export interface SignatoriesPointDto {
  period: string;
  signed: number;
  withdrawn: number;
  standing: number;
}

/** Risk alerts issued in a quarter, and the acknowledgements organizations gave in it. */
export interface AlertsPointDto {
  period: string;
  issued: number;
  acknowledged: number;
}

/** Issue cases opened in the range, per category: how many were answered, and how soon. */
export interface IssueCasesRowDto {
  category: MemberIssueCategory;
  cases: number;
  answered: number;
  /** Median days from opening to the answer, one decimal. */
  medianDaysToAnswer: number | null;
}

export interface ResultsDto {
  range: ResolvedResultsRange;
  members: MembersPointDto[];
  hostCountries: HostCountryResultDto[];
  posts: PostsPointDto[];
  financing: FinancingPointDto[];
  financingOffers: FinancingOffersRowDto[];
  deals: DealsRowDto[];
  /** The agreements with the most requests in the range, at most RESULTS_TOP_AGREEMENTS of them. */
  services: ServicesRowDto[];
  /** Every agreement's requests in the range together. */
  servicesOverall: ServicesOverallDto;
  signatories: SignatoriesPointDto[];
  alerts: AlertsPointDto[];
  issueCases: IssueCasesRowDto[];
}

/** The sections of the results, each a chart with its table and CSV file. */
export const RESULTS_SECTIONS = [
  'members',
  'hostCountries',
  'posts',
  'financing',
  'financingOffers',
  'deals',
  'services',
  'signatories',
  'alerts',
  'issueCases',
] as const satisfies readonly Exclude<keyof ResultsDto, 'range'>[];
export type ResultsSection = (typeof RESULTS_SECTIONS)[number];

/** The public selection: live totals anyone may read (active members and their parks). */
export interface PublicResultsDto {
  members: number;
  parks: number;
  hostCountries: number;
  enterprises: number;
  /** Exact decimal, USD. */
  investmentUsd: string;
  localJobs: number;
}

export const POST_KIND_LABELS: Record<PostKind, Bilingual> = {
  news: { en: 'News', zh: '新闻' },
  announcement: { en: 'Announcement', zh: '公告' },
  opportunity: { en: 'Opportunity', zh: '机会' },
  demand: { en: 'Demand', zh: '需求' },
  event: { en: 'Event', zh: '活动' },
};
