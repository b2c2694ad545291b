import attachments from '../modules/attachments/i18n/zh.json';
import audit from '../modules/audit/i18n/zh.json';
import financing from '../modules/financing/i18n/zh.json';
import financingRequests from '../modules/financing/i18n/requests.zh.json';
import financingReviews from '../modules/financing/i18n/reviews.zh.json';
import membership from '../modules/membership/i18n/zh.json';
import moderation from '../modules/moderation/i18n/zh.json';
import notifications from '../modules/notifications/i18n/zh.json';
import organizations from '../modules/organizations/i18n/zh.json';
import parks from '../modules/parks/i18n/zh.json';
import countries from '../modules/countries/i18n/zh.json';
import policyBriefs from '../modules/policy-briefs/i18n/zh.json';
import posts from '../modules/posts/i18n/zh.json';
import riskAlerts from '../modules/risk-alerts/i18n/zh.json';
import memberIssues from '../modules/member-issues/i18n/zh.json';
import cooperation from '../modules/cooperation/i18n/zh.json';
import meetings from '../modules/meetings/i18n/zh.json';
import initiatives from '../modules/initiatives/i18n/zh.json';
import agreements from '../modules/agreements/i18n/zh.json';
import agreementServices from '../modules/agreement-services/i18n/zh.json';
import work from '../modules/work/i18n/zh.json';
import results from '../modules/results/i18n/zh.json';
import annualReports from '../modules/annual-reports/i18n/zh.json';
import { merge, type ResourceTree } from './tree';

/**
 * The domain modules' Chinese strings: a chunk of its own, loaded when the reader reads Chinese and
 * a page drawn with antd (or a part of the shell that needs them) is shown; `zh.json`, the shell's and
 * the home page's, comes first and alone.
 */
export const ZH: ResourceTree = merge(
  organizations,
  parks,
  membership,
  posts,
  moderation,
  notifications,
  attachments,
  financing,
  financingRequests,
  financingReviews,
  audit,
  policyBriefs,
  countries,
  riskAlerts,
  memberIssues,
  cooperation,
  meetings,
  initiatives,
  agreements,
  agreementServices,
  work,
  results,
  annualReports,
);
