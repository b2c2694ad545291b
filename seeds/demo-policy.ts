import type {
  PolicyBriefAudience,
  PolicyBriefStatus,
  PolicyBriefVersionStatus,
  PolicyTopic,
} from '@alliance/contracts';
import { ORG } from './demo-data';

/** Authors and reviewers: the demo accounts (seeds/demo-data.ts). */
const USER = {
  secretariat: '00000000-0000-4000-8000-000000000101',
  partner: '00000000-0000-4000-8000-000000000107',
  researcher: '00000000-0000-4000-8000-000000000108',
} as const;

const briefId = (n: number) => `00000000-0000-4000-8000-00000000100${n}`;
const versionId = (n: number) => `00000000-0000-4000-8000-0000000011${String(n).padStart(2, '0')}`;

const SAMPLE_EN = '\n\n*Sample brief for the demonstration: check the texts in force before relying on it.*';
const SAMPLE_ZH = '\n\n*示例简报，仅作演示：引用前请核对现行法规原文。*';

export interface DemoBriefVersion {
  id: string;
  number: number;
  status: PolicyBriefVersionStatus;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  bodyEn: string;
  bodyZh: string;
  authorUserId: string;
  reviewerUserId: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

export interface DemoBrief {
  id: string;
  organizationId: string;
  authorUserId: string;
  status: PolicyBriefStatus;
  countries: string[];
  topics: PolicyTopic[];
  audience: PolicyBriefAudience;
  createdAt: Date;
  versions: DemoBriefVersion[];
}

const CAMBODIA_V1_EN =
  "Cambodia's **Law on Investment** (October 2021) replaced the 1994 law. Projects registered as *qualified investment projects* (QIPs) with the Council for the Development of Cambodia choose between a basic incentive (an income-tax exemption period) and an optional one (special depreciation and deductions).\n\n" +
  '## What park operators should check\n\n- whether the sector is on the list of activities that qualify;\n- the incentive option that fits the investment plan;\n- the customs duty exemption on production equipment and inputs.';
const CAMBODIA_V1_ZH =
  '柬埔寨《投资法》（2021年10月）取代了1994年的投资法。在柬埔寨发展理事会登记为*合格投资项目*的项目，可在基本优惠（所得税免税期）与可选优惠（特别折旧和扣除）之间选择。\n\n' +
  '## 园区运营方应关注\n\n- 所属行业是否在可享优惠的活动清单内；\n- 与投资计划相符的优惠方案；\n- 生产设备和原材料的进口关税豁免。';
const CAMBODIA_V2_EN =
  CAMBODIA_V1_EN.replace('(October 2021) replaced', '(October 2021), with its implementing sub-decree, replaced') +
  '\n- the investment guarantees the law gives: no nationalisation, and free transfer of profits abroad.';
const CAMBODIA_V2_ZH =
  CAMBODIA_V1_ZH.replace('（2021年10月）取代了', '（2021年10月）及其实施次级法令取代了') +
  '\n- 该法给予的投资保障：不实行国有化，利润可自由汇出境外。';

/** Policy briefs of the policy research platform: all sample data, on host countries of the demo parks. */
export const DEMO_BRIEFS: DemoBrief[] = [
  {
    id: briefId(1),
    organizationId: ORG.nanjing,
    authorUserId: USER.researcher,
    status: 'published',
    countries: ['KH'],
    topics: ['investment_law', 'tax'],
    audience: 'public',
    createdAt: new Date('2026-11-23T02:00:00Z'),
    versions: [
      {
        id: versionId(1),
        number: 1,
        status: 'published',
        titleEn: "Cambodia's Law on Investment: incentives for qualified projects",
        titleZh: '柬埔寨《投资法》：合格投资项目的优惠政策',
        summaryEn:
          'What the 2021 Law on Investment offers projects in Cambodian parks, and what to check before registering.',
        summaryZh: '2021年《投资法》为柬埔寨园区项目提供的优惠，以及登记前应核实的事项。',
        bodyEn: CAMBODIA_V1_EN + SAMPLE_EN,
        bodyZh: CAMBODIA_V1_ZH + SAMPLE_ZH,
        authorUserId: USER.researcher,
        reviewerUserId: USER.secretariat,
        submittedAt: new Date('2026-11-24T01:00:00Z'),
        publishedAt: new Date('2026-11-25T02:30:00Z'),
      },
      {
        id: versionId(2),
        number: 2,
        status: 'published',
        titleEn: "Cambodia's Law on Investment: incentives and guarantees for qualified projects",
        titleZh: '柬埔寨《投资法》：合格投资项目的优惠与保障',
        summaryEn:
          'What the 2021 Law on Investment and its sub-decree offer projects in Cambodian parks, and what to check before registering.',
        summaryZh: '2021年《投资法》及其次级法令为柬埔寨园区项目提供的优惠，以及登记前应核实的事项。',
        bodyEn: CAMBODIA_V2_EN + SAMPLE_EN,
        bodyZh: CAMBODIA_V2_ZH + SAMPLE_ZH,
        authorUserId: USER.researcher,
        reviewerUserId: USER.secretariat,
        submittedAt: new Date('2026-11-30T01:00:00Z'),
        publishedAt: new Date('2026-12-01T03:00:00Z'),
      },
    ],
  },
  {
    id: briefId(2),
    organizationId: ORG.lawyers,
    authorUserId: USER.partner,
    status: 'published',
    countries: ['AE'],
    topics: ['tax'],
    audience: 'public',
    createdAt: new Date('2026-11-26T06:00:00Z'),
    versions: [
      {
        id: versionId(3),
        number: 1,
        status: 'published',
        titleEn: 'UAE federal corporate tax: what companies in the zones should know',
        titleZh: '阿联酋联邦企业所得税：园区企业须知',
        summaryEn:
          'The corporate tax that applies to financial years starting on or after 1 June 2023, and the free-zone rules.',
        summaryZh: '适用于2023年6月1日及以后开始的财政年度的企业所得税，以及自由区规则。',
        bodyEn:
          'The UAE applies a federal **corporate tax** to financial years starting on or after 1 June 2023: 9 % on taxable income above AED 375,000.\n\n' +
          'Companies in a free zone may keep a 0 % rate on qualifying income if they meet the conditions of a *qualifying free zone person*; the rest of their income is taxed at 9 %. Every company registers with the Federal Tax Authority, whatever it owes.' +
          SAMPLE_EN,
        bodyZh:
          '阿联酋对2023年6月1日及以后开始的财政年度征收联邦**企业所得税**：应税所得超过37.5万迪拉姆的部分按9%征收。\n\n' +
          '自由区企业如符合*合格自由区主体*的条件，其合格收入可适用0%税率，其余收入按9%征税。无论是否需要纳税，企业均须在联邦税务局登记。' +
          SAMPLE_ZH,
        authorUserId: USER.partner,
        reviewerUserId: USER.secretariat,
        submittedAt: new Date('2026-11-27T02:00:00Z'),
        publishedAt: new Date('2026-11-28T08:00:00Z'),
      },
    ],
  },
  {
    id: briefId(3),
    organizationId: ORG.nanjing,
    authorUserId: USER.researcher,
    status: 'published',
    countries: ['ID'],
    topics: ['labour'],
    audience: 'members',
    createdAt: new Date('2026-11-27T03:00:00Z'),
    versions: [
      {
        id: versionId(4),
        number: 1,
        status: 'published',
        titleEn: 'Indonesia: work permits for foreign staff of park companies',
        titleZh: '印度尼西亚：园区企业外籍员工工作许可',
        summaryEn:
          'For members: the steps and timing of hiring foreign specialists, and the local-hiring plans that go with them.',
        summaryZh: '仅限成员：聘用外籍专业人员的步骤与时限，以及配套的本地用工计划。',
        bodyEn:
          'Companies that bring foreign specialists to Indonesia need an approved **foreign worker utilisation plan** before a work visa is issued, and each foreign worker is paired with a local counterpart for skills transfer.\n\n' +
          'Plan the approval into the project schedule: members report several weeks between filing and the visa.' +
          SAMPLE_EN,
        bodyZh:
          '企业引进外籍专业人员赴印度尼西亚工作，须先取得**外籍员工使用计划**批准，方可办理工作签证，且每名外籍员工须配备一名本地员工进行技能传授。\n\n' +
          '请将审批时间纳入项目进度：据成员反映，从递交到取得签证需数周。' +
          SAMPLE_ZH,
        authorUserId: USER.researcher,
        reviewerUserId: USER.secretariat,
        submittedAt: new Date('2026-11-29T01:00:00Z'),
        publishedAt: new Date('2026-11-30T02:00:00Z'),
      },
    ],
  },
  {
    id: briefId(4),
    organizationId: ORG.nanjing,
    authorUserId: USER.researcher,
    status: 'in_review',
    countries: ['ET'],
    topics: ['customs_trade'],
    audience: 'public',
    createdAt: new Date('2026-12-02T01:00:00Z'),
    versions: [
      {
        id: versionId(5),
        number: 1,
        status: 'in_review',
        titleEn: 'Ethiopia: duty-free import of capital goods for park investors',
        titleZh: '埃塞俄比亚：园区投资者资本货物免税进口',
        summaryEn: 'Which capital goods and construction materials enter duty-free, and the paperwork it takes.',
        summaryZh: '哪些资本货物和建筑材料可免税进口，以及所需手续。',
        bodyEn:
          'Investors in Ethiopian industrial parks may import **capital goods and construction materials** free of customs duty for their projects, on the list approved with their investment permit.' +
          SAMPLE_EN,
        bodyZh:
          '埃塞俄比亚工业园区的投资者可按投资许可核准的清单，为项目免关税进口**资本货物和建筑材料**。' + SAMPLE_ZH,
        authorUserId: USER.researcher,
        reviewerUserId: null,
        submittedAt: new Date('2026-12-03T02:00:00Z'),
        publishedAt: null,
      },
    ],
  },
];

export interface DemoBriefComment {
  id: string;
  briefId: string;
  versionNumber: number;
  authorUserId: string;
  side: 'author' | 'secretariat';
  kind: 'comment' | 'changes_requested';
  body: string;
  createdAt: Date;
}

/** The review thread of the Cambodian brief's second version: sent back once, then published. */
export const DEMO_BRIEF_COMMENTS: DemoBriefComment[] = [
  {
    id: '00000000-0000-4000-8000-000000001201',
    briefId: briefId(1),
    versionNumber: 2,
    authorUserId: USER.secretariat,
    side: 'secretariat',
    kind: 'changes_requested',
    body: 'Please name the sub-decree alongside the law, and add the guarantees members ask about.',
    createdAt: new Date('2026-11-29T06:00:00Z'),
  },
  {
    id: '00000000-0000-4000-8000-000000001202',
    briefId: briefId(1),
    versionNumber: 2,
    authorUserId: USER.researcher,
    side: 'author',
    kind: 'comment',
    body: '已补充次级法令和投资保障条款，请再审。',
    createdAt: new Date('2026-11-30T01:00:00Z'),
  },
];

export interface DemoRating {
  id: string;
  country: string;
  grade: 1 | 2 | 3 | 4 | 5;
  outlook: 'positive' | 'stable' | 'negative' | 'watch';
  rationaleEn: string;
  rationaleZh: string;
  effectiveOn: string;
  source: string;
  status: 'proposed' | 'published';
  proposedByUserId: string;
  proposedByOrganizationId: string;
  decidedByUserId: string | null;
  publishedAt: Date | null;
  decidedAt: Date | null;
  createdAt: Date;
}

const SAMPLE_RATING_EN = ' (Sample rating for the demonstration.)';
const SAMPLE_RATING_ZH = '（示例评级，仅作演示。）';
const SAMPLE_SOURCE = 'Sample data: alliance research desk';

/** [country, [grade, outlook, en, zh] of the earlier rating, of the current one]. */
const RATING_HISTORY: [string, [number, string, string, string], [number, string, string, string]][] = [
  [
    'AE',
    [2, 'stable', 'Stable institutions and free-zone rules.', '制度稳定，自由区规则清晰。'],
    [2, 'stable', 'The new corporate tax is clear and predictable.', '新企业所得税规则清晰、可预期。'],
  ],
  [
    'KH',
    [3, 'stable', 'Investment law under revision.', '投资法正在修订。'],
    [
      3,
      'positive',
      'The 2021 Law on Investment improved incentives and guarantees.',
      '2021年《投资法》改善了优惠与保障。',
    ],
  ],
  [
    'ID',
    [3, 'stable', 'Permits take time; rules on foreign staff are strict.', '许可审批耗时，外籍员工规定严格。'],
    [
      3,
      'stable',
      'Unchanged: permits and foreign-staff rules need planning.',
      '无变化：许可与外籍员工规定需提前规划。',
    ],
  ],
  [
    'ET',
    [3, 'negative', 'Foreign-currency shortages delay imports.', '外汇短缺导致进口延误。'],
    [4, 'negative', 'Security incidents and foreign-currency shortages.', '安全事件与外汇短缺。'],
  ],
  [
    'KZ',
    [2, 'stable', 'Predictable rules for industrial zones.', '工业园区规则可预期。'],
    [2, 'stable', 'Unchanged.', '无变化。'],
  ],
  [
    'VN',
    [2, 'stable', 'Strong demand for manufacturing sites.', '制造业用地需求旺盛。'],
    [2, 'positive', 'Infrastructure and trade agreements improve the outlook.', '基础设施与贸易协定改善前景。'],
  ],
  [
    'EG',
    [3, 'stable', 'Currency reform under way.', '汇率改革推进中。'],
    [3, 'watch', 'Currency volatility: watch the exchange rate.', '汇率波动：需关注汇率走势。'],
  ],
  [
    'TZ',
    [3, 'stable', 'Regulatory changes on land and permits.', '土地与许可监管有调整。'],
    [3, 'stable', 'Unchanged.', '无变化。'],
  ],
];

const ratingId = (n: number) => `00000000-0000-4000-8000-0000000013${String(n).padStart(2, '0')}`;

/** Ratings of every host country of the demo parks, each with its history, and one proposal waiting (all sample data). */
export const DEMO_RATINGS: DemoRating[] = [
  ...RATING_HISTORY.flatMap(([country, earlier, current], i) =>
    [earlier, current].map(([grade, outlook, en, zh], j): DemoRating => {
      const publishedAt = new Date(j === 0 ? '2025-07-01T02:00:00Z' : '2026-07-01T02:00:00Z');
      return {
        id: ratingId(i * 2 + j + 1),
        country,
        grade: grade as DemoRating['grade'],
        outlook: outlook as DemoRating['outlook'],
        rationaleEn: en + SAMPLE_RATING_EN,
        rationaleZh: zh + SAMPLE_RATING_ZH,
        effectiveOn: j === 0 ? '2025-07-01' : '2026-07-01',
        source: SAMPLE_SOURCE,
        status: 'published',
        proposedByUserId: USER.researcher,
        proposedByOrganizationId: ORG.nanjing,
        decidedByUserId: USER.secretariat,
        publishedAt,
        decidedAt: publishedAt,
        createdAt: new Date(publishedAt.getTime() - 86_400_000),
      };
    }),
  ),
  {
    id: ratingId(90),
    country: 'KH',
    grade: 2,
    outlook: 'stable',
    rationaleEn: 'The qualified investment project regime now works in practice for park companies.' + SAMPLE_RATING_EN,
    rationaleZh: '合格投资项目制度已在园区企业中顺利实施。' + SAMPLE_RATING_ZH,
    effectiveOn: '2026-12-01',
    source: SAMPLE_SOURCE,
    status: 'proposed',
    proposedByUserId: USER.researcher,
    proposedByOrganizationId: ORG.nanjing,
    decidedByUserId: null,
    publishedAt: null,
    decidedAt: null,
    createdAt: new Date('2026-12-04T02:00:00Z'),
  },
];

/** The secretariat's notes on two countries' business climate (sample data). */
export const DEMO_COUNTRY_NOTES = [
  {
    country: 'KH',
    notesEn:
      'Cambodia hosts the **Sihanoukville Special Economic Zone**, one of the alliance’s founding parks. Garments, travel goods and tyres lead its exports.\n\n*Sample notes for the demonstration.*',
    notesZh:
      '柬埔寨有联盟发起园区之一**西哈努克港经济特区**。服装、箱包和轮胎是其主要出口产品。\n\n*示例说明，仅作演示。*',
  },
  {
    country: 'AE',
    notesEn:
      'The **China-UAE Industrial Capacity Cooperation Demonstration Zone** sits in Abu Dhabi’s free zones; companies there follow the free-zone tax rules.\n\n*Sample notes for the demonstration.*',
    notesZh:
      '**中阿（联酋）产能合作示范园**位于阿布扎比的自由区内，园区企业适用自由区税收规则。\n\n*示例说明，仅作演示。*',
  },
];
