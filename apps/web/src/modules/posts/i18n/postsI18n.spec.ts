import { LOCALES, POST_KINDS, POST_STATUSES, POST_ACTIONS, POST_VISIBILITIES } from '@alliance/contracts';
import { FEED_STATUSES } from '../usePostListParams';
import en from './en.json';
import zh from './zh.json';

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, path: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** The keys the posts pages build from values (`posts.kind.${kind}`), which the literal-key check cannot see. */
const DYNAMIC_KEYS = [
  ...POST_KINDS.map((kind) => `posts.kind.${kind}`),
  ...POST_STATUSES.map((status) => `posts.status.${status}`),
  ...POST_VISIBILITIES.flatMap((v) => [`posts.visibility.${v}`, `posts.visibility.explain.${v}`]),
  ...LOCALES.flatMap((l) => [
    `posts.language.${l}`,
    `posts.shownIn.${l}`,
    `posts.fields.title.${l}`,
    `posts.fields.body.${l}`,
  ]),
  ...FEED_STATUSES.map((status) => `posts.feed.statusTabs.${status}`),
  ...FEED_STATUSES.filter((status) => status !== 'published').map((status) => `posts.feed.emptyStatus.${status}`),
  ...[...POST_ACTIONS, 'pin', 'unpin'].flatMap((a) => [`posts.actions.${a}.label`, `posts.actions.${a}.done`]),
];

describe('posts translations', () => {
  it.each([
    ['en', en],
    ['zh', zh],
  ])('has every key built from the contracts’ values in %s', (_lng, tree) => {
    expect(DYNAMIC_KEYS.filter((key) => !has(tree as Tree, key))).toEqual([]);
  });
});
