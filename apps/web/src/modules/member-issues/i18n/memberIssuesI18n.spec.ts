import {
  ISSUE_CASE_ACTIONS,
  ISSUE_CASE_STATUSES,
  MEMBER_ISSUE_ACTIONS,
  MEMBER_ISSUE_CATEGORIES,
  MEMBER_ISSUE_STATUSES,
} from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';
import { ISSUE_VIEWS } from '../issueFilters';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the issue pages build from the contracts' values, which the literal-key check cannot see. */
const BUILT_KEYS = [
  ...MEMBER_ISSUE_CATEGORIES.map((v) => `memberIssues.category.${v}`),
  ...MEMBER_ISSUE_STATUSES.flatMap((v) => [`memberIssues.status.${v}`, `memberIssues.statusHint.${v}`]),
  ...ISSUE_CASE_STATUSES.flatMap((v) => [`memberIssues.caseStatus.${v}`, `memberIssues.caseStatusHint.${v}`]),
  ...MEMBER_ISSUE_ACTIONS.flatMap((v) => ['label', 'title', 'ok', 'done'].map((k) => `memberIssues.actions.${v}.${k}`)),
  ...ISSUE_CASE_ACTIONS.flatMap((v) =>
    ['label', 'title', 'ok', 'done'].map((k) => `memberIssues.caseActions.${v}.${k}`),
  ),
  ...['relay', 'answer', 'resolve', 'close'].map((v) => `memberIssues.caseActions.${v}.explain`),
  ...['reason', 'reasonRequired', 'explain'].flatMap((k) => [
    `memberIssues.actions.close.${k}`,
    `memberIssues.caseActions.close.${k}`,
  ]),
  ...ISSUE_VIEWS.flatMap((v) => [`memberIssues.list.tabs.${v}`, `memberIssues.list.empty.${v}`]),
  'memberIssues.list.empty.member',
];

describe('the member issues strings', () => {
  it.each(Object.keys(RESOURCES))('has every built key in %s', (lng) => {
    expect(BUILT_KEYS.filter((key) => !has(RESOURCES[lng as keyof typeof RESOURCES], key))).toEqual([]);
  });
});
