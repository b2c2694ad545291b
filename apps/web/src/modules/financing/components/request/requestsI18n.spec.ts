import { FINANCING_REQUIRED_ON_SUBMIT } from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../../i18n/resources';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** The API names a missing title or purpose by its English field. */
const SUBMIT_FIELDS = FINANCING_REQUIRED_ON_SUBMIT.map((field) => (field === 'title' || field === 'purpose' ? `${field}En` : field));

/** Keys the request pages build from values, which the literal-key check cannot see. */
const DYNAMIC_KEYS = [
  ...['en', 'zh'].flatMap((language) => [`financing.requests.language.${language}`, `financing.requests.shownIn.${language}`]),
  ...['withdraw', 'close'].flatMap((action) => ['title', 'explain', 'ok', 'done'].map((key) => `financing.requests.end.${action}.${key}`)),
  ...['withdrawn', 'closed'].map((status) => `financing.requests.outcome.${status}`),
  ...['amount', 'tenor'].flatMap((what) => ['below', 'above'].map((versus) => `financing.requests.offers.versus.${what}.${versus}`)),
  ...['format', 'zero'].map((problem) => `financing.requests.form.amountProblem.${problem}`),
  ...['question', 'answer'].map((kind) => `financing.requests.thread.${kind}`),
  ...[...SUBMIT_FIELDS, 'institutionIds'].map((field) => `financing.requests.submit.fieldLabels.${field}`),
];

describe('financing request translations', () => {
  it.each(['en', 'zh'] as const)('has every key the request pages build in %s', (lng) => {
    expect(DYNAMIC_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });
});
