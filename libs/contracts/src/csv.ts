/**
 * CSV files as a person reads them: each export's column headers and coded values (types,
 * statuses, sectors, yes/no) in the language asked for. An import reads a header or a value in
 * either language or in its code form, so a file exported in Chinese imports again.
 */
import {
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PARK_STATUSES,
  type Locale,
  type MembershipStatus,
  type OrganizationType,
  type ParkStatus,
} from './enums';
import {
  FINANCING_CSV_COLUMNS,
  FINANCING_INSTRUMENTS,
  FINANCING_REQUEST_STATUSES,
  type FinancingInstrument,
  type FinancingRequestStatus,
} from './financing';
import { ORGANIZATION_CSV_COLUMNS } from './organizations';
import { PARK_CSV_COLUMNS } from './parks';
import { REGISTRATION_STATUSES, type RegistrationStatus } from './posts';
import { SECTOR_LABELS } from './sectors';

export interface Bilingual {
  en: string;
  zh: string;
}

export type ParkCsvColumn = (typeof PARK_CSV_COLUMNS)[number];
export type OrganizationCsvColumn = (typeof ORGANIZATION_CSV_COLUMNS)[number];
export type FinancingCsvColumn = (typeof FINANCING_CSV_COLUMNS)[number];

export const REGISTRATION_CSV_COLUMNS = ['name', 'email', 'organization', 'status', 'registeredAt'] as const;
export type RegistrationCsvColumn = (typeof REGISTRATION_CSV_COLUMNS)[number];

export const PARK_CSV_HEADERS: Record<ParkCsvColumn, Bilingual> = {
  id: { en: 'Park ID', zh: '园区 ID' },
  organizationId: { en: 'Operator ID', zh: '运营方 ID' },
  organizationName: { en: 'Operator name', zh: '运营方名称' },
  nameEn: { en: 'Name (English)', zh: '名称（英文）' },
  nameZh: { en: 'Name (Chinese)', zh: '名称（中文）' },
  country: { en: 'Host country (ISO code)', zh: '东道国（ISO 代码）' },
  city: { en: 'City', zh: '城市' },
  latitude: { en: 'Latitude', zh: '纬度' },
  longitude: { en: 'Longitude', zh: '经度' },
  establishedYear: { en: 'Established', zh: '设立年份' },
  areaKm2: { en: 'Area (km²)', zh: '面积（平方公里）' },
  sectors: { en: 'Sectors', zh: '产业' },
  status: { en: 'Status', zh: '状态' },
  enterpriseCount: { en: 'Enterprises', zh: '入园企业' },
  investmentUsd: { en: 'Investment (USD)', zh: '投资额（美元）' },
  localJobs: { en: 'Local jobs', zh: '当地就业' },
  descriptionEn: { en: 'Description (English)', zh: '简介（英文）' },
  descriptionZh: { en: 'Description (Chinese)', zh: '简介（中文）' },
  contactName: { en: 'Contact person', zh: '联系人' },
  contactEmail: { en: 'E-mail', zh: '电子邮箱' },
  contactPhone: { en: 'Telephone', zh: '电话' },
};

export const ORGANIZATION_CSV_HEADERS: Record<OrganizationCsvColumn, Bilingual> = {
  id: { en: 'Organization ID', zh: '机构 ID' },
  nameEn: { en: 'Name (English)', zh: '名称（英文）' },
  nameZh: { en: 'Name (Chinese)', zh: '名称（中文）' },
  type: { en: 'Type', zh: '类型' },
  country: { en: 'Country (ISO code)', zh: '国家或地区（ISO 代码）' },
  website: { en: 'Website', zh: '网站' },
  status: { en: 'Membership status', zh: '会员状态' },
  memberSince: { en: 'Member since', zh: '入盟日期' },
  foundingMember: { en: 'Founding member', zh: '发起单位' },
  rotatingChair: { en: 'Rotating chair', zh: '轮值主席单位' },
  contactName: { en: 'Contact person', zh: '联系人' },
  contactEmail: { en: 'E-mail', zh: '电子邮箱' },
  contactPhone: { en: 'Telephone', zh: '电话' },
  parks: { en: 'Parks', zh: '园区' },
};

export const FINANCING_CSV_HEADERS: Record<FinancingCsvColumn, Bilingual> = {
  id: { en: 'Request ID', zh: '需求 ID' },
  organization: { en: 'Requester', zh: '需求方' },
  park: { en: 'Park', zh: '园区' },
  titleEn: { en: 'Title (English)', zh: '标题（英文）' },
  titleZh: { en: 'Title (Chinese)', zh: '标题（中文）' },
  instrument: { en: 'Instrument', zh: '融资方式' },
  amount: { en: 'Amount', zh: '金额' },
  currency: { en: 'Currency', zh: '币种' },
  tenorMonths: { en: 'Tenor (months)', zh: '期限（月）' },
  country: { en: 'Country (ISO code)', zh: '国家或地区（ISO 代码）' },
  sector: { en: 'Sector', zh: '产业' },
  status: { en: 'Status', zh: '状态' },
  institutionsAsked: { en: 'Institutions asked', zh: '提交机构数' },
  offersReleased: { en: 'Offers released', zh: '已发出报价数' },
  submittedAt: { en: 'Submitted at (UTC)', zh: '提交时间（UTC）' },
  updatedAt: { en: 'Last updated (UTC)', zh: '最近更新（UTC）' },
};

export const REGISTRATION_CSV_HEADERS: Record<RegistrationCsvColumn, Bilingual> = {
  name: { en: 'Name', zh: '姓名' },
  email: { en: 'E-mail', zh: '电子邮箱' },
  organization: { en: 'Organization', zh: '机构' },
  status: { en: 'Registration', zh: '报名状态' },
  registeredAt: { en: 'Registered at (UTC)', zh: '报名时间（UTC）' },
};

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, Bilingual> = {
  park_operator: { en: 'Park operator', zh: '园区运营方' },
  financial_institution: { en: 'Financial institution', zh: '金融机构' },
  service_provider: { en: 'Service provider', zh: '服务机构' },
  research_institute: { en: 'Research institute', zh: '研究机构' },
  government_agency: { en: 'Government agency', zh: '政府部门' },
  secretariat: { en: 'Secretariat', zh: '秘书处' },
};

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, Bilingual> = {
  applicant: { en: 'Applicant', zh: '申请中' },
  active: { en: 'Active', zh: '正常' },
  suspended: { en: 'Suspended', zh: '已暂停' },
  withdrawn: { en: 'Withdrawn', zh: '已退出' },
};

export const PARK_STATUS_LABELS: Record<ParkStatus, Bilingual> = {
  planning: { en: 'Planning', zh: '规划中' },
  under_construction: { en: 'Under construction', zh: '建设中' },
  operating: { en: 'Operating', zh: '运营中' },
};

export const FINANCING_INSTRUMENT_LABELS: Record<FinancingInstrument, Bilingual> = {
  loan: { en: 'Loan', zh: '贷款' },
  project_finance: { en: 'Project finance', zh: '项目融资' },
  trade_finance: { en: 'Trade finance', zh: '贸易融资' },
  export_credit_insurance: { en: 'Export credit insurance', zh: '出口信用保险' },
  guarantee: { en: 'Guarantee', zh: '担保' },
  equity: { en: 'Equity', zh: '股权投资' },
};

export const FINANCING_REQUEST_STATUS_LABELS: Record<FinancingRequestStatus, Bilingual> = {
  draft: { en: 'Draft', zh: '草稿' },
  submitted: { en: 'Submitted', zh: '已提交' },
  under_review: { en: 'Under review', zh: '审核中' },
  offer_received: { en: 'Offer received', zh: '已收到报价' },
  accepted: { en: 'Accepted', zh: '已接受' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
  closed: { en: 'Closed', zh: '已关闭' },
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, Bilingual> = {
  confirmed: { en: 'Registered', zh: '已报名' },
  waitlisted: { en: 'On the waitlist', zh: '候补中' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
};

export const YES_NO_LABELS: Record<'true' | 'false', Bilingual> = {
  true: { en: 'Yes', zh: '是' },
  false: { en: 'No', zh: '否' },
};

// Every list above covers its enumeration (checked by the compiler through the Record types).
void [
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  PARK_STATUSES,
  FINANCING_INSTRUMENTS,
  FINANCING_REQUEST_STATUSES,
  REGISTRATION_STATUSES,
];

/** The headers of a file in one language, in column order. */
export function csvHeaders<C extends string>(
  labels: Record<C, Bilingual>,
  columns: readonly C[],
  locale: Locale,
): string[] {
  return columns.map((column) => labels[column][locale]);
}

/** A code's label in one language ('' for none); codes a list does not know are written as they are. */
export function csvLabel<C extends string>(
  labels: Record<C, Bilingual>,
  code: C | string | null | undefined,
  locale: Locale,
): string {
  if (code === null || code === undefined || code === '') return '';
  return (labels as Record<string, Bilingual>)[code]?.[locale] ?? code;
}

/** Sectors as their names, "; " between them. */
export function csvSectors(sectors: readonly string[], locale: Locale): string {
  return sectors.map((sector) => csvLabel(SECTOR_LABELS, sector, locale)).join('; ');
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * The code a cell or header stands for: the code itself, or its label in English or Chinese
 * (case, width and surrounding spaces do not matter); null when it is none of them.
 */
export function csvCode<C extends string>(labels: Record<C, Bilingual>, text: string): C | null {
  const wanted = fold(text);
  for (const [code, label] of Object.entries(labels) as [C, Bilingual][]) {
    if (fold(code) === wanted || fold(label.en) === wanted || fold(label.zh) === wanted) return code;
  }
  return null;
}
