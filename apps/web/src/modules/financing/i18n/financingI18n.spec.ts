import {
  FINANCING_AUDIENCES,
  FINANCING_INSTRUMENTS,
  FINANCING_OFFER_STATUSES,
  FINANCING_RATE_KINDS,
  FINANCING_REQUEST_STATUSES,
  FINANCING_REQUIRED_ON_SUBMIT,
  FINANCING_REVIEW_CLOSE_REASONS,
  FINANCING_REVIEW_STATUSES,
  FINANCING_REVISED_FIELDS,
  NOTIFICATION_TYPES,
} from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the financing pages build from the contracts' values, which the literal-key check cannot see. */
const CONTRACT_KEYS = [
  ...FINANCING_INSTRUMENTS.map((v) => `financing.instrument.${v}`),
  ...FINANCING_REQUEST_STATUSES.map((v) => `financing.requestStatus.${v}`),
  ...FINANCING_REVIEW_STATUSES.map((v) => `financing.reviewStatus.${v}`),
  ...FINANCING_OFFER_STATUSES.map((v) => `financing.offerStatus.${v}`),
  ...FINANCING_REVIEW_CLOSE_REASONS.map((v) => `financing.closeReason.${v}`),
  ...FINANCING_AUDIENCES.map((v) => `financing.audience.${v}`),
  ...FINANCING_RATE_KINDS.map((v) => `financing.rateKind.${v}`),
  ...FINANCING_REVISED_FIELDS.map((v) => `financing.fields.${v}`),
  ...NOTIFICATION_TYPES.map((v) => `notifications.type.${v}`),
];

/** The API names a missing title or purpose by its English field. */
const SUBMIT_FIELDS = FINANCING_REQUIRED_ON_SUBMIT.map((field) =>
  field === 'title' || field === 'purpose' ? `${field}En` : field,
);

/** Keys the request pages build from other values. */
const REQUEST_KEYS = [
  ...['en', 'zh'].map((language) => `financing.requests.language.${language}`),
  ...['withdraw', 'close'].flatMap((action) =>
    ['title', 'explain', 'ok', 'done'].map((key) => `financing.requests.end.${action}.${key}`),
  ),
  ...['withdrawn', 'closed'].map((status) => `financing.requests.outcome.${status}`),
  ...['amount', 'tenor'].flatMap((what) =>
    ['below', 'above'].map((versus) => `financing.requests.offers.versus.${what}.${versus}`),
  ),
  ...['format', 'zero'].map((problem) => `financing.requests.form.amountProblem.${problem}`),
  ...['question', 'answer'].map((kind) => `financing.requests.thread.${kind}`),
  ...[...SUBMIT_FIELDS, 'institutionIds'].map((field) => `financing.requests.submit.fieldLabels.${field}`),
];

describe('financing translations', () => {
  it.each(['en', 'zh'] as const)('has every key built from the contracts’ values in %s', (lng) => {
    expect(CONTRACT_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });

  it.each(['en', 'zh'] as const)('has every key the request pages build in %s', (lng) => {
    expect(REQUEST_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });
});
