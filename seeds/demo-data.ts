import type { Locale, OrganizationType, OrgRole, ParkStatus, Sector } from '@alliance/contracts';

/**
 * Demo data, faithful to the public record (shared/reference/FACTS.md) where it has facts;
 * everything else is sample data and says so. Ids are fixed so seeding is idempotent.
 */
export const DEMO_PASSWORD = 'alliance-demo-2026';

const SAMPLE_EN = ' (Sample data: this organization and its figures are illustrative.)';
const SAMPLE_ZH = '（示例数据：该机构及其数据仅作演示。）';

export interface DemoOrganization {
  id: string;
  nameEn: string;
  nameZh: string;
  type: OrganizationType;
  country: string;
  website: string | null;
  descriptionEn: string;
  descriptionZh: string;
  memberSince: string;
  foundingMember: boolean;
  rotatingChair: boolean;
}

export const ORG = {
  secretariat: '00000000-0000-4000-8000-000000000001',
  jocic: '00000000-0000-4000-8000-000000000010',
  ssez: '00000000-0000-4000-8000-000000000011',
  indonesia: '00000000-0000-4000-8000-000000000012',
  ethiopia: '00000000-0000-4000-8000-000000000013',
  kazakhstan: '00000000-0000-4000-8000-000000000014',
  vietnam: '00000000-0000-4000-8000-000000000015',
  egypt: '00000000-0000-4000-8000-000000000016',
  tanzania: '00000000-0000-4000-8000-000000000017',
  sinosure: '00000000-0000-4000-8000-000000000020',
  bocJiangsu: '00000000-0000-4000-8000-000000000021',
  bankOfJiangsu: '00000000-0000-4000-8000-000000000022',
  lawyers: '00000000-0000-4000-8000-000000000030',
  brvea: '00000000-0000-4000-8000-000000000031',
  nanjing: '00000000-0000-4000-8000-000000000032',
} as const;

const FOUNDED = '2020-09-01'; // The record says September 2020; the day is not given.
const SEMINAR = '2021-05-12'; // Agreements signed at the Nanjing seminar.

function founder(
  id: string,
  nameEn: string,
  nameZh: string,
  country: string,
  descriptionEn: string,
  descriptionZh: string,
  extra: Partial<DemoOrganization> = {},
): DemoOrganization {
  return {
    id,
    nameEn,
    nameZh,
    type: 'park_operator',
    country,
    website: null,
    descriptionEn,
    descriptionZh,
    memberSince: FOUNDED,
    foundingMember: true,
    rotatingChair: false,
    ...extra,
  };
}

function partner(
  id: string,
  nameEn: string,
  nameZh: string,
  type: OrganizationType,
  en: string,
  zh: string,
): DemoOrganization {
  return {
    id,
    nameEn,
    nameZh,
    type,
    country: 'CN',
    website: null,
    descriptionEn: en,
    descriptionZh: zh,
    memberSince: SEMINAR,
    foundingMember: false,
    rotatingChair: false,
  };
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    id: ORG.secretariat,
    nameEn: 'Secretariat of the Jiangsu Overseas Park High-Quality Development Alliance',
    nameZh: '江苏境外园区高质量发展联盟秘书处',
    type: 'secretariat',
    country: 'CN',
    website: null,
    descriptionEn:
      'The alliance was founded in September 2020, jointly initiated by eight overseas park builders. Its secretariat sits with the rotating chair and runs four platforms: information sharing, financing services, investment cooperation and policy research.',
    descriptionZh:
      '联盟于2020年9月由八家境外园区建设单位共同发起成立，秘书处设在轮值主席单位，搭建信息共享、融资服务、投资合作、政策研究四大平台。',
    memberSince: FOUNDED,
    foundingMember: false,
    rotatingChair: false,
  },
  founder(
    ORG.jocic,
    'Jiangsu Overseas Cooperation and Investment Co., Ltd.',
    '江苏省海外合作投资有限公司',
    'AE',
    'First rotating chair of the alliance and the main investment body of the China-UAE Industrial Capacity Cooperation Demonstration Zone.',
    '联盟首任轮值主席单位，中阿（联酋）产能合作示范园的投资主体。',
    { rotatingChair: true },
  ),
  founder(
    ORG.ssez,
    'Sihanoukville Special Economic Zone Co., Ltd.',
    '西哈努克港经济特区有限公司',
    'KH',
    'A founding member of the alliance; builds and operates the Sihanoukville Special Economic Zone in Cambodia.',
    '联盟发起单位之一，建设和运营柬埔寨西哈努克港经济特区。',
  ),
  founder(
    ORG.indonesia,
    'Jiangsu–Indonesia Industrial Park Development Co.',
    '江苏—印尼产业园开发有限公司',
    'ID',
    'Develops an industrial park for building materials and machinery in Indonesia.' + SAMPLE_EN,
    '在印度尼西亚开发建材与机械产业园。' + SAMPLE_ZH,
  ),
  founder(
    ORG.ethiopia,
    'Jiangsu–Ethiopia Industrial Zone Co.',
    '江苏—埃塞俄比亚工业园有限公司',
    'ET',
    'Runs a textiles and garments industrial zone near Addis Ababa.' + SAMPLE_EN,
    '在亚的斯亚贝巴附近运营纺织服装工业园。' + SAMPLE_ZH,
  ),
  founder(
    ORG.kazakhstan,
    'Jiangsu–Kazakhstan Logistics Park Co.',
    '江苏—哈萨克斯坦物流园有限公司',
    'KZ',
    'Operates a logistics and warehousing park on the China–Europe rail corridor.' + SAMPLE_EN,
    '在中欧班列通道上运营物流仓储园区。' + SAMPLE_ZH,
  ),
  founder(
    ORG.vietnam,
    'Jiangsu–Vietnam Industrial Park Co.',
    '江苏—越南工业园有限公司',
    'VN',
    'Operates an electronics and new-energy industrial park in northern Vietnam.' + SAMPLE_EN,
    '在越南北部运营电子与新能源工业园。' + SAMPLE_ZH,
  ),
  founder(
    ORG.egypt,
    'Jiangsu–Egypt Industrial Zone Co.',
    '江苏—埃及工业区有限公司',
    'EG',
    'Develops a chemicals and building-materials zone near the Suez Canal.' + SAMPLE_EN,
    '在苏伊士运河附近开发化工与建材园区。' + SAMPLE_ZH,
  ),
  founder(
    ORG.tanzania,
    'Jiangsu–Tanzania Agricultural Park Co.',
    '江苏—坦桑尼亚农业产业园有限公司',
    'TZ',
    'Runs an agriculture and food-processing park in Tanzania.' + SAMPLE_EN,
    '在坦桑尼亚运营农业与食品加工产业园。' + SAMPLE_ZH,
  ),
  partner(
    ORG.sinosure,
    'China Export & Credit Insurance Corporation (Sinosure)',
    '中国出口信用保险公司',
    'financial_institution',
    'Export credit insurer; signed a strategic cooperation agreement with the alliance on 12 May 2021.',
    '出口信用保险机构，于2021年5月12日与联盟签署战略合作协议。',
  ),
  partner(
    ORG.bocJiangsu,
    'Bank of China Jiangsu Branch',
    '中国银行江苏分行',
    'financial_institution',
    'Signed a strategic cooperation agreement with the alliance on 12 May 2021.',
    '于2021年5月12日与联盟签署战略合作协议。',
  ),
  partner(
    ORG.bankOfJiangsu,
    'Bank of Jiangsu',
    '江苏银行',
    'financial_institution',
    'Signed a strategic cooperation agreement with the alliance on 12 May 2021.',
    '于2021年5月12日与联盟签署战略合作协议。',
  ),
  partner(
    ORG.lawyers,
    'Jiangsu Lawyers Association',
    '江苏省律师协会',
    'service_provider',
    'Signed a strategic cooperation agreement with the alliance on 12 May 2021 on overseas legal service centres.',
    '于2021年5月12日与联盟签署战略合作协议，共建境外法律服务中心。',
  ),
  partner(
    ORG.brvea,
    'Belt and Road Vocational Education Alliance (BRVEA)',
    '“一带一路”人才培养合作联盟',
    'service_provider',
    'Signed a strategic cooperation agreement with the alliance on 12 May 2021 on vocational education and training.',
    '于2021年5月12日与联盟签署战略合作协议，开展职业教育与人才培训合作。',
  ),
  {
    ...partner(
      ORG.nanjing,
      'Nanjing Overseas Investment Research Institute',
      '南京海外投资研究院',
      'research_institute',
      'Sample data: a think tank admitted from the membership queue; it publishes host-country policy briefs and proposes country risk ratings.',
      '示例数据：经入盟审核加入的智库，发布东道国政策简报并提出国别风险评级建议。',
    ),
    website: 'https://example.org/research',
    memberSince: '2026-11-21',
  },
];

export interface DemoAccount {
  id: string;
  email: string;
  displayName: string;
  organizationId: string;
  orgRole: OrgRole;
  locale: Locale;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: '00000000-0000-4000-8000-000000000101',
    email: 'secretariat@example.org',
    displayName: 'Secretariat Officer',
    organizationId: ORG.secretariat,
    orgRole: 'admin',
    locale: 'en',
    description: 'secretariat (runs the alliance)',
  },
  {
    id: '00000000-0000-4000-8000-000000000102',
    email: 'operator@example.org',
    displayName: 'Sihanoukville SEZ Admin',
    organizationId: ORG.ssez,
    orgRole: 'admin',
    locale: 'en',
    description: 'admin, Sihanoukville SEZ operator',
  },
  {
    id: '00000000-0000-4000-8000-000000000103',
    email: 'operator2@example.org',
    displayName: 'Indonesia Park Admin',
    organizationId: ORG.indonesia,
    orgRole: 'admin',
    locale: 'zh',
    description: 'admin, another park operator',
  },
  {
    id: '00000000-0000-4000-8000-000000000104',
    email: 'banker@example.org',
    displayName: 'Bank of Jiangsu Analyst',
    organizationId: ORG.bankOfJiangsu,
    orgRole: 'member',
    locale: 'en',
    description: 'member, Bank of Jiangsu',
  },
  {
    id: '00000000-0000-4000-8000-000000000105',
    email: 'approver@example.org',
    displayName: 'Bank of Jiangsu Approver',
    organizationId: ORG.bankOfJiangsu,
    orgRole: 'admin',
    locale: 'en',
    description: 'admin, Bank of Jiangsu',
  },
  {
    id: '00000000-0000-4000-8000-000000000106',
    email: 'insurer@example.org',
    displayName: 'Sinosure Underwriter',
    organizationId: ORG.sinosure,
    orgRole: 'admin',
    locale: 'en',
    description: 'admin, export credit insurer',
  },
  {
    id: '00000000-0000-4000-8000-000000000108',
    email: 'researcher@example.org',
    displayName: 'Nanjing Institute Researcher',
    organizationId: ORG.nanjing,
    orgRole: 'admin',
    locale: 'zh',
    description: 'admin, Nanjing Overseas Investment Research Institute (research institute)',
  },
  {
    id: '00000000-0000-4000-8000-000000000107',
    email: 'partner@example.org',
    displayName: 'Lawyers Association Liaison',
    organizationId: ORG.lawyers,
    orgRole: 'admin',
    locale: 'zh',
    description: 'admin, Jiangsu Lawyers Association',
  },
];

export interface DemoPark {
  id: string;
  organizationId: string;
  nameEn: string;
  nameZh: string;
  country: string;
  city: string;
  latitude: string;
  longitude: string;
  establishedYear: number;
  areaKm2: string;
  sectors: Sector[];
  status: ParkStatus;
  enterpriseCount: number;
  investmentUsd: string;
  localJobs: number;
  descriptionEn: string;
  descriptionZh: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
}

const SAMPLE_FIGURES_EN = ' Location approximate; year, area, enterprises, investment and jobs are sample data.';
const SAMPLE_FIGURES_ZH = '位置为近似值；设立年份、面积、入园企业、投资额和就业人数均为示例数据。';

type Figures = Pick<
  DemoPark,
  'establishedYear' | 'areaKm2' | 'enterpriseCount' | 'investmentUsd' | 'localJobs' | 'status'
>;

const park = (
  n: number,
  organizationId: string,
  names: [en: string, zh: string],
  place: [country: string, city: string, latitude: string, longitude: string],
  sectors: Sector[],
  figures: Figures,
  about: [en: string, zh: string],
): DemoPark => ({
  id: `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`,
  organizationId,
  nameEn: names[0],
  nameZh: names[1],
  country: place[0],
  city: place[1],
  latitude: place[2],
  longitude: place[3],
  sectors,
  ...figures,
  descriptionEn: about[0] + SAMPLE_FIGURES_EN,
  descriptionZh: about[1] + SAMPLE_FIGURES_ZH,
  contactName: 'Investment Promotion Office',
  contactEmail: `park${n}@example.org`,
  contactPhone: null,
});

const FOUNDER_EN = 'One of the eight founding parks of the alliance (September 2020).';
const FOUNDER_ZH = '联盟八家发起园区之一（2020年9月）。';
const SAMPLE_PARK_EN = 'Sample park of a sample member organization.';
const SAMPLE_PARK_ZH = '示例成员单位的示例园区。';

export const DEMO_PARKS: DemoPark[] = [
  park(
    1,
    ORG.jocic,
    ['China-UAE Industrial Capacity Cooperation Demonstration Zone', '中阿（联酋）产能合作示范园'],
    ['AE', 'Abu Dhabi', '24.800000', '54.650000'],
    ['building_materials', 'machinery_equipment', 'new_energy'],
    {
      establishedYear: 2017,
      areaKm2: '12.20',
      enterpriseCount: 42,
      investmentUsd: '1250000000.00',
      localJobs: 3200,
      status: 'operating',
    },
    [
      `${FOUNDER_EN} Jiangsu Overseas Cooperation and Investment Co., Ltd. is its main investor.`,
      `${FOUNDER_ZH}江苏省海外合作投资有限公司为其主要投资主体。`,
    ],
  ),
  park(
    2,
    ORG.ssez,
    ['Sihanoukville Special Economic Zone', '柬埔寨西哈努克港经济特区'],
    ['KH', 'Sihanoukville', '10.690000', '103.630000'],
    ['textiles_garments', 'machinery_equipment', 'electronics'],
    {
      establishedYear: 2008,
      areaKm2: '11.13',
      enterpriseCount: 175,
      investmentUsd: '1480000000.00',
      localJobs: 30000,
      status: 'operating',
    },
    [
      `${FOUNDER_EN} Run by Sihanoukville Special Economic Zone Co., Ltd.`,
      `${FOUNDER_ZH}由西哈努克港经济特区有限公司运营。`,
    ],
  ),
  park(
    3,
    ORG.indonesia,
    ['Jiangsu–Indonesia Industrial Park', '江苏—印尼产业园'],
    ['ID', 'Batam', '1.080000', '104.030000'],
    ['building_materials', 'machinery_equipment', 'steel_metals'],
    {
      establishedYear: 2016,
      areaKm2: '6.50',
      enterpriseCount: 38,
      investmentUsd: '620000000.00',
      localJobs: 8600,
      status: 'operating',
    },
    [SAMPLE_PARK_EN, SAMPLE_PARK_ZH],
  ),
  park(
    4,
    ORG.ethiopia,
    ['Jiangsu–Ethiopia Industrial Zone', '江苏—埃塞俄比亚工业园'],
    ['ET', 'Dukem', '8.800000', '38.900000'],
    ['textiles_garments', 'agriculture_food'],
    {
      establishedYear: 2015,
      areaKm2: '5.00',
      enterpriseCount: 27,
      investmentUsd: '310000000.00',
      localJobs: 12400,
      status: 'operating',
    },
    [SAMPLE_PARK_EN, SAMPLE_PARK_ZH],
  ),
  park(
    5,
    ORG.kazakhstan,
    ['Jiangsu–Kazakhstan Logistics Park', '江苏—哈萨克斯坦物流园'],
    ['KZ', 'Almaty', '43.240000', '76.890000'],
    ['logistics_warehousing', 'trade'],
    {
      establishedYear: 2019,
      areaKm2: '2.40',
      enterpriseCount: 16,
      investmentUsd: '185000000.00',
      localJobs: 1500,
      status: 'operating',
    },
    [SAMPLE_PARK_EN, SAMPLE_PARK_ZH],
  ),
  park(
    6,
    ORG.vietnam,
    ['Jiangsu–Vietnam Industrial Park', '江苏—越南工业园'],
    ['VN', 'Hai Phong', '20.860000', '106.680000'],
    ['electronics', 'new_energy', 'automotive'],
    {
      establishedYear: 2018,
      areaKm2: '4.80',
      enterpriseCount: 31,
      investmentUsd: '540000000.00',
      localJobs: 9700,
      status: 'operating',
    },
    [SAMPLE_PARK_EN, SAMPLE_PARK_ZH],
  ),
  park(
    7,
    ORG.egypt,
    ['Jiangsu–Egypt Industrial Zone', '江苏—埃及工业区'],
    ['EG', 'Suez', '29.970000', '32.550000'],
    ['chemicals', 'building_materials'],
    {
      establishedYear: 2020,
      areaKm2: '3.60',
      enterpriseCount: 12,
      investmentUsd: '210000000.00',
      localJobs: 2300,
      status: 'under_construction',
    },
    [SAMPLE_PARK_EN, SAMPLE_PARK_ZH],
  ),
  park(
    8,
    ORG.tanzania,
    ['Jiangsu–Tanzania Agricultural Park', '江苏—坦桑尼亚农业产业园'],
    ['TZ', 'Dar es Salaam', '-6.790000', '39.210000'],
    ['agriculture_food', 'logistics_warehousing'],
    {
      establishedYear: 2021,
      areaKm2: '8.00',
      enterpriseCount: 9,
      investmentUsd: '75000000.00',
      localJobs: 1100,
      status: 'planning',
    },
    [SAMPLE_PARK_EN, SAMPLE_PARK_ZH],
  ),
];

export interface DemoApplication {
  id: string;
  reference: string;
  nameEn: string | null;
  nameZh: string | null;
  type: OrganizationType;
  country: string;
  website: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  parks: { nameEn?: string; nameZh?: string; country: string; city?: string }[];
  locale: Locale;
  termsAcceptedAt: Date;
  submittedIp: string;
}

/** Applications to the secretariat's queue, all sample data: the Nanjing institute's was approved (APPROVED_APPLICATION), the others wait. */
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    id: '00000000-0000-4000-8000-000000000301',
    reference: 'AP-2026-00001',
    nameEn: 'Jiangsu–Serbia Industrial Park Development Co., Ltd.',
    nameZh: '江苏—塞尔维亚产业园开发有限公司',
    type: 'park_operator',
    country: 'RS',
    website: 'https://example.org/serbia-park',
    descriptionEn: 'Sample data: a park operator applying to join.',
    descriptionZh: '示例数据：申请入盟的园区运营方。',
    contactName: 'Li Ming',
    contactEmail: 'li.ming@example.org',
    contactPhone: '+381 11 555 0101',
    parks: [
      { nameEn: 'Jiangsu–Serbia Industrial Park', nameZh: '江苏—塞尔维亚产业园', country: 'RS', city: 'Belgrade' },
    ],
    locale: 'zh',
    termsAcceptedAt: new Date('2026-11-18T09:30:00Z'),
    submittedIp: '203.0.113.10',
  },
  {
    id: '00000000-0000-4000-8000-000000000302',
    reference: 'AP-2026-00002',
    nameEn: 'Sihanoukville SEZ Company',
    nameZh: '西哈努克港经济特区公司',
    type: 'park_operator',
    country: 'KH',
    website: null,
    descriptionEn: 'Sample data: its name resembles an existing member, so the queue shows a warning.',
    descriptionZh: '示例数据：名称与现有成员相近，审核队列会显示提醒。',
    contactName: 'Chen Hua',
    contactEmail: 'chen.hua@example.org',
    contactPhone: null,
    parks: [],
    locale: 'en',
    termsAcceptedAt: new Date('2026-11-19T14:05:00Z'),
    submittedIp: '203.0.113.11',
  },
  {
    id: '00000000-0000-4000-8000-000000000303',
    reference: 'AP-2026-00003',
    nameEn: 'Nanjing Overseas Investment Research Institute',
    nameZh: '南京海外投资研究院',
    type: 'research_institute',
    country: 'CN',
    website: 'https://example.org/research',
    descriptionEn: 'Sample data: a think tank that publishes policy briefs (approved: now a member).',
    descriptionZh: '示例数据：发布政策研究简报的智库（已批准入盟）。',
    contactName: 'Wang Fang',
    contactEmail: 'wang.fang@example.org',
    contactPhone: '+86 25 5555 0103',
    parks: [],
    locale: 'zh',
    termsAcceptedAt: new Date('2026-11-20T02:40:00Z'),
    submittedIp: '203.0.113.12',
  },
  {
    id: '00000000-0000-4000-8000-000000000304',
    reference: 'AP-2026-00004',
    nameEn: 'Jiangsu Overseas Risk Studies Centre',
    nameZh: '江苏境外风险研究中心',
    type: 'research_institute',
    country: 'CN',
    website: null,
    descriptionEn: 'Sample data: a research centre applying to join, pending review.',
    descriptionZh: '示例数据：申请入盟的研究中心，待审核。',
    contactName: 'Zhao Lei',
    contactEmail: 'zhao.lei@example.org',
    contactPhone: null,
    parks: [],
    locale: 'zh',
    termsAcceptedAt: new Date('2026-11-24T07:15:00Z'),
    submittedIp: '203.0.113.13',
  },
];

/** The Nanjing institute's application, approved by the secretariat: it became ORG.nanjing. */
export const APPROVED_APPLICATION = {
  id: '00000000-0000-4000-8000-000000000303',
  organizationId: ORG.nanjing,
  decidedByUserId: '00000000-0000-4000-8000-000000000101',
  decidedAt: new Date('2026-11-21T03:00:00Z'),
} as const;
