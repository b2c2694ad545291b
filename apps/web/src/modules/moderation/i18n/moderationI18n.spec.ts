import { REPORT_STATUSES } from '@alliance/contracts';
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

/** The keys the moderation pages build from values (`moderation.reportStatus.${status}`), which the literal-key check cannot see. */
const DYNAMIC_KEYS = REPORT_STATUSES.flatMap((status) => [
  `moderation.reportStatus.${status}`,
  `moderation.empty.${status}`,
]);

describe('moderation translations', () => {
  it.each([
    ['en', en],
    ['zh', zh],
  ])('has every key built from the contracts’ values in %s', (_lng, tree) => {
    expect(DYNAMIC_KEYS.filter((key) => !has(tree as Tree, key))).toEqual([]);
  });
});
