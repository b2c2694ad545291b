import type { IssueCaseStatus, MemberIssueCategory, MemberIssueStatus } from '@alliance/contracts';
import { ORG } from './demo-data';

/** Who raised and who filed: the demo accounts (seeds/demo-data.ts). */
const USER = {
  secretariat: '00000000-0000-4000-8000-000000000101',
  operator: '00000000-0000-4000-8000-000000000102',
  operator2: '00000000-0000-4000-8000-000000000103',
  banker: '00000000-0000-4000-8000-000000000104',
} as const;

/** Parks of seeds/demo-data.ts (park n: …0000000002nn). */
const PARK = {
  sihanoukville: '00000000-0000-4000-8000-000000000202',
  indonesia: '00000000-0000-4000-8000-000000000203',
} as const;

export const governmentBodyId = (n: number) => `00000000-0000-4000-8000-0000000021${String(n).padStart(2, '0')}`;
export const issueCaseId = (n: number) => `00000000-0000-4000-8000-0000000022${String(n).padStart(2, '0')}`;
export const memberIssueId = (n: number) => `00000000-0000-4000-8000-0000000023${String(n).padStart(2, '0')}`;

/** The government bodies of the public record (shared/reference/FACTS.md: the seminar of 12 May 2021), both names. */
export const DEMO_GOVERNMENT_BODIES = [
  {
    id: governmentBodyId(1),
    nameEn: 'Belt and Road Development Promotion Center of the National Development and Reform Commission',
    nameZh: '国家发展改革委“一带一路”建设促进中心',
    active: true,
  },
  {
    id: governmentBodyId(2),
    nameEn: 'Jiangsu Development and Reform Commission',
    nameZh: '江苏省发展改革委',
    active: true,
  },
  { id: governmentBodyId(3), nameEn: 'Jiangsu Department of Commerce', nameZh: '江苏省商务厅', active: true },
  {
    id: governmentBodyId(4),
    nameEn: "Foreign Affairs Office of the Jiangsu Provincial People's Government",
    nameZh: '江苏省外办',
    active: true,
  },
  {
    id: governmentBodyId(5),
    nameEn: 'Jiangsu Council for the Promotion of International Trade',
    nameZh: '江苏省贸促会',
    active: true,
  },
];

export interface DemoIssueCase {
  id: string;
  reference: string;
  category: MemberIssueCategory;
  country: string;
  titleEn: string;
  titleZh: string;
  summaryEn: string | null;
  summaryZh: string | null;
  status: IssueCaseStatus;
  raisedBy: number;
  hasPublicIssue: boolean;
  openedAt: Date;
  governmentBodyId: string | null;
  relayedText: string | null;
  relayedAt: Date | null;
  answerEn: string | null;
  answerZh: string | null;
  answeredAt: Date | null;
  createdByUserId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoMemberIssue {
  id: string;
  reference: string;
  organizationId: string;
  raisedByUserId: string;
  category: MemberIssueCategory;
  country: string;
  parkId: string | null;
  titleEn: string;
  titleZh: string;
  descriptionEn: string;
  descriptionZh: string;
  confidential: boolean;
  status: MemberIssueStatus;
  caseId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const RELAYED_TEXT =
  'The Sihanoukville Special Economic Zone and the Jiangsu–Indonesia Industrial Park report that customs in Cambodia and Indonesia ' +
  'have refused ASEAN–China certificates of origin (Form E) for machinery shipped from Jiangsu over formal errors: an HS code given ' +
  'at eight digits instead of six, a handwritten correction, an invoice number that differs from the bill of lading. The goods then ' +
  'pay the full import duty or wait at the port until a corrected certificate arrives, two to four weeks later. The alliance asks the ' +
  'Department to raise the matter with the issuing authorities in the province, and to help the exporters who supply the parks avoid ' +
  'these errors.\n\n江苏境外园区高质量发展联盟秘书处';

/** Cases the secretariat made of members' issues: one relayed to the Department of Commerce and answered; one confidential. */
export const DEMO_ISSUE_CASES: DemoIssueCase[] = [
  {
    id: issueCaseId(1),
    reference: 'IC-2026-00001',
    category: 'customs',
    country: 'KH',
    titleEn: 'Certificates of origin (Form E) refused over formal errors',
    titleZh: '原产地证书（FORM E）因格式错误被拒',
    summaryEn:
      'Customs in Cambodia and Indonesia refuse Form E certificates for equipment from Jiangsu over formal errors; the goods pay full duty or wait for a corrected certificate.',
    summaryZh: '柬埔寨和印尼海关因格式错误拒收江苏出口设备的FORM E原产地证书，货物须按全额关税缴纳或等待更正后的证书。',
    status: 'answered',
    raisedBy: 2,
    hasPublicIssue: true,
    openedAt: new Date('2026-11-10T03:20:00Z'),
    governmentBodyId: governmentBodyId(3),
    relayedText: RELAYED_TEXT,
    relayedAt: new Date('2026-11-18T02:00:00Z'),
    answerEn:
      'The Department of Commerce has raised the refusals with the certificate-issuing authorities in Jiangsu. A certificate refused for a ' +
      'formal error can be reissued, or issued retrospectively, on request with the refusal notice attached. The Department will hold an ' +
      'online session on filling in Form E (six-digit HS codes, no handwritten corrections, invoice numbers matching the transport documents) ' +
      'for the exporters that supply the parks in January; the alliance secretariat will circulate the date.',
    answerZh:
      '省商务厅已就拒收问题与省内原产地证书签证机构沟通。因格式错误被拒的证书，可凭拒收通知申请重新签发或补发。省商务厅将于一月为向园区供货的出口企业' +
      '举办FORM E填制线上培训（HS编码填写六位、不得手写更正、发票号与运输单据一致），具体时间由联盟秘书处另行通知。',
    answeredAt: new Date('2026-12-02T07:30:00Z'),
    createdByUserId: USER.secretariat,
    createdAt: new Date('2026-11-12T01:00:00Z'),
    updatedAt: new Date('2026-12-02T07:30:00Z'),
  },
  {
    id: issueCaseId(2),
    reference: 'IC-2026-00002',
    category: 'finance',
    country: 'KH',
    titleEn: 'Registering a mortgage over a tenant’s factory building in the zone',
    titleZh: '园区内企业厂房抵押登记',
    summaryEn: null,
    summaryZh: null,
    status: 'open',
    raisedBy: 1,
    hasPublicIssue: false,
    openedAt: new Date('2026-11-26T06:40:00Z'),
    governmentBodyId: null,
    relayedText: null,
    relayedAt: null,
    answerEn: null,
    answerZh: null,
    answeredAt: null,
    createdByUserId: USER.secretariat,
    createdAt: new Date('2026-11-27T02:10:00Z'),
    updatedAt: new Date('2026-11-27T02:10:00Z'),
  },
];

/** Members' issues: two in the answered case, a confidential one in a case of its own, two waiting in the secretariat's inbox. */
export const DEMO_MEMBER_ISSUES: DemoMemberIssue[] = [
  {
    id: memberIssueId(1),
    reference: 'MI-2026-00001',
    organizationId: ORG.ssez,
    raisedByUserId: USER.operator,
    category: 'customs',
    country: 'KH',
    parkId: PARK.sihanoukville,
    titleEn: 'Form E certificates refused at Sihanoukville port',
    titleZh: '西港港口拒收FORM E原产地证书',
    descriptionEn:
      'Since October, customs at Sihanoukville Autonomous Port has refused three Form E certificates for production lines shipped from ' +
      'Jiangsu to companies in the zone: twice because the HS code was given at eight digits, once for a handwritten correction of the ' +
      'invoice number. Each time the company paid the full import duty or left the containers at the port until a new certificate came.',
    descriptionZh:
      '自十月以来，西哈努克港海关已拒收三份从江苏发往园区企业的生产线设备的FORM E原产地证书：两次因HS编码填写为八位，一次因发票号手写更正。' +
      '每次企业都只能全额缴纳进口关税，或将集装箱滞留港口等待新证书。',
    confidential: false,
    status: 'answered',
    caseId: issueCaseId(1),
    createdAt: new Date('2026-11-10T03:20:00Z'),
    updatedAt: new Date('2026-12-02T07:30:00Z'),
  },
  {
    id: memberIssueId(2),
    reference: 'MI-2026-00002',
    organizationId: ORG.indonesia,
    raisedByUserId: USER.operator2,
    category: 'customs',
    country: 'ID',
    parkId: PARK.indonesia,
    titleEn: 'Preferential duty refused for equipment from Jiangsu at Batam',
    titleZh: '巴淡岛海关拒绝对江苏设备适用优惠税率',
    descriptionEn:
      'Customs at Batam refused the ASEAN–China preferential rate for two shipments of steel-processing equipment because the invoice ' +
      'number on the Form E did not match the bill of lading. The tenants waited 23 days for corrected certificates.',
    descriptionZh:
      '巴淡岛海关因FORM E上的发票号与提单不一致，拒绝对两批钢材加工设备适用中国—东盟优惠税率，入园企业等待更正证书用了23天。',
    confidential: false,
    status: 'answered',
    caseId: issueCaseId(1),
    createdAt: new Date('2026-11-11T08:05:00Z'),
    updatedAt: new Date('2026-12-02T07:30:00Z'),
  },
  {
    id: memberIssueId(3),
    reference: 'MI-2026-00003',
    organizationId: ORG.bankOfJiangsu,
    raisedByUserId: USER.banker,
    category: 'finance',
    country: 'KH',
    parkId: null,
    titleEn: 'Mortgage over a factory building in the zone cannot be registered',
    titleZh: '园区内厂房抵押无法办理登记',
    descriptionEn:
      'A borrower of the bank operates a factory in a special economic zone in Cambodia on land leased from the zone developer. The land ' +
      'office will not register a mortgage over the building alone, separate from the lease, so the loan has no registered security. We ' +
      'would like to know how other lenders secure such loans and whether the authorities can clarify the rules.',
    descriptionZh:
      '本行一家借款企业在柬埔寨某经济特区内租用开发商土地建设厂房。土地管理部门不同意脱离租赁权单独为厂房办理抵押登记，导致贷款缺少已登记的担保。' +
      '希望了解其他金融机构如何为此类贷款设定担保，并请有关部门明确相关规定。',
    confidential: true,
    status: 'acknowledged',
    caseId: issueCaseId(2),
    createdAt: new Date('2026-11-26T06:40:00Z'),
    updatedAt: new Date('2026-11-27T02:10:00Z'),
  },
  {
    id: memberIssueId(4),
    reference: 'MI-2026-00004',
    organizationId: ORG.ssez,
    raisedByUserId: USER.operator,
    category: 'permits',
    country: 'KH',
    parkId: PARK.sihanoukville,
    titleEn: 'Work permits for Chinese technicians take over two months',
    titleZh: '中方技术人员工作许可办理超过两个月',
    descriptionEn:
      'Companies moving into the zone’s new factory buildings bring technicians from Jiangsu to install and commission their lines. Their ' +
      'work permits and employment cards now take nine to eleven weeks, against three to four last year, and the technicians leave before ' +
      'the lines are running.',
    descriptionZh:
      '入驻园区新厂房的企业需从江苏派技术人员安装调试生产线。目前这些人员的工作许可和就业证办理需九至十一周，而去年仅需三至四周，技术人员往往在生产线投产前就须离境。',
    confidential: false,
    status: 'submitted',
    caseId: null,
    createdAt: new Date('2026-12-01T02:15:00Z'),
    updatedAt: new Date('2026-12-01T02:15:00Z'),
  },
  {
    id: memberIssueId(5),
    reference: 'MI-2026-00005',
    organizationId: ORG.indonesia,
    raisedByUserId: USER.operator2,
    category: 'permits',
    country: 'ID',
    parkId: PARK.indonesia,
    titleEn: 'Building approvals for tenant factories delayed',
    titleZh: '入园企业厂房建筑审批延误',
    descriptionEn:
      'Since the building approval (PBG) moved to the new online system, applications for four tenant factories in the park have waited ' +
      'more than ninety days without a decision, and construction cannot start.',
    descriptionZh:
      '建筑审批（PBG）改为新的线上系统后，园区内四家企业的厂房申请已等待超过九十天仍无结果，无法开工建设。',
    confidential: false,
    status: 'submitted',
    caseId: null,
    createdAt: new Date('2026-12-03T09:00:00Z'),
    updatedAt: new Date('2026-12-03T09:00:00Z'),
  },
];
