import {
  LOCALES,
  RISK_ALERT_CATEGORIES,
  RISK_ALERT_SEVERITIES,
  RISK_ALERT_STATUSES,
  RISK_EXPOSURE_REASONS,
} from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';
import { ALERT_LIST_STATUSES } from '../alertFilters';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the alert pages build from the contracts' values, which the literal-key check cannot see. */
const BUILT_KEYS = [
  ...RISK_ALERT_SEVERITIES.map((v) => `riskAlerts.severity.${v}`),
  ...RISK_ALERT_CATEGORIES.map((v) => `riskAlerts.category.${v}`),
  ...RISK_ALERT_STATUSES.map((v) => `riskAlerts.status.${v}`),
  ...RISK_EXPOSURE_REASONS.map((v) => `riskAlerts.exposure.${v}`),
  ...ALERT_LIST_STATUSES.map((v) => `riskAlerts.listStatus.${v}`),
  ...LOCALES.flatMap((v) => [`riskAlerts.fields.title.${v}`, `riskAlerts.fields.body.${v}`]),
  ...['usersReached', 'followersReached', 'acknowledged', 'unacknowledged'].map((v) => `riskAlerts.report.totals.${v}`),
  // The home banner's strings come with the shell's (the home page loads no module strings).
  'home.alertBanner.title_one',
  'home.alertBanner.title_other',
];

describe('risk alert translations', () => {
  it.each(['en', 'zh'] as const)('has every key built from values in %s', (lng) => {
    expect(BUILT_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });
});
