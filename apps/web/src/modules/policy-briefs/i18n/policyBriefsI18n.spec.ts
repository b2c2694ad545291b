import {
  LOCALES,
  POLICY_BRIEF_AUDIENCES,
  POLICY_BRIEF_DIFF_FIELDS,
  POLICY_BRIEF_STATUSES,
  POLICY_TOPICS,
} from '@alliance/contracts';
import { RESOURCES, type ResourceTree } from '../../../i18n/resources';
import { BRIEF_SCOPES } from '../briefFilters';

function has(tree: ResourceTree, path: string): boolean {
  let node: string | ResourceTree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the brief pages build from the contracts' values and their own, which the literal-key check cannot see. */
const BUILT_KEYS = [
  ...POLICY_TOPICS.map((v) => `policyBriefs.topic.${v}`),
  ...POLICY_BRIEF_STATUSES.map((v) => `policyBriefs.status.${v}`),
  ...POLICY_BRIEF_AUDIENCES.flatMap((v) => [`policyBriefs.audience.${v}`, `policyBriefs.form.audienceHint.${v}`]),
  ...POLICY_BRIEF_DIFF_FIELDS.map((v) => `policyBriefs.diff.fields.${v}`),
  ...LOCALES.flatMap((v) => [
    `policyBriefs.language.${v}`,
    `policyBriefs.filters.writtenIn.${v}`,
    `policyBriefs.fields.title.${v}`,
    `policyBriefs.fields.summary.${v}`,
    `policyBriefs.fields.body.${v}`,
  ]),
  ...BRIEF_SCOPES.flatMap((v) => [`policyBriefs.list.tabs.${v}`, `policyBriefs.list.empty.${v}`]),
  ...['draft', 'in_review', 'changes_requested'].map((v) => `policyBriefs.notice.unpublished.${v}`),
  ...['comment', 'changes_requested'].map((v) => `policyBriefs.thread.kind.${v}`),
  ...['inReview', 'published', 'retracted', 'notYours'].flatMap((v) => [
    `policyBriefs.form.notEditable.${v}.title`,
    `policyBriefs.form.notEditable.${v}.text`,
  ]),
  ...['submit', 'publish', 'new_version'].flatMap((action) =>
    ['label', 'title', 'explain', 'ok', 'done'].map((key) => `policyBriefs.actions.${action}.${key}`),
  ),
  'policyBriefs.actions.publish.explainLater',
  ...['request_changes', 'retract'].flatMap((action) =>
    ['label', 'title', 'explain', 'field', 'required', 'ok', 'done'].map(
      (key) => `policyBriefs.actions.${action}.${key}`,
    ),
  ),
];

describe('policy brief translations', () => {
  it.each(['en', 'zh'] as const)('has every key built from values in %s', (lng) => {
    expect(BUILT_KEYS.filter((key) => !has(RESOURCES[lng], key))).toEqual([]);
  });

  it.each(['en', 'zh'] as const)('names a policy brief in the search results in %s', (lng) => {
    expect(has(RESOURCES[lng], 'posts.search.type.policy_brief')).toBe(true);
  });
});
