import { COUNTRY_RATING_STATUSES, RISK_GRADES, RISK_OUTLOOKS } from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the country pages build from the contracts' values, which the literal-key check cannot see. */
const CONTRACT_KEYS = [
  ...RISK_GRADES.map((grade) => `countries.grade.${grade}`),
  ...RISK_OUTLOOKS.map((outlook) => `countries.outlook.${outlook}`),
  ...COUNTRY_RATING_STATUSES.map((status) => `countries.status.${status}`),
  ...COUNTRY_RATING_STATUSES.map((status) => `countries.ratings.statuses.${status}`),
  'countries.ratings.statuses.all',
  'countries.notes.field.en',
  'countries.notes.field.zh',
  'countries.propose.rationale.en',
  'countries.propose.rationale.zh',
];

describe('country pages strings', () => {
  it.each(['en', 'zh'] as const)('name every grade, outlook and status in %s', (language) => {
    expect(CONTRACT_KEYS.filter((key) => !has(RESOURCES[language], key))).toEqual([]);
  });
});
