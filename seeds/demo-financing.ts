import type {
  FinancingInstrument,
  FinancingRequestStatus,
  FinancingReviewStatus,
  NotificationType,
  Sector,
} from '@alliance/contracts';
import { ORG } from './demo-data';

/**
 * Financing requests of the demo parks in several states (sample data: the amounts and terms
 * are illustrative). Institutions and parks are the demo ones; users are the demo accounts.
 */
const USER = {
  operator: '00000000-0000-4000-8000-000000000102',
  operator2: '00000000-0000-4000-8000-000000000103',
  banker: '00000000-0000-4000-8000-000000000104',
  approver: '00000000-0000-4000-8000-000000000105',
  insurer: '00000000-0000-4000-8000-000000000106',
} as const;
const PARK = {
  uae: '00000000-0000-4000-8000-000000000201',
  ssez: '00000000-0000-4000-8000-000000000202',
  indonesia: '00000000-0000-4000-8000-000000000203',
} as const;

const requestId = (n: number) => `00000000-0000-4000-8000-0000000007${String(n).padStart(2, '0')}`;
const reviewId = (n: number) => `00000000-0000-4000-8000-0000000008${String(n).padStart(2, '0')}`;
const otherId = (n: number) => `00000000-0000-4000-8000-0000000009${String(n).padStart(2, '0')}`;
const at = (iso: string) => new Date(iso);

const SAMPLE_EN = '\n\nSample request: the figures are illustrative.';
const SAMPLE_ZH = '\n\n示例需求：数据仅作演示。';

interface DemoRequest {
  id: string;
  organizationId: string;
  parkId: string;
  createdByUserId: string | null;
  titleEn: string;
  titleZh: string;
  purposeEn: string;
  purposeZh: string;
  descriptionEn: string;
  descriptionZh: string;
  instrument: FinancingInstrument;
  amount: string;
  currency: string;
  tenorMonths: number;
  country: string;
  sector: Sector;
  audience: 'all' | 'named';
  institutionIds: string[];
  status: FinancingRequestStatus;
  revision: number;
  submittedAt: Date | null;
  withdrawReason?: string;
  acceptedReviewId?: string;
  decidedAt?: Date;
  createdAt: Date;
}

export const DEMO_FINANCING_REQUESTS: DemoRequest[] = [
  {
    id: requestId(1),
    organizationId: ORG.ssez,
    parkId: PARK.ssez,
    createdByUserId: USER.operator,
    titleEn: 'Loan for standard factory buildings, phase III',
    titleZh: '标准厂房三期建设贷款',
    purposeEn: 'Build 12 standard factory buildings (about 120,000 m²) for garment and electronics tenants.',
    purposeZh: '建设12栋标准厂房（约12万平方米），供纺织服装和电子企业入驻。',
    descriptionEn: `The zone's standard factories are fully let; enterprises waiting for space have asked for phase III. The loan finances construction; rents from signed pre-leases cover the repayment.${SAMPLE_EN}`,
    descriptionZh: `园区现有标准厂房已全部出租，多家待入驻企业希望尽快建设三期。贷款用于厂房建设，已签订的预租协议租金用于还款。${SAMPLE_ZH}`,
    instrument: 'loan',
    amount: '18500000.00',
    currency: 'USD',
    tenorMonths: 84,
    country: 'KH',
    sector: 'textiles_garments',
    audience: 'named',
    institutionIds: [ORG.bankOfJiangsu, ORG.sinosure],
    status: 'offer_received',
    revision: 1,
    submittedAt: at('2026-10-20T02:00:00Z'),
    createdAt: at('2026-10-16T08:00:00Z'),
  },
  {
    id: requestId(2),
    organizationId: ORG.jocic,
    parkId: PARK.uae,
    createdByUserId: null,
    titleEn: 'Export credit insurance for equipment shipped to the UAE zone',
    titleZh: '中阿（联酋）产能合作示范园设备出口信用保险',
    purposeEn:
      'Insure the export of production lines and building-materials equipment from Jiangsu to tenants of the zone.',
    purposeZh: '为江苏企业向示范园入园企业出口生产线和建材设备提供出口信用保险。',
    descriptionEn: `Shipments over 24 months under supply contracts with four tenants of the zone.${SAMPLE_EN}`,
    descriptionZh: `未来24个月内，根据与四家入园企业签订的供货合同分批发运。${SAMPLE_ZH}`,
    instrument: 'export_credit_insurance',
    amount: '6200000.00',
    currency: 'USD',
    tenorMonths: 24,
    country: 'AE',
    sector: 'machinery_equipment',
    audience: 'named',
    institutionIds: [ORG.sinosure],
    status: 'submitted',
    revision: 1,
    submittedAt: at('2026-11-16T03:00:00Z'),
    createdAt: at('2026-11-12T03:00:00Z'),
  },
  {
    id: requestId(3),
    organizationId: ORG.ssez,
    parkId: PARK.ssez,
    createdByUserId: USER.operator,
    titleEn: 'Working capital for the water treatment plant',
    titleZh: '污水处理厂流动资金',
    purposeEn: 'Working capital for the first year of the upgraded plant.',
    purposeZh: '用于升级后污水处理厂首年运营的流动资金。',
    descriptionEn: `Drafted, then withdrawn: the operator funds it from its own cash flow.${SAMPLE_EN}`,
    descriptionZh: `已起草后撤回：改由运营方自有资金解决。${SAMPLE_ZH}`,
    instrument: 'loan',
    amount: '1500000.00',
    currency: 'USD',
    tenorMonths: 12,
    country: 'KH',
    sector: 'energy_power',
    audience: 'all',
    institutionIds: [],
    status: 'withdrawn',
    revision: 0,
    submittedAt: null,
    withdrawReason: 'Funded from our own cash flow this year.',
    decidedAt: at('2026-11-02T06:00:00Z'),
    createdAt: at('2026-10-28T06:00:00Z'),
  },
  {
    id: requestId(4),
    organizationId: ORG.indonesia,
    parkId: PARK.indonesia,
    createdByUserId: USER.operator2,
    titleEn: 'Trade finance for imported steel for the park',
    titleZh: '园区进口钢材贸易融资',
    purposeEn: 'Letters of credit for steel imported for the park’s second-phase warehouses.',
    purposeZh: '为园区二期仓库建设进口钢材开立信用证。',
    descriptionEn: `Accepted offer; drawdowns as shipments arrive.${SAMPLE_EN}`,
    descriptionZh: `已接受报价，随到货分批提款。${SAMPLE_ZH}`,
    instrument: 'trade_finance',
    amount: '42000000.00',
    currency: 'CNY',
    tenorMonths: 12,
    country: 'ID',
    sector: 'steel_metals',
    audience: 'all',
    institutionIds: [],
    status: 'accepted',
    revision: 1,
    submittedAt: at('2026-09-01T02:00:00Z'),
    acceptedReviewId: reviewId(4),
    decidedAt: at('2026-09-25T02:00:00Z'),
    createdAt: at('2026-08-28T02:00:00Z'),
  },
];

interface DemoReview {
  id: string;
  requestId: string;
  organizationId: string;
  status: FinancingReviewStatus;
  seenRevision: number;
  openedAt: Date | null;
  decidedAt: Date | null;
  declineReason?: string;
  closeReason?: 'another_offer_accepted';
  createdAt: Date;
}

export const DEMO_FINANCING_REVIEWS: DemoReview[] = [
  {
    id: reviewId(1),
    requestId: requestId(1),
    organizationId: ORG.bankOfJiangsu,
    status: 'offer_made',
    seenRevision: 1,
    openedAt: at('2026-10-21T01:30:00Z'),
    decidedAt: at('2026-11-05T07:00:00Z'),
    createdAt: at('2026-10-20T02:00:00Z'),
  },
  {
    id: reviewId(2),
    requestId: requestId(1),
    organizationId: ORG.sinosure,
    status: 'info_requested',
    seenRevision: 1,
    openedAt: at('2026-10-22T02:00:00Z'),
    decidedAt: null,
    createdAt: at('2026-10-20T02:00:00Z'),
  },
  {
    id: reviewId(3),
    requestId: requestId(2),
    organizationId: ORG.sinosure,
    status: 'new',
    seenRevision: 0,
    openedAt: null,
    decidedAt: null,
    createdAt: at('2026-11-16T03:00:00Z'),
  },
  {
    id: reviewId(4),
    requestId: requestId(4),
    organizationId: ORG.bocJiangsu,
    status: 'accepted',
    seenRevision: 1,
    openedAt: at('2026-09-02T02:00:00Z'),
    decidedAt: at('2026-09-25T02:00:00Z'),
    createdAt: at('2026-09-01T02:00:00Z'),
  },
  {
    id: reviewId(5),
    requestId: requestId(4),
    organizationId: ORG.bankOfJiangsu,
    status: 'closed',
    seenRevision: 1,
    openedAt: at('2026-09-03T02:00:00Z'),
    decidedAt: at('2026-09-25T02:00:00Z'),
    closeReason: 'another_offer_accepted',
    createdAt: at('2026-09-01T02:00:00Z'),
  },
  {
    id: reviewId(6),
    requestId: requestId(4),
    organizationId: ORG.sinosure,
    status: 'declined',
    seenRevision: 1,
    openedAt: at('2026-09-02T05:00:00Z'),
    decidedAt: at('2026-09-08T05:00:00Z'),
    declineReason: 'Trade finance of imports is outside our cover.',
    createdAt: at('2026-09-01T02:00:00Z'),
  },
];

export const DEMO_FINANCING_REVISIONS = DEMO_FINANCING_REQUESTS.filter((r) => r.submittedAt).map((r, i) => ({
  id: otherId(i + 1),
  requestId: r.id,
  number: 1,
  changedFields: [],
  snapshot: { titleEn: r.titleEn, amount: r.amount, currency: r.currency },
  createdByUserId: r.createdByUserId,
  createdAt: r.submittedAt as Date,
}));

export const DEMO_FINANCING_DECLARATIONS = [
  {
    id: otherId(11),
    reviewId: reviewId(1),
    userId: USER.banker,
    conflict: false,
    createdAt: at('2026-10-21T01:30:00Z'),
  },
  {
    id: otherId(12),
    reviewId: reviewId(1),
    userId: USER.approver,
    conflict: false,
    createdAt: at('2026-11-05T06:50:00Z'),
  },
  {
    id: otherId(13),
    reviewId: reviewId(2),
    userId: USER.insurer,
    conflict: false,
    createdAt: at('2026-10-22T02:00:00Z'),
  },
];

export const DEMO_FINANCING_MESSAGES = [
  {
    id: otherId(21),
    reviewId: reviewId(2),
    authorUserId: USER.insurer,
    side: 'institution' as const,
    kind: 'question' as const,
    body: 'Please send the signed pre-lease agreements and the contractor’s performance bond, so we can size the cover for construction risk.',
    createdAt: at('2026-10-27T03:00:00Z'),
  },
];

export const DEMO_FINANCING_OFFERS = [
  {
    id: otherId(31),
    reviewId: reviewId(1),
    amount: '17000000.00',
    currency: 'USD',
    rateKind: 'interest' as const,
    ratePercent: '5.2000',
    fees: '0.5% arrangement fee',
    tenorMonths: 84,
    conditions:
      'Two-year grace period; security over the new buildings; pre-lease rents paid into an account with the bank.',
    validUntil: '2027-01-31',
    status: 'released' as const,
    preparedByUserId: USER.banker,
    preparedByUserIds: [USER.banker],
    requestRevision: 1,
    preparedAt: at('2026-11-03T08:00:00Z'),
    releasedByUserId: USER.approver,
    releasedAt: at('2026-11-05T07:00:00Z'),
  },
  {
    id: otherId(32),
    reviewId: reviewId(4),
    amount: '42000000.00',
    currency: 'CNY',
    rateKind: 'interest' as const,
    ratePercent: '3.4500',
    fees: null,
    tenorMonths: 12,
    conditions: 'Drawdowns against shipping documents.',
    validUntil: '2026-10-15',
    status: 'accepted' as const,
    preparedByUserId: null,
    preparedByUserIds: [],
    requestRevision: 1,
    preparedAt: at('2026-09-15T02:00:00Z'),
    releasedByUserId: null,
    releasedAt: at('2026-09-16T02:00:00Z'),
  },
  {
    id: otherId(33),
    reviewId: reviewId(5),
    amount: '40000000.00',
    currency: 'CNY',
    rateKind: 'interest' as const,
    ratePercent: '3.8000',
    fees: '0.3% commitment fee',
    tenorMonths: 12,
    conditions: null,
    validUntil: '2026-10-10',
    status: 'not_accepted' as const,
    preparedByUserId: USER.banker,
    preparedByUserIds: [USER.banker],
    requestRevision: 1,
    preparedAt: at('2026-09-18T02:00:00Z'),
    releasedByUserId: USER.approver,
    releasedAt: at('2026-09-19T02:00:00Z'),
  },
];

/** The institution a step came from, as the requester's notifications name it. */
type From = [en: string, zh: string] | null;

const notice = (
  n: number,
  userId: string,
  type: NotificationType,
  recordType: 'financing_request' | 'financing_review',
  recordId: string,
  request: DemoRequest,
  createdAt: Date,
  from: From = null,
) => ({
  id: otherId(40 + n),
  userId,
  type,
  recordType,
  recordId,
  titleEn: request.titleEn,
  titleZh: request.titleZh,
  fromEn: from?.[0] ?? null,
  fromZh: from?.[1] ?? null,
  readAt: null,
  emailedAt: createdAt,
  createdAt,
});

const BANK_OF_JIANGSU: From = ['Bank of Jiangsu', '江苏银行'];
const SINOSURE: From = ['China Export & Credit Insurance Corporation (Sinosure)', '中国出口信用保险公司'];

/** The Sihanoukville operator has been told of the bank's offer and the insurer's question; the insurer of the new UAE request. */
export const DEMO_FINANCING_NOTIFICATIONS = [
  notice(
    1,
    USER.operator,
    'financing_question',
    'financing_request',
    requestId(1),
    DEMO_FINANCING_REQUESTS[0],
    at('2026-10-27T03:00:00Z'),
    SINOSURE,
  ),
  notice(
    2,
    USER.operator,
    'financing_offer',
    'financing_request',
    requestId(1),
    DEMO_FINANCING_REQUESTS[0],
    at('2026-11-05T07:00:00Z'),
    BANK_OF_JIANGSU,
  ),
  notice(
    3,
    USER.insurer,
    'financing_shared',
    'financing_review',
    reviewId(3),
    DEMO_FINANCING_REQUESTS[1],
    at('2026-11-16T03:00:00Z'),
  ),
];
