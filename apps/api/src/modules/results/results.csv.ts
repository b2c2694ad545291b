import {
  FINANCING_INSTRUMENT_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
  POST_KIND_LABELS,
  csvLabel,
  type Bilingual,
  type Locale,
  type ResultsDto,
  type ResultsSection,
} from '@alliance/contracts';
import { csvText } from '../../common/csv/csv';
import { DEAL_STAGE_LABELS } from '../cooperation/deals/deals.csv';
import { MEMBER_ISSUE_CATEGORY_LABELS } from '../member-issues/issue-cases.csv';

/** One CSV file per section: its columns (headers in both languages) and a line per row of the section. */
interface SectionCsv<S extends ResultsSection> {
  stem: string;
  headers: Bilingual[];
  rows: (rows: ResultsDto[S], locale: Locale) => unknown[][];
}

const h = (en: string, zh: string): Bilingual => ({ en, zh });

const QUARTER = h('Quarter', '季度');

export const RESULTS_CSV: { [S in ResultsSection]: SectionCsv<S> } = {
  members: {
    stem: 'results-members',
    headers: [QUARTER, h('Type', '类型'), h('Status', '状态'), h('Organizations', '单位数')],
    rows: (rows, locale) =>
      rows.map((r) => [
        r.period,
        csvLabel(ORGANIZATION_TYPE_LABELS, r.type, locale),
        csvLabel(MEMBERSHIP_STATUS_LABELS, r.status, locale),
        r.count,
      ]),
  },
  hostCountries: {
    stem: 'results-host-countries',
    headers: [
      h('Host country (ISO code)', '东道国（ISO 代码）'),
      h('Parks', '园区数'),
      h('Enterprises', '入园企业'),
      h('Investment (USD)', '投资额（美元）'),
      h('Local jobs', '当地就业'),
    ],
    rows: (rows) => rows.map((r) => [r.country, r.parks, r.enterprises, r.investmentUsd, r.localJobs]),
  },
  posts: {
    stem: 'results-posts',
    headers: [h('Month', '月份'), h('Kind', '类别'), h('Posts', '发布数')],
    rows: (rows, locale) => rows.map((r) => [r.period, csvLabel(POST_KIND_LABELS, r.kind, locale), r.count]),
  },
  financing: {
    stem: 'results-financing',
    headers: [
      QUARTER,
      h('Instrument', '融资方式'),
      h('Currency', '币种'),
      h('Requests submitted', '提交的申请'),
      h('Amount asked', '申请金额'),
      h('Offers accepted', '接受的报价'),
      h('Amount accepted', '接受金额'),
    ],
    rows: (rows, locale) =>
      rows.map((r) => [
        r.period,
        csvLabel(FINANCING_INSTRUMENT_LABELS, r.instrument, locale),
        r.currency,
        r.askedCount,
        r.askedAmount,
        r.acceptedCount,
        r.acceptedAmount,
      ]),
  },
  financingOffers: {
    stem: 'results-financing-offers',
    headers: [
      h('Instrument', '融资方式'),
      h('Requests submitted', '提交的申请'),
      h('With an offer', '获得报价'),
      h('Share with an offer', '获得报价比例'),
      h('Median days to first offer', '首个报价天数中位数'),
    ],
    rows: (rows, locale) =>
      rows.map((r) => [
        csvLabel(FINANCING_INSTRUMENT_LABELS, r.instrument, locale),
        r.requests,
        r.withOffer,
        r.shareWithOffer ?? '',
        r.medianDaysToFirstOffer ?? '',
      ]),
  },
  deals: {
    stem: 'results-deals',
    headers: [h('Stage', '阶段'), h('Deals', '合作数'), h('Invested (USD)', '投资额（美元）')],
    rows: (rows, locale) => rows.map((r) => [csvLabel(DEAL_STAGE_LABELS, r.stage, locale), r.count, r.investedUsd]),
  },
  services: {
    stem: 'results-services',
    headers: [
      h('Agreement (English)', '协议（英文）'),
      h('Agreement (Chinese)', '协议（中文）'),
      h('Requests', '申请数'),
      h('Delivered', '已交付'),
      h('Average rating', '平均评分'),
      h('Ratings', '评分数'),
    ],
    rows: (rows) =>
      rows.map((r) => [
        csvText(r.titleEn),
        csvText(r.titleZh),
        r.requests,
        r.delivered,
        r.averageRating ?? '',
        r.ratings,
      ]),
  },
  signatories: {
    stem: 'results-signatories',
    headers: [
      QUARTER,
      h('Endorsements signed', '新增联署'),
      h('Withdrawn', '撤回'),
      h('Standing at the end', '期末联署数'),
    ],
    rows: (rows) => rows.map((r) => [r.period, r.signed, r.withdrawn, r.standing]),
  },
  alerts: {
    stem: 'results-alerts',
    headers: [QUARTER, h('Alerts issued', '发布的预警'), h('Acknowledgements', '确认次数')],
    rows: (rows) => rows.map((r) => [r.period, r.issued, r.acknowledged]),
  },
  issueCases: {
    stem: 'results-issue-cases',
    headers: [
      h('Category', '类别'),
      h('Cases opened', '立案数'),
      h('Answered', '已答复'),
      h('Median days to answer', '答复天数中位数'),
    ],
    rows: (rows, locale) =>
      rows.map((r) => [
        csvLabel(MEMBER_ISSUE_CATEGORY_LABELS, r.category, locale),
        r.cases,
        r.answered,
        r.medianDaysToAnswer ?? '',
      ]),
  },
};
