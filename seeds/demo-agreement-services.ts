import type { EntityManager } from 'typeorm';
import type { ServiceRequestStatus } from '@alliance/contracts';
import { DEMO_AGREEMENT } from './demo-agreements';
import { ORG } from './demo-data';

/**
 * The service catalogue of the agreements of 12 May 2021 (issue 18), all sample data and marked so:
 * a legal consultation at an overseas legal service centre (Jiangsu Lawyers Association), a vocational
 * training course (BRVEA), a credit-insurance pre-assessment (Sinosure), credit lines for overseas
 * parks (the two banks); requests in each state, some rated, and a short thread. The Sihanoukville
 * operator has no legal-consultation request, so the end-to-end journey can make one.
 *
 * Ids 00000000-0000-4000-8000-00000000c1nn services, c2nn requests, c3nn messages; written by fixed id
 * (running it twice changes nothing; later changes stay as they were made).
 */
export const serviceDemoId = (block: 1 | 2 | 3, n: number) =>
  `00000000-0000-4000-8000-00000000c${block}${String(n).padStart(2, '0')}`;

export const DEMO_SERVICE = {
  legalConsultation: serviceDemoId(1, 1),
  training: serviceDemoId(1, 2),
  preAssessment: serviceDemoId(1, 3),
  bocCreditLine: serviceDemoId(1, 4),
  bankOfJiangsuCreditLine: serviceDemoId(1, 5),
  contractReview: serviceDemoId(1, 6),
} as const;

const USER = {
  operator: '00000000-0000-4000-8000-000000000102',
  operator2: '00000000-0000-4000-8000-000000000103',
  approver: '00000000-0000-4000-8000-000000000105',
  insurer: '00000000-0000-4000-8000-000000000106',
  partner: '00000000-0000-4000-8000-000000000107',
} as const;
const PARK = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

const SAMPLE_EN = ' (Sample service for demonstration.)';
const SAMPLE_ZH = '（示例服务，仅供演示。）';

interface DemoService {
  id: string;
  agreementId: string;
  provider: string;
  nameEn: string;
  nameZh: string;
  descriptionEn: string;
  descriptionZh: string;
  eligibilityEn: string;
  eligibilityZh: string;
}

export const DEMO_SERVICES: DemoService[] = [
  {
    id: DEMO_SERVICE.legalConsultation,
    agreementId: DEMO_AGREEMENT.lawyers,
    provider: ORG.lawyers,
    nameEn: 'Overseas legal consultation at a legal service centre',
    nameZh: '境外法律服务中心法律咨询',
    descriptionEn:
      'A consultation with a lawyer of an overseas legal service centre on the host country’s company, labour, tax or land law.' +
      SAMPLE_EN,
    descriptionZh: '由境外法律服务中心律师就东道国公司、劳动、税务或土地法律问题提供咨询。' + SAMPLE_ZH,
    eligibilityEn: 'Member park operators and the companies in their parks.',
    eligibilityZh: '成员园区运营单位及园区入驻企业。',
  },
  {
    id: DEMO_SERVICE.training,
    agreementId: DEMO_AGREEMENT.brvea,
    provider: ORG.brvea,
    nameEn: 'Vocational training course for local staff',
    nameZh: '本地员工职业技能培训班',
    descriptionEn:
      'A two-week vocational course for a park’s local technicians, taught by member colleges.' + SAMPLE_EN,
    descriptionZh: '由联盟成员院校为园区本地技术人员开设的两周职业技能课程。' + SAMPLE_ZH,
    eligibilityEn: 'Member parks with at least 20 local staff to train.',
    eligibilityZh: '有 20 名以上本地员工需要培训的成员园区。',
  },
  {
    id: DEMO_SERVICE.preAssessment,
    agreementId: DEMO_AGREEMENT.sinosure,
    provider: ORG.sinosure,
    nameEn: 'Credit-insurance pre-assessment of a park project',
    nameZh: '园区项目信用保险预评估',
    descriptionEn:
      'A first assessment of whether a park project can be covered by export credit insurance.' + SAMPLE_EN,
    descriptionZh: '初步评估园区项目能否获得出口信用保险承保。' + SAMPLE_ZH,
    eligibilityEn: 'Projects of member parks with a Chinese investor.',
    eligibilityZh: '有中方投资主体的成员园区项目。',
  },
  {
    id: DEMO_SERVICE.bocCreditLine,
    agreementId: DEMO_AGREEMENT.bocJiangsu,
    provider: ORG.bocJiangsu,
    nameEn: 'Credit line for overseas parks',
    nameZh: '境外园区授信额度',
    descriptionEn: 'A review for a credit line for a park’s infrastructure and operation.' + SAMPLE_EN,
    descriptionZh: '就园区基础设施建设和运营授信额度进行审查。' + SAMPLE_ZH,
    eligibilityEn: 'Operating member parks.',
    eligibilityZh: '已运营的成员园区。',
  },
  {
    id: DEMO_SERVICE.bankOfJiangsuCreditLine,
    agreementId: DEMO_AGREEMENT.bankOfJiangsu,
    provider: ORG.bankOfJiangsu,
    nameEn: 'Credit line for overseas parks',
    nameZh: '境外园区授信额度',
    descriptionEn: 'A review for a credit line for a park’s development and the companies moving in.' + SAMPLE_EN,
    descriptionZh: '就园区开发及入园企业授信额度进行审查。' + SAMPLE_ZH,
    eligibilityEn: 'Member parks operating or under construction.',
    eligibilityZh: '已运营或在建的成员园区。',
  },
  {
    id: DEMO_SERVICE.contractReview,
    agreementId: DEMO_AGREEMENT.lawyers,
    provider: ORG.lawyers,
    nameEn: 'Legal review of a park’s model contracts',
    nameZh: '园区标准合同法律审查',
    descriptionEn: 'A review of the lease and service contracts a park signs with the companies in it.' + SAMPLE_EN,
    descriptionZh: '审查园区与入园企业签订的租赁和服务合同。' + SAMPLE_ZH,
    eligibilityEn: 'Member park operators.',
    eligibilityZh: '成员园区运营单位。',
  },
];

interface DemoRequest {
  id: string;
  serviceId: string;
  organizationId: string;
  providerOrganizationId: string;
  parkId: string | null;
  requestedBy: string;
  status: ServiceRequestStatus;
  needEn: string | null;
  needZh: string | null;
  createdAt: string;
  acceptedAt?: string;
  deliveredAt?: string;
  declinedAt?: string;
  declineReason?: string;
  rating?: number;
  ratingComment?: string;
}

export const DEMO_SERVICE_REQUESTS: DemoRequest[] = [
  {
    id: serviceDemoId(2, 1),
    serviceId: DEMO_SERVICE.legalConsultation,
    organizationId: ORG.indonesia,
    providerOrganizationId: ORG.lawyers,
    parkId: PARK(3),
    requestedBy: USER.operator2,
    status: 'delivered',
    needEn: null,
    needZh: '园区一家入驻企业与本地供应商发生合同纠纷，需要了解印尼仲裁程序。（示例）',
    createdAt: '2026-03-02T02:00:00Z',
    acceptedAt: '2026-03-03T02:00:00Z',
    deliveredAt: '2026-03-12T02:00:00Z',
    rating: 5,
    ratingComment: '回复及时，建议清楚。（示例）',
  },
  {
    id: serviceDemoId(2, 2),
    serviceId: DEMO_SERVICE.training,
    organizationId: ORG.ssez,
    providerOrganizationId: ORG.brvea,
    parkId: PARK(2),
    requestedBy: USER.operator,
    status: 'delivered',
    needEn: 'Training for 30 local electricians of the zone’s power plant. (Sample)',
    needZh: null,
    createdAt: '2026-04-01T02:00:00Z',
    acceptedAt: '2026-04-03T02:00:00Z',
    deliveredAt: '2026-05-01T02:00:00Z',
    rating: 4,
    ratingComment: 'Useful course; the handbook should be in Khmer too. (Sample)',
  },
  {
    id: serviceDemoId(2, 3),
    serviceId: DEMO_SERVICE.preAssessment,
    organizationId: ORG.ssez,
    providerOrganizationId: ORG.sinosure,
    parkId: PARK(2),
    requestedBy: USER.operator,
    status: 'accepted',
    needEn: 'Pre-assessment of the zone’s new wastewater plant, about USD 12 million. (Sample)',
    needZh: null,
    createdAt: '2026-10-20T02:00:00Z',
    acceptedAt: '2026-10-22T02:00:00Z',
  },
  {
    id: serviceDemoId(2, 4),
    serviceId: DEMO_SERVICE.bankOfJiangsuCreditLine,
    organizationId: ORG.vietnam,
    providerOrganizationId: ORG.bankOfJiangsu,
    parkId: PARK(6),
    requestedBy: USER.operator2,
    status: 'requested',
    needEn: 'A credit line for the second phase of standard factory buildings. (Sample)',
    needZh: '标准厂房二期建设授信。（示例）',
    createdAt: '2026-11-10T02:00:00Z',
  },
  {
    id: serviceDemoId(2, 5),
    serviceId: DEMO_SERVICE.bocCreditLine,
    organizationId: ORG.ethiopia,
    providerOrganizationId: ORG.bocJiangsu,
    parkId: PARK(4),
    requestedBy: USER.operator2,
    status: 'declined',
    needEn: 'Working capital for the park’s logistics centre. (Sample)',
    needZh: null,
    createdAt: '2026-06-01T02:00:00Z',
    declinedAt: '2026-06-15T02:00:00Z',
    declineReason: 'Outside the bank’s country limits for the moment. (Sample)',
  },
  {
    id: serviceDemoId(2, 6),
    serviceId: DEMO_SERVICE.training,
    organizationId: ORG.indonesia,
    providerOrganizationId: ORG.brvea,
    parkId: null,
    requestedBy: USER.operator2,
    status: 'delivered',
    needEn: null,
    needZh: '为公司总部派驻人员举办印尼语和当地劳动法培训。（示例）',
    createdAt: '2026-05-05T02:00:00Z',
    acceptedAt: '2026-05-06T02:00:00Z',
    deliveredAt: '2026-05-25T02:00:00Z',
    rating: 3,
    ratingComment: '内容实用，时间偏短。（示例）',
  },
  {
    id: serviceDemoId(2, 7),
    serviceId: DEMO_SERVICE.legalConsultation,
    organizationId: ORG.vietnam,
    providerOrganizationId: ORG.lawyers,
    parkId: PARK(6),
    requestedBy: USER.operator2,
    status: 'requested',
    needEn: 'Advice on Viet Nam’s new rules for land lease renewal. (Sample)',
    needZh: null,
    createdAt: '2026-11-20T02:00:00Z',
  },
];

const DEMO_MESSAGES = [
  {
    id: serviceDemoId(3, 1),
    requestId: serviceDemoId(2, 3),
    author: USER.insurer,
    side: 'provider',
    body: 'Could you send the feasibility study and the EPC contractor’s name? (Sample)',
    createdAt: '2026-10-22T03:00:00Z',
  },
  {
    id: serviceDemoId(3, 2),
    requestId: serviceDemoId(2, 3),
    author: USER.operator,
    side: 'requester',
    body: 'Sent by e-mail today; the contractor is a Jiangsu company. (Sample)',
    createdAt: '2026-10-23T03:00:00Z',
  },
];

/** The sample services, requests and messages, by fixed id (once; later changes are kept). */
export async function seedAgreementServices(manager: EntityManager): Promise<number> {
  const inserted = async (sql: string, params: unknown[]) =>
    ((await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params)) as unknown[]).length;
  let created = 0;
  for (const s of DEMO_SERVICES)
    created += await inserted(
      `INSERT INTO agreement_services (id, agreement_id, provider_organization_id, name_en, name_zh, description_en,
         description_zh, eligibility_en, eligibility_zh, active, sample, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, true, '2021-05-12T02:00:00Z', '2021-05-12T02:00:00Z')`,
      [
        s.id,
        s.agreementId,
        s.provider,
        s.nameEn,
        s.nameZh,
        s.descriptionEn,
        s.descriptionZh,
        s.eligibilityEn,
        s.eligibilityZh,
      ],
    );
  for (const r of DEMO_SERVICE_REQUESTS) {
    const agreementId = DEMO_SERVICES.find((s) => s.id === r.serviceId)?.agreementId;
    created += await inserted(
      `INSERT INTO service_requests (id, service_id, agreement_id, organization_id, provider_organization_id, park_id,
         requested_by_user_id, status, need_en, need_zh, decline_reason, accepted_at, delivered_at, declined_at,
         rating, rating_comment, rated_at, rated_by_user_id, sample, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::smallint, $16,
               CASE WHEN $15::smallint IS NULL THEN NULL ELSE $13::timestamptz + interval '2 days' END,
               CASE WHEN $15::smallint IS NULL THEN NULL ELSE $7::uuid END, true, $17, $17)`,
      [
        r.id,
        r.serviceId,
        agreementId,
        r.organizationId,
        r.providerOrganizationId,
        r.parkId,
        r.requestedBy,
        r.status,
        r.needEn,
        r.needZh,
        r.declineReason ?? null,
        r.acceptedAt ?? null,
        r.deliveredAt ?? null,
        r.declinedAt ?? null,
        r.rating ?? null,
        r.ratingComment ?? null,
        r.createdAt,
      ],
    );
  }
  for (const m of DEMO_MESSAGES)
    created += await inserted(
      `INSERT INTO service_request_messages (id, request_id, author_user_id, side, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [m.id, m.requestId, m.author, m.side, m.body, m.createdAt],
    );
  return created;
}
