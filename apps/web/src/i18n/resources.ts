import { EN } from './bundle.en';
import { ZH } from './bundle.zh';
import en from './en.json';
import { merge, type ResourceTree } from './tree';
import zh from './zh.json';

export type { ResourceTree } from './tree';

/** Both languages at once, for tests; the app loads one language's bundle at a time (lib/i18n.ts). */
export const RESOURCES: Record<'en' | 'zh', ResourceTree> = { en: merge(en, EN), zh: merge(zh, ZH) };
