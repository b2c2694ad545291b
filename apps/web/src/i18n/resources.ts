import attachmentsEn from '../modules/attachments/i18n/en.json';
import auditEn from '../modules/audit/i18n/en.json';
import auditZh from '../modules/audit/i18n/zh.json';
import attachmentsZh from '../modules/attachments/i18n/zh.json';
import financingEn from '../modules/financing/i18n/en.json';
import financingZh from '../modules/financing/i18n/zh.json';
import financingRequestsEn from '../modules/financing/i18n/requests.en.json';
import financingRequestsZh from '../modules/financing/i18n/requests.zh.json';
import financingReviewsEn from '../modules/financing/i18n/reviews.en.json';
import financingReviewsZh from '../modules/financing/i18n/reviews.zh.json';
import membershipEn from '../modules/membership/i18n/en.json';
import membershipZh from '../modules/membership/i18n/zh.json';
import moderationEn from '../modules/moderation/i18n/en.json';
import moderationZh from '../modules/moderation/i18n/zh.json';
import notificationsEn from '../modules/notifications/i18n/en.json';
import notificationsZh from '../modules/notifications/i18n/zh.json';
import organizationsEn from '../modules/organizations/i18n/en.json';
import organizationsZh from '../modules/organizations/i18n/zh.json';
import parksEn from '../modules/parks/i18n/en.json';
import parksZh from '../modules/parks/i18n/zh.json';
import postsEn from '../modules/posts/i18n/en.json';
import postsZh from '../modules/posts/i18n/zh.json';
import en from './en.json';
import zh from './zh.json';

export type ResourceTree = { [key: string]: string | ResourceTree };

/** Deep-merges the shared strings with each domain module's own file (`modules/<domain>/i18n`). */
function merge(...trees: ResourceTree[]): ResourceTree {
  const out: ResourceTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
  }
  return out;
}

export const RESOURCES: Record<'en' | 'zh', ResourceTree> = {
  en: merge(
    en,
    organizationsEn,
    parksEn,
    membershipEn,
    postsEn,
    moderationEn,
    notificationsEn,
    attachmentsEn,
    financingEn,
    financingRequestsEn,
    financingReviewsEn,
    auditEn,
  ),
  zh: merge(
    zh,
    organizationsZh,
    parksZh,
    membershipZh,
    postsZh,
    moderationZh,
    notificationsZh,
    attachmentsZh,
    financingZh,
    financingRequestsZh,
    financingReviewsZh,
    auditZh,
  ),
};
