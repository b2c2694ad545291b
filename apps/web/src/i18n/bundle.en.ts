import attachments from '../modules/attachments/i18n/en.json';
import audit from '../modules/audit/i18n/en.json';
import financing from '../modules/financing/i18n/en.json';
import financingRequests from '../modules/financing/i18n/requests.en.json';
import financingReviews from '../modules/financing/i18n/reviews.en.json';
import membership from '../modules/membership/i18n/en.json';
import moderation from '../modules/moderation/i18n/en.json';
import notifications from '../modules/notifications/i18n/en.json';
import organizations from '../modules/organizations/i18n/en.json';
import parks from '../modules/parks/i18n/en.json';
import countries from '../modules/countries/i18n/en.json';
import policyBriefs from '../modules/policy-briefs/i18n/en.json';
import posts from '../modules/posts/i18n/en.json';
import riskAlerts from '../modules/risk-alerts/i18n/en.json';
import memberIssues from '../modules/member-issues/i18n/en.json';
import cooperation from '../modules/cooperation/i18n/en.json';
import meetings from '../modules/meetings/i18n/en.json';
import initiatives from '../modules/initiatives/i18n/en.json';
import agreements from '../modules/agreements/i18n/en.json';
import agreementServices from '../modules/agreement-services/i18n/en.json';
import work from '../modules/work/i18n/en.json';
import results from '../modules/results/i18n/en.json';
import annualReports from '../modules/annual-reports/i18n/en.json';
import { merge, type ResourceTree } from './tree';

/**
 * The domain modules' English strings: a chunk of its own, loaded when the reader reads English and
 * a page drawn with antd (or a part of the shell that needs them) is shown; `en.json`, the shell's and
 * the home page's, comes first and alone.
 */
export const EN: ResourceTree = merge(
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
