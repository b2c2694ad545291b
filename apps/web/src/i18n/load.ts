import type { Locale } from '@alliance/contracts';
import { LOCALES } from '@alliance/contracts';
import type { Locale as AntdLocale } from 'antd/es/locale';
import type { ResourceTree } from './tree';

const STORAGE_KEY = 'alliance.locale';

export interface LocaleData {
  strings: ResourceTree;
  /** antd's texts; none for English, antd's own default. */
  antd: AntdLocale | undefined;
}

/**
 * One language's strings, antd's texts and dayjs's names, each a chunk of its own: a page loads the
 * language it shows, and the other only when the reader switches to it. The shell's and the home
 * page's strings (`en.json`, `zh.json`) come first; the domain modules' (`bundle.*.ts`) after.
 */
const LOADERS: Record<Locale, () => Promise<LocaleData>> = {
  en: async () => ({ strings: (await import('./en.json')).default, antd: undefined }),
  zh: async () => {
    const [strings, antd] = await Promise.all([
      import('./zh.json'),
      import('antd/locale/zh_CN'),
      import('dayjs/locale/zh-cn'),
    ]);
    return { strings: strings.default, antd: antd.default };
  },
};
const MODULE_LOADERS: Record<Locale, () => Promise<ResourceTree>> = {
  en: async () => (await import('./bundle.en')).EN,
  zh: async () => (await import('./bundle.zh')).ZH,
};
const requested: Partial<Record<Locale, Promise<LocaleData>>> = {};
const requestedModules: Partial<Record<Locale, Promise<ResourceTree>>> = {};

/** A language's first strings, fetched once: boot.ts asks for the reader's before the app's code has arrived. */
export function loadLocaleData(locale: Locale): Promise<LocaleData> {
  requested[locale] ??= LOADERS[locale]();
  return requested[locale];
}

/** A language's strings of the domain modules, fetched once. */
export function loadModuleStrings(locale: Locale): Promise<ResourceTree> {
  requestedModules[locale] ??= MODULE_LOADERS[locale]();
  return requestedModules[locale];
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A visitor's remembered choice, else the browser's language. */
export function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode); the browser language is the fallback.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; the session still uses it.
  }
}
