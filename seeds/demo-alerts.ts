import type { RiskAlertCategory, RiskAlertSeverity, RiskAlertStatus, RiskExposureReason } from '@alliance/contracts';
import { ORG } from './demo-data';

/**
 * Risk alerts for the demonstration (sample alerts: the public record gives none). An active warning
 * for Cambodia with an update; a regional notice acknowledged by some of the exposed members and not
 * others; an expired alert for Ethiopia.
 */
const USER = {
  secretariat: '00000000-0000-4000-8000-000000000101',
  operator: '00000000-0000-4000-8000-000000000102',
  operator2: '00000000-0000-4000-8000-000000000103',
  researcher: '00000000-0000-4000-8000-000000000108',
} as const;

export const ALERT = {
  cambodiaFlooding: '00000000-0000-4000-8000-000000001501',
  customsSystems: '00000000-0000-4000-8000-000000001502',
  ethiopiaHealth: '00000000-0000-4000-8000-000000001503',
} as const;

export interface DemoAlert {
  id: string;
  organizationId: string;
  issuedByUserId: string;
  severity: RiskAlertSeverity;
  category: RiskAlertCategory;
  countries: string[];
  place: string | null;
  titleEn: string;
  titleZh: string;
  bodyEn: string;
  bodyZh: string;
  validFrom: Date;
  validUntil: Date | null;
  status: RiskAlertStatus;
  updateNumber: number;
  issuedAt: Date;
  createdAt: Date;
}

export const DEMO_ALERTS: DemoAlert[] = [
  {
    id: ALERT.cambodiaFlooding,
    organizationId: ORG.secretariat,
    issuedByUserId: USER.secretariat,
    severity: 'warning',
    category: 'natural_disaster',
    countries: ['KH'],
    place: 'Preah Sihanouk province',
    titleEn: 'Flooding on the roads to Sihanoukville port',
    titleZh: '通往西哈努克港的公路出现洪涝',
    bodyEn:
      'Heavy rain has flooded sections of National Road 4 between Phnom Penh and Sihanoukville. Expect delays of one to two days for containers to and from the port; plan deliveries and staff travel accordingly and keep emergency contacts up to date.',
    bodyZh:
      '强降雨导致金边至西哈努克港的4号国道部分路段被淹。进出港口的集装箱预计延误一至两天，请据此安排货运和人员出行，并及时更新应急联系人信息。',
    validFrom: new Date('2026-11-28T08:00:00Z'),
    validUntil: new Date('2027-03-31T16:00:00Z'),
    status: 'active',
    updateNumber: 1,
    issuedAt: new Date('2026-11-28T08:10:00Z'),
    createdAt: new Date('2026-11-28T08:10:00Z'),
  },
  {
    id: ALERT.customsSystems,
    organizationId: ORG.nanjing,
    issuedByUserId: USER.researcher,
    severity: 'info',
    category: 'regulatory',
    countries: ['KH', 'VN', 'ID'],
    place: null,
    titleEn: 'Customs declaration systems change in three host countries',
    titleZh: '三个东道国的海关申报系统调整',
    bodyEn:
      'Cambodia, Viet Nam and Indonesia are moving more import and export declarations to their electronic single windows. Check that your brokers are registered on the new systems before the end of the transition periods.',
    bodyZh:
      '柬埔寨、越南和印度尼西亚正在将更多进出口申报转入电子"单一窗口"。请在过渡期结束前确认报关代理已在新系统中完成登记。',
    validFrom: new Date('2026-11-10T00:00:00Z'),
    validUntil: null,
    status: 'active',
    updateNumber: 0,
    issuedAt: new Date('2026-11-10T09:00:00Z'),
    createdAt: new Date('2026-11-10T09:00:00Z'),
  },
  {
    id: ALERT.ethiopiaHealth,
    organizationId: ORG.secretariat,
    issuedByUserId: USER.secretariat,
    severity: 'warning',
    category: 'health',
    countries: ['ET'],
    place: 'Oromia region',
    titleEn: 'Cholera cases reported near Dukem',
    titleZh: '杜卡姆附近报告霍乱病例',
    bodyEn:
      'Local health authorities reported cholera cases near Dukem. Make sure canteens use treated water and that staff know the nearest treatment centre.',
    bodyZh: '当地卫生部门报告杜卡姆附近出现霍乱病例。请确保食堂使用经处理的饮用水，并告知员工最近的治疗点。',
    validFrom: new Date('2026-09-15T00:00:00Z'),
    validUntil: new Date('2026-10-31T00:00:00Z'),
    status: 'expired',
    updateNumber: 0,
    issuedAt: new Date('2026-09-15T07:30:00Z'),
    createdAt: new Date('2026-09-15T07:30:00Z'),
  },
];

export const DEMO_ALERT_UPDATES = [
  {
    id: '00000000-0000-4000-8000-000000001511',
    alertId: ALERT.cambodiaFlooding,
    number: 1,
    severity: 'warning' as const,
    validUntil: new Date('2027-03-31T16:00:00Z'),
    noteEn: 'One lane of National Road 4 has reopened near Veal Renh; convoys are allowed in daylight only.',
    noteZh: '4号国道维尔连附近已恢复单车道通行，车队仅限白天通行。',
    authorUserId: USER.secretariat,
    createdAt: new Date('2026-12-02T06:00:00Z'),
  },
];

/** The members exposed to each alert when it went out, and who acknowledged. */
export const DEMO_ALERT_ORGANIZATIONS: {
  alertId: string;
  organizationId: string;
  reasons: RiskExposureReason[];
  acknowledgedAt: Date | null;
  acknowledgedByUserId: string | null;
  note: string | null;
  createdAt: Date;
}[] = [
  {
    alertId: ALERT.cambodiaFlooding,
    organizationId: ORG.ssez,
    reasons: ['financing', 'park'],
    acknowledgedAt: null,
    acknowledgedByUserId: null,
    note: null,
    createdAt: new Date('2026-11-28T08:10:00Z'),
  },
  {
    alertId: ALERT.customsSystems,
    organizationId: ORG.ssez,
    reasons: ['financing', 'park'],
    acknowledgedAt: new Date('2026-11-11T02:00:00Z'),
    acknowledgedByUserId: USER.operator,
    note: 'Our customs brokers are registered; tenants told at the monthly meeting.',
    createdAt: new Date('2026-11-10T09:00:00Z'),
  },
  {
    alertId: ALERT.customsSystems,
    organizationId: ORG.indonesia,
    reasons: ['park'],
    acknowledgedAt: new Date('2026-11-12T03:30:00Z'),
    acknowledgedByUserId: USER.operator2,
    note: null,
    createdAt: new Date('2026-11-10T09:00:00Z'),
  },
  {
    alertId: ALERT.customsSystems,
    organizationId: ORG.vietnam,
    reasons: ['park'],
    acknowledgedAt: null,
    acknowledgedByUserId: null,
    note: null,
    createdAt: new Date('2026-11-10T09:00:00Z'),
  },
  {
    alertId: ALERT.ethiopiaHealth,
    organizationId: ORG.ethiopia,
    reasons: ['park'],
    acknowledgedAt: null,
    acknowledgedByUserId: null,
    note: null,
    createdAt: new Date('2026-09-15T07:30:00Z'),
  },
];

export const DEMO_ALERT_RECIPIENTS = [
  { alertId: ALERT.cambodiaFlooding, userId: USER.operator, organizationId: ORG.ssez, exposed: true, updateNumber: 1 },
  { alertId: ALERT.customsSystems, userId: USER.operator, organizationId: ORG.ssez, exposed: true, updateNumber: 0 },
  {
    alertId: ALERT.customsSystems,
    userId: USER.operator2,
    organizationId: ORG.indonesia,
    exposed: true,
    updateNumber: 0,
  },
];

const notification = (
  n: number,
  userId: string,
  type: 'alert_issued' | 'alert_updated',
  alert: DemoAlert,
  at: Date,
  read: boolean,
) => ({
  id: `00000000-0000-4000-8000-00000000152${n}`,
  userId,
  type,
  recordType: 'risk_alert' as const,
  recordId: alert.id,
  titleEn: alert.titleEn,
  titleZh: alert.titleZh,
  createdAt: at,
  readAt: read ? at : null,
  emailedAt: at,
});

const [flooding, customs] = DEMO_ALERTS;
export const DEMO_ALERT_NOTIFICATIONS = [
  notification(1, USER.operator, 'alert_issued', flooding, flooding.issuedAt, true),
  notification(2, USER.operator, 'alert_updated', flooding, DEMO_ALERT_UPDATES[0].createdAt, false),
  notification(3, USER.operator, 'alert_issued', customs, customs.issuedAt, true),
  notification(4, USER.operator2, 'alert_issued', customs, customs.issuedAt, true),
];
