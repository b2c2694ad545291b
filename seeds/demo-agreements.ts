import type { EntityManager } from 'typeorm';
import type { AgreementKind, CommitmentOwner, CommitmentStatus } from '@alliance/contracts';
import { ORG } from './demo-data';

/**
 * Partner agreements (issue 18): the five strategic cooperation agreements the alliance signed on
 * 12 May 2021 at the Nanjing seminar (../shared/reference/FACTS.md), each with its counterparty and the
 * scope the public record gives; active since that day and open-ended (the record gives no expiry).
 * Their commitments are sample data and say so.
 *
 * Ids 00000000-0000-4000-8000-00000000a1nn: 01–05 the agreements, 11–19 commitments. Written by fixed id
 * (running it twice changes nothing; later changes stay as they were made).
 */
export const agreementsDemoId = (n: number) => `00000000-0000-4000-8000-00000000a1${String(n).padStart(2, '0')}`;

/** The agreements of 12 May 2021, by counterparty (the service catalogue's demo services refer to them). */
export const DEMO_AGREEMENT = {
  lawyers: agreementsDemoId(1),
  brvea: agreementsDemoId(2),
  sinosure: agreementsDemoId(3),
  bocJiangsu: agreementsDemoId(4),
  bankOfJiangsu: agreementsDemoId(5),
} as const;

const SECRETARIAT_USER = '00000000-0000-4000-8000-000000000101';
const SIGNED = '2021-05-12';
const SIGNED_AT = new Date('2021-05-12T02:00:00Z');

interface DemoAgreement {
  id: string;
  counterparty: string;
  kind: AgreementKind;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  scopeEn: string;
  scopeZh: string;
}

const SEMINAR_EN =
  'Signed on 12 May 2021 in Nanjing, at the seminar on promoting the high-quality development of Jiangsu overseas parks in the 14th Five-Year Plan period.';
const SEMINAR_ZH = '2021年5月12日于南京“十四五”时期推动江苏境外园区高质量发展研讨会上签署。';

export const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    id: DEMO_AGREEMENT.lawyers,
    counterparty: ORG.lawyers,
    kind: 'legal_services',
    titleEn: 'Strategic cooperation agreement with the Jiangsu Lawyers Association',
    titleZh: '与江苏省律师协会战略合作协议',
    summaryEn: 'Overseas legal service centres for Jiangsu overseas parks and the companies in them.',
    summaryZh: '为江苏境外园区及园区企业共建境外法律服务中心。',
    scopeEn: `Cooperation on overseas legal service centres that serve Jiangsu overseas parks and their companies. ${SEMINAR_EN}`,
    scopeZh: `合作共建服务江苏境外园区及园区企业的境外法律服务中心。${SEMINAR_ZH}`,
  },
  {
    id: DEMO_AGREEMENT.brvea,
    counterparty: ORG.brvea,
    kind: 'training',
    titleEn: 'Strategic cooperation agreement with the Belt and Road Vocational Education Alliance (BRVEA)',
    titleZh: '与“一带一路”人才培养合作联盟战略合作协议',
    summaryEn: 'Vocational education and training for the people of Jiangsu overseas parks.',
    summaryZh: '面向江苏境外园区开展职业教育与人才培训合作。',
    scopeEn: `Cooperation on vocational education and training for Jiangsu overseas parks. ${SEMINAR_EN}`,
    scopeZh: `围绕江苏境外园区开展职业教育和人才培训合作。${SEMINAR_ZH}`,
  },
  {
    id: DEMO_AGREEMENT.sinosure,
    counterparty: ORG.sinosure,
    kind: 'financing',
    titleEn: 'Strategic cooperation agreement with China Export & Credit Insurance Corporation (Sinosure)',
    titleZh: '与中国出口信用保险公司战略合作协议',
    summaryEn: 'Export credit insurance and risk support for Jiangsu overseas parks and their companies.',
    summaryZh: '为江苏境外园区及园区企业提供出口信用保险与风险保障支持。',
    scopeEn: `Cooperation on finance for Jiangsu overseas parks: export credit insurance for the parks and their companies. ${SEMINAR_EN}`,
    scopeZh: `围绕江苏境外园区金融支持开展合作：为园区及园区企业提供出口信用保险服务。${SEMINAR_ZH}`,
  },
  {
    id: DEMO_AGREEMENT.bocJiangsu,
    counterparty: ORG.bocJiangsu,
    kind: 'financing',
    titleEn: 'Strategic cooperation agreement with Bank of China Jiangsu Branch',
    titleZh: '与中国银行江苏分行战略合作协议',
    summaryEn: 'Financial services for Jiangsu overseas parks and the companies in them.',
    summaryZh: '为江苏境外园区及园区企业提供金融服务。',
    scopeEn: `Cooperation on finance for Jiangsu overseas parks and their companies. ${SEMINAR_EN}`,
    scopeZh: `围绕江苏境外园区及园区企业的金融服务开展合作。${SEMINAR_ZH}`,
  },
  {
    id: DEMO_AGREEMENT.bankOfJiangsu,
    counterparty: ORG.bankOfJiangsu,
    kind: 'financing',
    titleEn: 'Strategic cooperation agreement with Bank of Jiangsu',
    titleZh: '与江苏银行战略合作协议',
    summaryEn: 'Financial services for Jiangsu overseas parks and the companies in them.',
    summaryZh: '为江苏境外园区及园区企业提供金融服务。',
    scopeEn: `Cooperation on finance for Jiangsu overseas parks and their companies. ${SEMINAR_EN}`,
    scopeZh: `围绕江苏境外园区及园区企业的金融服务开展合作。${SEMINAR_ZH}`,
  },
];

const SAMPLE_EN = ' (sample data)';
const SAMPLE_ZH = '（示例数据）';

interface DemoCommitment {
  id: string;
  agreementId: string;
  titleEn: string;
  titleZh: string;
  owner: CommitmentOwner;
  organizationId: string | null;
  dueOn: string;
  status: CommitmentStatus;
  note: string | null;
  completedAt: Date | null;
}

/** Sample commitments: one open and coming up, one overdue, one done, one waived among them. */
export const DEMO_COMMITMENTS: DemoCommitment[] = [
  {
    id: agreementsDemoId(11),
    agreementId: DEMO_AGREEMENT.lawyers,
    titleEn: 'Open an overseas legal service centre serving the Sihanoukville Special Economic Zone' + SAMPLE_EN,
    titleZh: '设立服务西哈努克港经济特区的境外法律服务中心' + SAMPLE_ZH,
    owner: 'counterparty',
    organizationId: ORG.lawyers,
    dueOn: '2027-01-29',
    status: 'open',
    note: null,
    completedAt: null,
  },
  {
    id: agreementsDemoId(12),
    agreementId: DEMO_AGREEMENT.lawyers,
    titleEn: 'Publish the legal service centres’ contacts to members on the portal' + SAMPLE_EN,
    titleZh: '在门户上向成员单位公布法律服务中心联系方式' + SAMPLE_ZH,
    owner: 'alliance',
    organizationId: null,
    dueOn: '2026-09-30',
    status: 'done',
    note: 'Published in the members’ area.',
    completedAt: new Date('2026-09-18T03:00:00Z'),
  },
  {
    id: agreementsDemoId(13),
    agreementId: DEMO_AGREEMENT.brvea,
    titleEn: 'Run a vocational training course for local staff of member parks' + SAMPLE_EN,
    titleZh: '为成员园区本地员工举办职业技能培训班' + SAMPLE_ZH,
    owner: 'counterparty',
    organizationId: ORG.brvea,
    dueOn: '2026-11-15',
    status: 'open',
    note: null,
    completedAt: null,
  },
  {
    id: agreementsDemoId(14),
    agreementId: DEMO_AGREEMENT.sinosure,
    titleEn: 'Offer credit-insurance pre-assessments for member parks’ projects' + SAMPLE_EN,
    titleZh: '为成员园区项目提供信用保险预评估' + SAMPLE_ZH,
    owner: 'counterparty',
    organizationId: ORG.sinosure,
    dueOn: '2027-03-31',
    status: 'open',
    note: null,
    completedAt: null,
  },
  {
    id: agreementsDemoId(15),
    agreementId: DEMO_AGREEMENT.bankOfJiangsu,
    titleEn: 'Share member parks’ financing needs with the bank each quarter' + SAMPLE_EN,
    titleZh: '每季度向银行通报成员园区融资需求' + SAMPLE_ZH,
    owner: 'alliance',
    organizationId: null,
    dueOn: '2026-12-31',
    status: 'open',
    note: null,
    completedAt: null,
  },
  {
    id: agreementsDemoId(16),
    agreementId: DEMO_AGREEMENT.bocJiangsu,
    titleEn: 'Hold a financing matchmaking session for overseas parks' + SAMPLE_EN,
    titleZh: '举办境外园区融资对接会' + SAMPLE_ZH,
    owner: 'counterparty',
    organizationId: ORG.bocJiangsu,
    dueOn: '2026-06-30',
    status: 'waived',
    note: 'Merged into the alliance’s annual conference.',
    completedAt: null,
  },
];

/** The agreements, their counterparties and sample commitments, by fixed id (once; later changes are kept). */
export async function seedAgreements(manager: EntityManager): Promise<number> {
  const inserted = async (sql: string, params: unknown[]) =>
    ((await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params)) as unknown[]).length;
  let created = 0;
  for (const a of DEMO_AGREEMENTS) {
    const added = await inserted(
      `INSERT INTO partner_agreements (id, kind, status, title_en, title_zh, summary_en, summary_zh, scope_en, scope_zh,
         signed_on, effective_from, expires_on, activated_at, sample, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, 'active', $3, $4, $5, $6, $7, $8, $9, $9, NULL, $10, false, $11, $10, $10)`,
      [
        a.id,
        a.kind,
        a.titleEn,
        a.titleZh,
        a.summaryEn,
        a.summaryZh,
        a.scopeEn,
        a.scopeZh,
        SIGNED,
        SIGNED_AT,
        SECRETARIAT_USER,
      ],
    );
    created += added;
    if (added)
      created += await inserted(
        `INSERT INTO partner_agreement_counterparties (agreement_id, organization_id, position) VALUES ($1, $2, 0)`,
        [a.id, a.counterparty],
      );
  }
  for (const c of DEMO_COMMITMENTS)
    created += await inserted(
      `INSERT INTO agreement_commitments (id, agreement_id, title_en, title_zh, owner, organization_id, due_on, status,
         note, completed_at, completed_by_user_id, sample)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, true)`,
      [c.id, c.agreementId, c.titleEn, c.titleZh, c.owner, c.organizationId, c.dueOn, c.status, c.note, c.completedAt],
    );
  return created;
}
