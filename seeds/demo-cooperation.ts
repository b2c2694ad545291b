import type {
  CooperationAudience,
  CooperationProjectKind,
  CooperationProjectStatus,
  Sector,
} from '@alliance/contracts';
import { ORG } from './demo-data';

/**
 * Cooperation projects of the demo parks (the investment cooperation platform). The public record
 * names the parks (shared/reference/FACTS.md); the projects, their sizes and dates are sample data,
 * marked `sample` and saying so. Ids 00000000-0000-4000-8000-0000000031nn; 3101 (Sihanoukville) and
 * 3102 (the China-UAE zone) are open projects the expressions, deals and matches demo data build on.
 */
export const cooperationProjectId = (n: number) => `00000000-0000-4000-8000-0000000031${String(n).padStart(2, '0')}`;

/** The demo accounts who wrote them (seeds/demo-data.ts). */
const USER = {
  operator: '00000000-0000-4000-8000-000000000102',
  operator2: '00000000-0000-4000-8000-000000000103',
} as const;

/** Parks of seeds/demo-data.ts (park n: …0000000002nn). */
const park = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;

const SAMPLE_EN = ' (Sample project: its figures and dates are illustrative.)';
const SAMPLE_ZH = '（示例项目：数据和日期仅作演示。）';

export interface DemoCooperationProject {
  id: string;
  organizationId: string;
  parkId: string | null;
  kind: CooperationProjectKind;
  status: CooperationProjectStatus;
  audience: CooperationAudience;
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  descriptionEn: string;
  descriptionZh: string;
  sectors: Sector[];
  country: string;
  sizeUsd: string | null;
  deadline: string | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  createdByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  sample: true;
}

/** An open project published on `published`, open for twelve months. */
const openSince = (published: string) => {
  const publishedAt = new Date(published);
  const expiresAt = new Date(publishedAt);
  expiresAt.setUTCFullYear(expiresAt.getUTCFullYear() + 1);
  return {
    status: 'open' as const,
    submittedAt: new Date(publishedAt.getTime() - 2 * 86_400_000),
    publishedAt,
    expiresAt,
    createdAt: new Date(publishedAt.getTime() - 3 * 86_400_000),
    updatedAt: publishedAt,
  };
};

export const DEMO_COOPERATION_PROJECTS: DemoCooperationProject[] = [
  {
    id: cooperationProjectId(1),
    organizationId: ORG.ssez,
    parkId: park(2),
    kind: 'seeking_investment',
    audience: 'public',
    titleEn: 'Textile and garment investors wanted for the Sihanoukville Special Economic Zone',
    titleZh: '柬埔寨西哈努克港经济特区诚招纺织服装投资企业',
    summaryEn:
      'Serviced land and standard workshops for textile and garment makers, next to Cambodia’s deep-water port.' +
      SAMPLE_EN,
    summaryZh: '为纺织服装企业提供配套齐全的土地和标准厂房，毗邻柬埔寨深水港。' + SAMPLE_ZH,
    descriptionEn:
      'The zone offers plots from 10,000 m² and ready-built standard workshops, a one-stop service centre for ' +
      'registration, customs and work permits, and training for local workers. We look for garment, knitting and ' +
      'dyeing companies that will invest and hire in Cambodia.' +
      SAMPLE_EN,
    descriptionZh:
      '特区提供一万平方米起的地块和现成标准厂房，设有注册、报关、工作许可一站式服务中心，并为当地员工提供培训。' +
      '诚邀服装、针织、印染企业来柬投资用工。' +
      SAMPLE_ZH,
    sectors: ['textiles_garments'],
    country: 'KH',
    sizeUsd: '30000000.00',
    deadline: null,
    createdByUserId: USER.operator,
    sample: true,
    ...openSince('2026-11-20T02:00:00Z'),
  },
  {
    id: cooperationProjectId(2),
    organizationId: ORG.jocic,
    parkId: park(1),
    kind: 'offering_capacity',
    audience: 'members',
    titleEn: 'Building-materials capacity in the China-UAE Industrial Capacity Cooperation Demonstration Zone',
    titleZh: '中阿（联酋）产能合作示范园建材产能合作',
    summaryEn:
      'Cement, glass and ceramics plants in the zone have capacity to share with members building in the Gulf and East Africa.' +
      SAMPLE_EN,
    summaryZh: '示范园内水泥、玻璃、陶瓷企业有富余产能，愿与在海湾和东非建设的成员单位合作。' + SAMPLE_ZH,
    descriptionEn:
      'Producers in the zone offer supply contracts, contract manufacturing and joint ventures for building ' +
      'materials, shipped from Khalifa Port.' +
      SAMPLE_EN,
    descriptionZh: '园内企业可提供建材供货合同、代工生产及合资合作，经哈利法港发运。' + SAMPLE_ZH,
    sectors: ['building_materials'],
    country: 'AE',
    sizeUsd: '12000000.00',
    deadline: null,
    createdByUserId: null,
    sample: true,
    ...openSince('2026-11-25T06:00:00Z'),
  },
  {
    id: cooperationProjectId(3),
    organizationId: ORG.indonesia,
    parkId: park(3),
    kind: 'seeking_partner',
    audience: 'members',
    titleEn: 'A machinery partner for a shared maintenance centre in the Jiangsu–Indonesia Industrial Park',
    titleZh: '江苏—印尼产业园共建设备维修中心，诚寻机械合作伙伴',
    summaryEn:
      'We look for a machinery maker to run a maintenance and spare-parts centre for the park’s tenants.' + SAMPLE_EN,
    summaryZh: '诚寻机械制造企业为园区入驻企业运营设备维修及备件中心。' + SAMPLE_ZH,
    descriptionEn: 'The park provides the building and a first five-year service contract.' + SAMPLE_EN,
    descriptionZh: '园区提供厂房并签订首期五年服务合同。' + SAMPLE_ZH,
    sectors: ['machinery_equipment', 'steel_metals'],
    country: 'ID',
    sizeUsd: '4500000.00',
    deadline: '2027-06-30',
    status: 'in_review',
    submittedAt: new Date('2026-12-01T03:00:00Z'),
    publishedAt: null,
    expiresAt: null,
    createdByUserId: USER.operator2,
    createdAt: new Date('2026-11-28T03:00:00Z'),
    updatedAt: new Date('2026-12-01T03:00:00Z'),
    sample: true,
  },
  {
    id: cooperationProjectId(4),
    organizationId: ORG.ethiopia,
    parkId: park(4),
    kind: 'seeking_investment',
    audience: 'members',
    titleEn: 'Food-processing investors for the Jiangsu–Ethiopia Industrial Zone',
    titleZh: '江苏—埃塞俄比亚工业园诚招食品加工投资',
    summaryEn: 'Draft: coffee and oilseed processing lines next to the zone’s garment cluster.' + SAMPLE_EN,
    summaryZh: '草稿：在园区服装产业集群旁建设咖啡和油籽加工线。' + SAMPLE_ZH,
    descriptionEn: 'To be completed before submission.' + SAMPLE_EN,
    descriptionZh: '提交前补充完整。' + SAMPLE_ZH,
    sectors: ['agriculture_food'],
    country: 'ET',
    sizeUsd: null,
    deadline: null,
    status: 'draft',
    submittedAt: null,
    publishedAt: null,
    expiresAt: null,
    createdByUserId: null,
    createdAt: new Date('2026-12-03T08:00:00Z'),
    updatedAt: new Date('2026-12-03T08:00:00Z'),
    sample: true,
  },
  {
    id: cooperationProjectId(5),
    organizationId: ORG.kazakhstan,
    parkId: park(5),
    kind: 'seeking_partner',
    audience: 'public',
    titleEn: 'Cold-chain warehousing partner on the China–Europe rail corridor',
    titleZh: '中欧班列通道冷链仓储合作伙伴招募',
    summaryEn:
      'A partner to build and run a cold store for rail freight in the Jiangsu–Kazakhstan Logistics Park.' + SAMPLE_EN,
    summaryZh: '诚寻合作伙伴在江苏—哈萨克斯坦物流园共建并运营铁路货运冷库。' + SAMPLE_ZH,
    descriptionEn:
      'Land beside the rail terminal is reserved; the park offers a share of the operating company.' + SAMPLE_EN,
    descriptionZh: '铁路场站旁已预留用地，园区可参股运营公司。' + SAMPLE_ZH,
    sectors: ['logistics_warehousing', 'agriculture_food'],
    country: 'KZ',
    sizeUsd: '8000000.00',
    deadline: '2027-09-30',
    createdByUserId: null,
    sample: true,
    ...openSince('2026-10-15T04:00:00Z'),
    // The deadline comes before the twelve months: the project stays open through it.
    expiresAt: new Date('2027-10-01T00:00:00Z'),
  },
  {
    id: cooperationProjectId(6),
    organizationId: ORG.vietnam,
    parkId: park(6),
    kind: 'procurement',
    audience: 'members',
    titleEn: 'Rooftop solar panels and inverters for the Jiangsu–Vietnam Industrial Park',
    titleZh: '江苏—越南工业园屋顶光伏组件及逆变器采购',
    summaryEn: 'The park buys panels and inverters for 20 MW of rooftop solar on its standard workshops.' + SAMPLE_EN,
    summaryZh: '园区为标准厂房屋顶20兆瓦光伏项目采购组件和逆变器。' + SAMPLE_ZH,
    descriptionEn: 'Delivery in three lots during 2027; suppliers with projects in Vietnam preferred.' + SAMPLE_EN,
    descriptionZh: '2027年分三批交付；在越南有项目经验的供应商优先。' + SAMPLE_ZH,
    sectors: ['new_energy', 'electronics'],
    country: 'VN',
    sizeUsd: '9600000.00',
    deadline: '2027-03-31',
    createdByUserId: null,
    sample: true,
    ...openSince('2026-11-05T02:00:00Z'),
    expiresAt: new Date('2027-04-01T00:00:00Z'),
  },
  {
    id: cooperationProjectId(7),
    organizationId: ORG.egypt,
    parkId: park(7),
    kind: 'seeking_investment',
    audience: 'members',
    titleEn: 'Chemicals and glass investors near the Suez Canal',
    titleZh: '苏伊士运河畔化工及玻璃项目招商',
    summaryEn:
      'Plots with gas and port access in the Jiangsu–Egypt Industrial Zone for chemicals and float glass.' + SAMPLE_EN,
    summaryZh: '江苏—埃及工业区提供通气、临港地块，招引化工和浮法玻璃项目。' + SAMPLE_ZH,
    descriptionEn: 'The zone helps with environmental permits and connects investors with local partners.' + SAMPLE_EN,
    descriptionZh: '园区协助办理环评许可，并对接当地合作伙伴。' + SAMPLE_ZH,
    sectors: ['chemicals', 'building_materials'],
    country: 'EG',
    sizeUsd: '55000000.00',
    deadline: null,
    createdByUserId: null,
    sample: true,
    ...openSince('2026-09-10T02:00:00Z'),
  },
];
