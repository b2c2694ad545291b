import {
  COOPERATION_AUDIENCES,
  COOPERATION_CLOSE_OUTCOMES,
  COOPERATION_PROJECT_KINDS,
  COOPERATION_PROJECT_STATUSES,
  DEAL_STAGES,
  EXPRESSION_STATUSES,
  LOCALES,
} from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';
import { PROJECT_SCOPES } from '../projectFilters';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the cooperation pages build from the contracts' values, which the literal-key check cannot see. */
const BUILT_KEYS = [
  ...COOPERATION_PROJECT_KINDS.map((v) => `cooperation.kind.${v}`),
  ...COOPERATION_PROJECT_STATUSES.map((v) => `cooperation.status.${v}`),
  ...COOPERATION_AUDIENCES.map((v) => `cooperation.audience.${v}`),
  ...COOPERATION_CLOSE_OUTCOMES.map((v) => `cooperation.outcome.${v}`),
  ...EXPRESSION_STATUSES.map((v) => `cooperation.expressionStatus.${v}`),
  ...DEAL_STAGES.map((v) => `cooperation.stage.${v}`),
  ...PROJECT_SCOPES.flatMap((v) => [`cooperation.list.tabs.${v}`, `cooperation.list.empty.${v}`]),
  ...['submit', 'approve', 'reopen', 'renew', 'return', 'close', 'express'].flatMap((v) =>
    ['label', 'title', 'explain', 'ok', 'done'].map((k) => `cooperation.actions.${v}.${k}`),
  ),
  ...['accept', 'decline', 'withdraw'].flatMap((v) =>
    ['label', 'title', 'explain', 'ok', 'done'].map((k) => `cooperation.expressionActions.${v}.${k}`),
  ),
  ...['investment_made', 'lost'].flatMap((v) =>
    ['label', 'title', 'explain', 'ok'].map((k) => `cooperation.deal.moves.${v}.${k}`),
  ),
  ...['received', 'sent'].flatMap((v) => [`cooperation.expressions.tabs.${v}`, `cooperation.expressions.empty.${v}`]),
  ...LOCALES.flatMap((v) => ['title', 'summary', 'description'].map((k) => `cooperation.fields.${k}.${v}`)),
  ...['format', 'zero', 'tooLarge'].map((v) => `cooperation.form.sizeProblem.${v}`),
  ...['project', 'expression', 'deal'].map((v) => `cooperation.notFound.${v}`),
  ...['cooperation', 'cooperationProjects', 'cooperationInterests', 'cooperationDeals', 'cooperationReview'].map(
    (v) => `nav.${v}`,
  ),
];

describe('cooperation translations', () => {
  it.each(['en', 'zh'] as const)('has every key built from values in %s', (lng) => {
    expect(BUILT_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });
});
