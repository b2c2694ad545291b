export type ResourceTree = { [key: string]: string | ResourceTree };

/** Deep-merges the shared strings with each domain module's own file (`modules/<domain>/i18n`). */
export function merge(...trees: ResourceTree[]): ResourceTree {
  const out: ResourceTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
  }
  return out;
}
