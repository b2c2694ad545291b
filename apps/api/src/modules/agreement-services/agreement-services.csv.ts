import type { Bilingual } from '@alliance/contracts';

/** The columns of the secretariat's uptake export, in order: one line per agreement and park, then the unused services. */
export const UPTAKE_CSV_COLUMNS = [
  'line',
  'agreementTitleEn',
  'agreementTitleZh',
  'organization',
  'park',
  'service',
  'requests',
  'delivered',
  'medianDaysToDelivery',
  'averageRating',
  'ratings',
] as const;
export type UptakeCsvColumn = (typeof UPTAKE_CSV_COLUMNS)[number];

export const UPTAKE_CSV_HEADERS: Record<UptakeCsvColumn, Bilingual> = {
  line: { en: 'Line', zh: '类别' },
  agreementTitleEn: { en: 'Agreement (English)', zh: '协议（英文）' },
  agreementTitleZh: { en: 'Agreement (Chinese)', zh: '协议（中文）' },
  organization: { en: 'Member organization', zh: '成员单位' },
  park: { en: 'Park', zh: '园区' },
  service: { en: 'Service', zh: '服务' },
  requests: { en: 'Requests', zh: '申请数' },
  delivered: { en: 'Delivered', zh: '已交付' },
  medianDaysToDelivery: { en: 'Median days to delivery', zh: '交付天数中位数' },
  averageRating: { en: 'Average rating', zh: '平均评分' },
  ratings: { en: 'Ratings', zh: '评分数' },
};

export const UPTAKE_LINE_LABELS = {
  park: { en: 'Uptake per park', zh: '按园区使用情况' },
  organization: { en: 'Uptake by the organization itself', zh: '单位自身使用情况' },
  unused: { en: 'Service not used', zh: '未被使用的服务' },
} as const satisfies Record<string, Bilingual>;
