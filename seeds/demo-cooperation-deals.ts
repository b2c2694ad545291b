import type { EntityManager } from 'typeorm';
import type { DealStage, ExpressionStatus } from '@alliance/contracts';
import { ORG } from './demo-data';

/**
 * Expressions of interest, a private thread and a deal on the demo cooperation projects (sample
 * data). The projects are seeds/demo-cooperation.ts's; a database seeded without them gets minimal
 * rows of the two, so this seed runs either way.
 */

/** The demo accounts who act here (seeds/demo-data.ts). */
const USER = {
  operator: '00000000-0000-4000-8000-000000000102',
  operator2: '00000000-0000-4000-8000-000000000103',
  banker: '00000000-0000-4000-8000-000000000104',
  insurer: '00000000-0000-4000-8000-000000000106',
  researcher: '00000000-0000-4000-8000-000000000108',
} as const;

/** The demo projects (seeds/demo-cooperation.ts). */
export const DEMO_PROJECT = {
  /** The Sihanoukville SEZ seeking textile and garment investors (talks started with the Bank of Jiangsu). */
  sihanoukville: '00000000-0000-4000-8000-000000003101',
  /** The China-UAE zone offering capacity in building materials. */
  uae: '00000000-0000-4000-8000-000000003102',
} as const;

export const expressionId = (n: number) => `00000000-0000-4000-8000-0000000032${String(n).padStart(2, '0')}`;
export const cooperationMessageId = (n: number) => `00000000-0000-4000-8000-0000000033${String(n).padStart(2, '0')}`;
export const dealId = (n: number) => `00000000-0000-4000-8000-0000000034${String(n).padStart(2, '0')}`;

const day = (iso: string) => new Date(iso);

interface DemoExpression {
  id: string;
  projectId: string;
  organizationId: string;
  authorUserId: string;
  status: ExpressionStatus;
  message: string;
  declineReason: string | null;
  decidedAt: Date | null;
  decidedByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const DEMO_EXPRESSIONS: DemoExpression[] = [
  {
    // Accepted: the thread below and the deal at the site visit.
    id: expressionId(1),
    projectId: DEMO_PROJECT.sihanoukville,
    organizationId: ORG.bankOfJiangsu,
    authorUserId: USER.banker,
    status: 'accepted',
    message:
      'Two garment makers among our clients in Suzhou are looking for a second production base in Southeast Asia; we would finance their move.',
    declineReason: null,
    decidedAt: day('2026-10-06T03:00:00Z'),
    decidedByUserId: USER.operator,
    createdAt: day('2026-10-02T02:30:00Z'),
    updatedAt: day('2026-10-06T03:00:00Z'),
  },
  {
    id: expressionId(2),
    projectId: DEMO_PROJECT.sihanoukville,
    organizationId: ORG.indonesia,
    authorUserId: USER.operator2,
    status: 'open',
    message: '我们园区的纺织企业希望了解在西港设立配套工厂的条件，能否提供厂房租金和用工情况？',
    declineReason: null,
    decidedAt: null,
    decidedByUserId: null,
    createdAt: day('2026-11-18T08:00:00Z'),
    updatedAt: day('2026-11-18T08:00:00Z'),
  },
  {
    id: expressionId(3),
    projectId: DEMO_PROJECT.sihanoukville,
    organizationId: ORG.sinosure,
    authorUserId: USER.insurer,
    status: 'declined',
    message: 'We could insure the political risk of investors who settle in the zone.',
    declineReason: 'The zone looks for investors first; we will come back to insurance once a factory is agreed.',
    decidedAt: day('2026-10-20T06:00:00Z'),
    decidedByUserId: USER.operator,
    createdAt: day('2026-10-12T01:00:00Z'),
    updatedAt: day('2026-10-20T06:00:00Z'),
  },
  {
    id: expressionId(4),
    projectId: DEMO_PROJECT.uae,
    organizationId: ORG.ssez,
    authorUserId: USER.operator,
    status: 'withdrawn',
    message: 'Our zone builds new standard workshops next year and needs cement and steel structures.',
    declineReason: null,
    decidedAt: null,
    decidedByUserId: null,
    createdAt: day('2026-09-15T04:00:00Z'),
    updatedAt: day('2026-09-29T04:00:00Z'),
  },
  {
    id: expressionId(5),
    projectId: DEMO_PROJECT.uae,
    organizationId: ORG.nanjing,
    authorUserId: USER.researcher,
    status: 'open',
    message: '我院正在研究中东建材产能合作，希望了解示范园的产能和出口市场。',
    declineReason: null,
    decidedAt: null,
    decidedByUserId: null,
    createdAt: day('2026-11-25T09:00:00Z'),
    updatedAt: day('2026-11-25T09:00:00Z'),
  },
];

/** The private thread of the accepted expression, in both languages. */
export const DEMO_COOPERATION_MESSAGES = [
  {
    id: cooperationMessageId(1),
    expressionId: expressionId(1),
    authorUserId: USER.operator,
    side: 'owner' as const,
    body: 'Thank you. Standard workshops of 5,000 m² are available from March; could your clients visit in December?',
    createdAt: day('2026-10-06T03:10:00Z'),
  },
  {
    id: cooperationMessageId(2),
    expressionId: expressionId(1),
    authorUserId: USER.banker,
    side: 'interested' as const,
    body: '可以。两家企业的负责人计划12月第二周到访，请帮忙安排参观厂房和一站式服务中心。',
    createdAt: day('2026-10-08T02:00:00Z'),
  },
  {
    id: cooperationMessageId(3),
    expressionId: expressionId(1),
    authorUserId: USER.operator,
    side: 'owner' as const,
    body: '好的，我们安排在12月9日，届时园区招商部全程陪同。',
    createdAt: day('2026-10-09T01:30:00Z'),
  },
];

interface DemoDeal {
  id: string;
  projectId: string;
  expressionId: string;
  ownerOrganizationId: string;
  partnerOrganizationId: string;
  stage: DealStage;
  stageChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  history: { stage: DealStage; at: Date; byUserId: string }[];
}

export const DEMO_DEALS: DemoDeal[] = [
  {
    id: dealId(1),
    projectId: DEMO_PROJECT.sihanoukville,
    expressionId: expressionId(1),
    ownerOrganizationId: ORG.ssez,
    partnerOrganizationId: ORG.bankOfJiangsu,
    stage: 'site_visit',
    stageChangedAt: day('2026-10-09T02:00:00Z'),
    createdAt: day('2026-10-06T03:00:00Z'),
    updatedAt: day('2026-10-09T02:00:00Z'),
    history: [
      { stage: 'contact', at: day('2026-10-06T03:00:00Z'), byUserId: USER.operator },
      { stage: 'site_visit', at: day('2026-10-09T02:00:00Z'), byUserId: USER.operator },
    ],
  },
];

/** Minimal rows of the two demo projects, for a database seeded without seeds/demo-cooperation.ts (left alone when there). */
const FALLBACK_PROJECTS = [
  {
    id: DEMO_PROJECT.sihanoukville,
    organizationId: ORG.ssez,
    parkId: '00000000-0000-4000-8000-000000000202',
    kind: 'seeking_investment',
    // Talks started when the Bank of Jiangsu's interest was accepted.
    status: 'in_talks',
    titleEn: 'Textile and garment investors wanted in the Sihanoukville SEZ',
    titleZh: '西港特区诚招纺织服装投资企业',
    summaryEn: 'Serviced land and standard workshops for garment makers. (Sample data.)',
    summaryZh: '为纺织服装企业提供熟地和标准厂房。（示例数据）',
    sectors: ['textiles_garments'],
    country: 'KH',
    sizeUsd: '30000000.00',
  },
  {
    id: DEMO_PROJECT.uae,
    organizationId: ORG.jocic,
    parkId: '00000000-0000-4000-8000-000000000201',
    kind: 'offering_capacity',
    status: 'open',
    titleEn: 'Building materials capacity in the China-UAE zone',
    titleZh: '中阿（联酋）产能合作示范园建材产能合作',
    summaryEn: 'Cement, glass and steel structures made in the zone for the region. (Sample data.)',
    summaryZh: '示范园生产的水泥、玻璃和钢结构产品面向区域市场。（示例数据）',
    sectors: ['building_materials'],
    country: 'AE',
    sizeUsd: '50000000.00',
  },
];

/**
 * Writes what is missing, by fixed id (running it twice changes nothing): the projects if absent,
 * then the expressions, the thread, the deal and the stages it reached. Returns how many rows it created.
 */
export async function seedCooperationDeals(manager: EntityManager): Promise<number> {
  const inserted = async (sql: string, params: unknown[]) =>
    ((await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params)) as unknown[]).length;
  let created = 0;
  for (const p of FALLBACK_PROJECTS)
    created += await inserted(
      `INSERT INTO cooperation_projects (id, organization_id, park_id, kind, status, audience, title_en, title_zh,
         summary_en, summary_zh, sectors, country, size_usd, submitted_at, published_at, expires_at, sample,
         created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'members', $6, $7, $8, $9, $10, $11, $12, '2026-09-01', '2026-09-03',
         '2027-09-03', true, NULL, '2026-09-01', '2026-09-03')`,
      [
        p.id,
        p.organizationId,
        p.parkId,
        p.kind,
        p.status,
        p.titleEn,
        p.titleZh,
        p.summaryEn,
        p.summaryZh,
        p.sectors,
        p.country,
        p.sizeUsd,
      ],
    );
  for (const e of DEMO_EXPRESSIONS)
    created += await inserted(
      `INSERT INTO expressions_of_interest (id, project_id, organization_id, author_user_id, status, message,
         decline_reason, decided_at, decided_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        e.id,
        e.projectId,
        e.organizationId,
        e.authorUserId,
        e.status,
        e.message,
        e.declineReason,
        e.decidedAt,
        e.decidedByUserId,
        e.createdAt,
        e.updatedAt,
      ],
    );
  for (const m of DEMO_COOPERATION_MESSAGES)
    created += await inserted(
      `INSERT INTO cooperation_messages (id, expression_id, author_user_id, side, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [m.id, m.expressionId, m.authorUserId, m.side, m.body, m.createdAt],
    );
  for (const d of DEMO_DEALS) {
    const added = await inserted(
      `INSERT INTO deals (id, project_id, expression_id, owner_organization_id, partner_organization_id, stage,
         stage_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        d.id,
        d.projectId,
        d.expressionId,
        d.ownerOrganizationId,
        d.partnerOrganizationId,
        d.stage,
        d.stageChangedAt,
        d.createdAt,
        d.updatedAt,
      ],
    );
    // The stages reached are written with the deal, once.
    if (added)
      for (const h of d.history)
        await manager.query(`INSERT INTO deal_stage_changes (deal_id, stage, by_user_id, at) VALUES ($1, $2, $3, $4)`, [
          d.id,
          h.stage,
          h.byUserId,
          h.at,
        ]);
    created += added;
  }
  // An accepted expression started the project's talks: a project seeded open is moved along, once.
  await manager.query(
    `UPDATE cooperation_projects SET status = 'in_talks' WHERE id = $1 AND status = 'open'
        AND EXISTS (SELECT 1 FROM expressions_of_interest WHERE project_id = $1 AND status = 'accepted')`,
    [DEMO_PROJECT.sihanoukville],
  );
  return created;
}
