import type { Bilingual, IssueCaseStatus, MemberIssueCategory } from '@alliance/contracts';

/** The columns of the secretariat's export of cases, in order. */
export const ISSUE_CASE_CSV_COLUMNS = [
  'reference',
  'country',
  'category',
  'titleEn',
  'titleZh',
  'status',
  'raisedBy',
  'openedAt',
  'governmentBody',
  'relayedAt',
  'answeredAt',
] as const;
export type IssueCaseCsvColumn = (typeof ISSUE_CASE_CSV_COLUMNS)[number];

export const ISSUE_CASE_CSV_HEADERS: Record<IssueCaseCsvColumn, Bilingual> = {
  reference: { en: 'Reference', zh: '编号' },
  country: { en: 'Host country (ISO code)', zh: '东道国（ISO 代码）' },
  category: { en: 'Category', zh: '类别' },
  titleEn: { en: 'Title (English)', zh: '标题（英文）' },
  titleZh: { en: 'Title (Chinese)', zh: '标题（中文）' },
  status: { en: 'Status', zh: '状态' },
  raisedBy: { en: 'Raised by (members)', zh: '反映单位数' },
  openedAt: { en: 'Open since', zh: '首次反映日期' },
  governmentBody: { en: 'Relayed to', zh: '转交部门' },
  relayedAt: { en: 'Relayed on', zh: '转交日期' },
  answeredAt: { en: 'Answered on', zh: '答复日期' },
};

export const MEMBER_ISSUE_CATEGORY_LABELS: Record<MemberIssueCategory, Bilingual> = {
  customs: { en: 'Customs', zh: '海关' },
  permits: { en: 'Permits and licences', zh: '许可证照' },
  labour: { en: 'Labour', zh: '劳工' },
  security: { en: 'Security', zh: '安全' },
  tax: { en: 'Tax', zh: '税务' },
  land: { en: 'Land', zh: '土地' },
  finance: { en: 'Finance', zh: '金融' },
  other: { en: 'Other', zh: '其他' },
};

export const ISSUE_CASE_STATUS_LABELS: Record<IssueCaseStatus, Bilingual> = {
  open: { en: 'Open', zh: '处理中' },
  relayed: { en: 'Relayed', zh: '已转交' },
  answered: { en: 'Answered', zh: '已答复' },
  resolved: { en: 'Resolved', zh: '已解决' },
  closed: { en: 'Closed', zh: '已关闭' },
};
