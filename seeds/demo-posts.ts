import type { PostKind, PostVisibility, Sector } from '@alliance/contracts';
import { ORG } from './demo-data';

/** Authors: the demo accounts (seeds/demo-data.ts). */
const USER = {
  secretariat: '00000000-0000-4000-8000-000000000101',
  ssez: '00000000-0000-4000-8000-000000000102',
  indonesia: '00000000-0000-4000-8000-000000000103',
  bankOfJiangsu: '00000000-0000-4000-8000-000000000105',
} as const;

export interface DemoPost {
  id: string;
  organizationId: string;
  authorUserId: string;
  kind: PostKind;
  titleEn: string;
  titleZh: string;
  bodyEn: string;
  bodyZh: string;
  countries: string[];
  sectors: Sector[];
  tags: string[];
  parkId: string | null;
  visibility: PostVisibility;
  pinned: boolean;
  publishedAt: Date;
  eventStartsAt?: Date;
  eventEndsAt?: Date;
  eventTimeZone?: string;
  eventPlace?: string;
  eventCapacity?: number | null;
  /** After the event: the people and organizations that took part, as the organizer reports them. */
  eventReportedAttendees?: number | null;
  eventReportedOrganizations?: number | null;
}

const id = (n: number) => `00000000-0000-4000-8000-0000000004${String(n).padStart(2, '0')}`;
const SAMPLE_EN = '\n\n*Sample post: the details are illustrative.*';
const SAMPLE_ZH = '\n\n*示例信息：具体内容仅作演示。*';

/**
 * The 2027 promotion conference (sample data), whose B2B meetings are seeds/demo-meetings.ts: its
 * id is the first of that seed's range, 00000000-0000-4000-8000-0000000036xx.
 */
export const PROMOTION_CONFERENCE_2027 = '00000000-0000-4000-8000-000000003601';

/** The Jakarta promotion conference of 19 November 2019 (the public record). */
export const JAKARTA_CONFERENCE_2019 = id(3);

/** Posts of the information platform. The first three follow the public record (FACTS.md); the rest are sample data and say so. */
export const DEMO_POSTS: DemoPost[] = [
  {
    id: id(1),
    organizationId: ORG.secretariat,
    authorUserId: USER.secretariat,
    kind: 'news',
    titleEn:
      'Seminar on the high-quality development of Jiangsu overseas parks in the 14th Five-Year Plan period held in Nanjing',
    titleZh: '“十四五”时期推动江苏境外园区高质量发展研讨会在南京举行',
    bodyEn:
      'On 12 May 2021 the alliance held the *Seminar on promoting the high-quality development of Jiangsu overseas parks in the 14th Five-Year Plan period* in Nanjing. About **120 guests** attended: alliance members, industry associations, financial institutions, scholars and companies.\n\n' +
      'Strategic cooperation agreements were signed that day with:\n\n' +
      '- the Jiangsu Lawyers Association (overseas legal service centres);\n- the Belt and Road Vocational Education Alliance (vocational education and training);\n- China Export & Credit Insurance Corporation (Sinosure);\n- Bank of China Jiangsu Branch;\n- Bank of Jiangsu.\n\n' +
      'The *Initiative on Jointly Promoting the High-Quality Development of Jiangsu Overseas Parks* was published at the seminar.',
    bodyZh:
      '2021年5月12日，联盟在南京举办“十四五”时期推动江苏境外园区高质量发展研讨会，联盟成员、行业协会、金融机构、专家学者和企业代表等约**120人**参会。\n\n' +
      '会上，联盟分别与以下单位签署战略合作协议：\n\n' +
      '- 江苏省律师协会（境外法律服务中心）；\n- “一带一路”人才培养合作联盟（职业教育与培训）；\n- 中国出口信用保险公司；\n- 中国银行江苏分行；\n- 江苏银行。\n\n' +
      '研讨会发布了《关于共同推动江苏境外园区高质量发展的倡议书》。',
    countries: ['CN'],
    sectors: [],
    tags: ['seminar', '研讨会', '14th Five-Year Plan'],
    parkId: null,
    visibility: 'public',
    pinned: true,
    publishedAt: new Date('2021-05-12T10:00:00Z'),
  },
  {
    id: id(2),
    organizationId: ORG.secretariat,
    authorUserId: USER.secretariat,
    kind: 'announcement',
    titleEn: "The alliance's four platforms",
    titleZh: '联盟的四大平台',
    bodyEn:
      "The alliance's secretary-general described its work as four platforms:\n\n" +
      '1. **Information sharing** — members share news, announcements, opportunities and needs;\n2. **Financing services** — members ask for finance, partner banks and insurers answer with offers;\n3. **Investment cooperation** — projects looking for investors and partners;\n4. **Policy research** — host-country policy briefs, risk ratings and early warnings.\n\n' +
      'Members hope the alliance will be the parks\' "home", where parks and companies find their counterparts and partners abroad.',
    bodyZh:
      '联盟秘书长介绍，联盟将着力打造四大平台：\n\n' +
      '1. **信息共享平台**——成员发布新闻、公告、机会与需求；\n2. **融资服务平台**——成员提出融资需求，合作银行和保险机构提供方案；\n3. **投资合作平台**——发布寻求投资和合作伙伴的项目；\n4. **政策研究平台**——东道国政策研究、国别风险评级和预警。\n\n' +
      '成员们希望联盟成为境外园区的“娘家”，帮助园区和企业在海外找到“亲家”。',
    countries: [],
    sectors: [],
    tags: ['platforms', '平台'],
    parkId: null,
    visibility: 'public',
    pinned: false,
    publishedAt: new Date('2021-05-13T02:00:00Z'),
  },
  {
    id: JAKARTA_CONFERENCE_2019,
    organizationId: ORG.secretariat,
    authorUserId: USER.secretariat,
    kind: 'event',
    titleEn: 'Promotion conference for Jiangsu construction companies in Jakarta',
    titleZh: '江苏建筑企业雅加达推介会',
    bodyEn:
      'On 19 November 2019 a promotion conference for Jiangsu construction companies was held in Jakarta, Indonesia. More than **300 people** from nearly **120 companies** of Jiangsu and Indonesia took part.',
    bodyZh:
      '2019年11月19日，江苏建筑企业推介会在印度尼西亚雅加达举行，来自江苏和印尼的近**120家企业**、**300余人**参加。',
    countries: ['ID'],
    sectors: ['building_materials'],
    tags: ['Jakarta', '雅加达', 'construction'],
    parkId: null,
    visibility: 'public',
    pinned: false,
    publishedAt: new Date('2019-11-20T03:00:00Z'),
    // The record gives the day and the city; the hours are illustrative.
    eventStartsAt: new Date('2019-11-19T02:00:00Z'),
    eventEndsAt: new Date('2019-11-19T06:00:00Z'),
    eventTimeZone: 'Asia/Jakarta',
    eventPlace: 'Jakarta, Indonesia',
    eventCapacity: null,
    // The record: more than 300 people from nearly 120 companies of Jiangsu and Indonesia.
    eventReportedAttendees: 300,
    eventReportedOrganizations: 120,
  },
  {
    id: id(9),
    organizationId: ORG.secretariat,
    authorUserId: USER.secretariat,
    kind: 'event',
    titleEn: "Members' year-end meeting",
    titleZh: '会员年终大会',
    bodyEn:
      'Member organizations review the year of the four platforms and plan the next one. Register to reserve a seat.' +
      SAMPLE_EN,
    bodyZh: '各成员单位回顾四大平台一年来的工作并规划来年。请报名预留席位。' + SAMPLE_ZH,
    countries: ['CN'],
    sectors: [],
    tags: ['members', '会员'],
    parkId: null,
    visibility: 'members',
    pinned: false,
    publishedAt: new Date('2026-11-20T02:00:00Z'),
    eventStartsAt: new Date('2026-12-18T01:30:00Z'),
    eventEndsAt: new Date('2026-12-18T08:00:00Z'),
    eventTimeZone: 'Asia/Shanghai',
    eventPlace: 'Nanjing',
    eventCapacity: 60,
  },
  {
    id: PROMOTION_CONFERENCE_2027,
    organizationId: ORG.secretariat,
    authorUserId: USER.secretariat,
    kind: 'event',
    titleEn: '2027 Promotion conference of Jiangsu overseas industrial parks',
    titleZh: '2027年江苏境外产业园区投资推介会',
    bodyEn:
      'The parks of the alliance present themselves to investors, banks, insurers and service providers. ' +
      'Registered participants can request **one-to-one B2B meetings** with each other: mark the sessions you are available in, ' +
      'request meetings with a short reason, and the secretariat schedules the accepted ones into 20-minute slots at six tables ' +
      '(10:00–12:00 and 14:00–16:00).' +
      SAMPLE_EN,
    bodyZh:
      '联盟各境外园区面向投资企业、银行、保险机构和服务机构集中推介。已报名的参会单位可相互预约**一对一洽谈**：' +
      '勾选可参加的时段，附简短事由提出洽谈申请，秘书处将已接受的洽谈安排在6张洽谈桌、每场20分钟的时段内' +
      '（10:00–12:00、14:00–16:00）。' +
      SAMPLE_ZH,
    countries: ['CN'],
    sectors: [],
    tags: ['promotion conference', '推介会', 'B2B meetings', '洽谈'],
    parkId: null,
    visibility: 'members',
    pinned: false,
    publishedAt: new Date('2026-12-01T02:00:00Z'),
    // 16 March 2027, 09:00–17:30 in Nanjing (UTC+8).
    eventStartsAt: new Date('2027-03-16T01:00:00Z'),
    eventEndsAt: new Date('2027-03-16T09:30:00Z'),
    eventTimeZone: 'Asia/Shanghai',
    eventPlace: 'Nanjing',
    eventCapacity: 200,
  },
  {
    id: id(4),
    organizationId: ORG.ssez,
    authorUserId: USER.ssez,
    kind: 'opportunity',
    titleEn: 'Standard factory buildings available for garment and electronics investors',
    titleZh: '西港特区标准厂房招商：欢迎纺织服装、电子企业入驻',
    bodyEn:
      'New **standard factory buildings** are ready in the Sihanoukville Special Economic Zone, with one-stop services for company registration, customs and labour.' +
      SAMPLE_EN,
    bodyZh: '西哈努克港经济特区新建**标准厂房**已可交付，区内提供企业注册、报关、用工等一站式服务。' + SAMPLE_ZH,
    countries: ['KH'],
    sectors: ['textiles_garments', 'electronics'],
    tags: ['factory', '厂房'],
    parkId: '00000000-0000-4000-8000-000000000202',
    visibility: 'public',
    pinned: false,
    publishedAt: new Date('2026-10-28T02:00:00Z'),
  },
  {
    id: id(5),
    organizationId: ORG.indonesia,
    authorUserId: USER.indonesia,
    kind: 'demand',
    titleEn: 'Looking for a logistics partner for container transport from Batam',
    titleZh: '寻求巴淡岛集装箱运输物流合作伙伴',
    bodyEn:
      'The Jiangsu–Indonesia Industrial Park is looking for a logistics company to run container transport between the park and the port.' +
      SAMPLE_EN,
    bodyZh: '江苏—印尼产业园寻求物流企业合作，承接园区至港口的集装箱运输业务。' + SAMPLE_ZH,
    countries: ['ID'],
    sectors: ['logistics_warehousing'],
    tags: ['logistics', '物流'],
    parkId: '00000000-0000-4000-8000-000000000203',
    visibility: 'public',
    pinned: false,
    publishedAt: new Date('2026-11-05T06:00:00Z'),
  },
  {
    id: id(6),
    organizationId: ORG.ssez,
    authorUserId: USER.ssez,
    kind: 'demand',
    titleEn: 'Vocational training partner wanted for machine operators',
    titleZh: '征集机械操作工职业培训合作机构',
    bodyEn:
      'Companies in the zone need trained machine operators; we welcome training institutions for a joint programme.' +
      SAMPLE_EN,
    bodyZh: '区内企业需要熟练的机械操作工，欢迎职业培训机构共同开展培训项目。' + SAMPLE_ZH,
    countries: ['KH'],
    sectors: ['machinery_equipment'],
    tags: ['training', '培训'],
    parkId: '00000000-0000-4000-8000-000000000202',
    visibility: 'public',
    pinned: false,
    publishedAt: new Date('2026-11-12T04:00:00Z'),
  },
  {
    id: id(7),
    organizationId: ORG.secretariat,
    authorUserId: USER.secretariat,
    kind: 'announcement',
    titleEn: "Members' notice: update your organization's contacts before the year-end meeting",
    titleZh: '会员通知：请于年终会议前更新本单位联系人信息',
    bodyEn:
      "Organization administrators are asked to check their organization's contact details and user list in the portal before the year-end members' meeting." +
      SAMPLE_EN,
    bodyZh: '请各成员单位管理员在年终会员大会前，在门户中核对本单位联系方式和用户名单。' + SAMPLE_ZH,
    countries: [],
    sectors: [],
    tags: ['members', '会员'],
    parkId: null,
    visibility: 'members',
    pinned: false,
    publishedAt: new Date('2026-11-18T01:00:00Z'),
  },
  {
    id: id(8),
    organizationId: ORG.bankOfJiangsu,
    authorUserId: USER.bankOfJiangsu,
    kind: 'opportunity',
    titleEn: 'Cross-border financing for companies in member parks',
    titleZh: '面向成员园区企业的跨境融资服务',
    bodyEn:
      'Bank of Jiangsu offers members trade finance and project loans for companies in overseas parks. Contact us through the financing platform.' +
      SAMPLE_EN,
    bodyZh: '江苏银行为成员园区内企业提供贸易融资和项目贷款服务，欢迎通过融资服务平台联系。' + SAMPLE_ZH,
    countries: [],
    sectors: ['trade'],
    tags: ['finance', '融资'],
    parkId: null,
    visibility: 'members',
    pinned: false,
    publishedAt: new Date('2026-11-15T03:00:00Z'),
  },
];

/** The banker follows Cambodia and opportunities, and has been told about two posts (one still unread). */
export const DEMO_FOLLOWS = [
  {
    id: '00000000-0000-4000-8000-000000000501',
    userId: '00000000-0000-4000-8000-000000000104',
    topic: 'country' as const,
    value: 'KH',
  },
  {
    id: '00000000-0000-4000-8000-000000000502',
    userId: '00000000-0000-4000-8000-000000000104',
    topic: 'kind' as const,
    value: 'opportunity',
  },
];

export const DEMO_NOTIFICATIONS = [4, 6].map((n, i) => {
  const post = DEMO_POSTS.find((p) => p.id === id(n)) as DemoPost;
  return {
    id: `00000000-0000-4000-8000-00000000060${i + 1}`,
    userId: '00000000-0000-4000-8000-000000000104',
    type: 'post_published' as const,
    recordType: 'post' as const,
    recordId: post.id,
    titleEn: post.titleEn,
    titleZh: post.titleZh,
    readAt: i === 0 ? post.publishedAt : null,
    emailedAt: post.publishedAt,
    createdAt: post.publishedAt,
  };
});
