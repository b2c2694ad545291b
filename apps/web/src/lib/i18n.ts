import type { Locale } from '@alliance/contracts';
import { LOCALES } from '@alliance/contracts';
import type { Locale as AntdLocale } from 'antd/es/locale';
import dayjs from 'dayjs';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLocale, isLocale, loadLocaleData, loadModuleStrings } from '../i18n/load';
import type { ResourceTree } from '../i18n/tree';

export { initialLocale, isLocale, rememberLocale } from '../i18n/load';

/** The languages whose strings i18next has, with antd's texts for each. */
const loaded: Partial<Record<Locale, { antd: AntdLocale | undefined }>> = {};

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** antd's texts (date pickers, pagination, empty lists) in the current language. */
export function antdLocale(): AntdLocale | undefined {
  return loaded[currentLocale()]?.antd;
}

async function loadLocale(locale: Locale): Promise<ResourceTree | undefined> {
  if (loaded[locale]) return undefined;
  const { strings, antd } = await loadLocaleData(locale);
  loaded[locale] = { antd };
  return strings;
}

let started: Promise<void> | undefined;
const withModules: Partial<Record<Locale, Promise<void>>> = {};

/** Adds a language's strings of the domain modules to i18next (once it has started), once. */
function addModuleStrings(locale: Locale): Promise<void> {
  withModules[locale] ??= Promise.all([loadModuleStrings(locale), setupI18n()]).then(([strings]) => {
    i18n.addResourceBundle(locale, 'translation', strings, true, false);
  });
  return withModules[locale];
}

/**
 * Resolves once the current language's strings of the domain modules are in: what a page drawn with
 * antd, or a part of the shell that uses them, waits for before it renders (the home page does not).
 */
export function moduleStringsReady(): Promise<void> {
  // The router asks before i18next has started: then the language it is starting in.
  return addModuleStrings(i18n.isInitialized ? currentLocale() : initialLocale());
}

/** Shows the app in `locale`, once its strings have arrived. */
export async function changeLocale(locale: Locale): Promise<void> {
  const strings = await loadLocale(locale);
  if (strings) i18n.addResourceBundle(locale, 'translation', strings, true, false);
  // The page shown uses the domain modules' strings if they were asked for: then in the new language too.
  if (withModules[currentLocale()]) await addModuleStrings(locale);
  await i18n.changeLanguage(locale);
}

function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = i18n.t('app.title');
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
}

/** Starts i18next in the reader's language; resolves when its first strings are in. */
export async function setupI18n(): Promise<typeof i18n> {
  started ??= start();
  await started;
  return i18n;
}

async function start(): Promise<void> {
  const locale = initialLocale();
  const strings = await loadLocale(locale);
  await i18n.use(initReactI18next).init({
    resources: { [locale]: { translation: strings ?? {} } },
    partialBundledLanguages: true,
    lng: locale,
    // Both languages have every key (i18n-keys.spec.ts): nothing falls back.
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', () => applyDocumentLocale(currentLocale()));
  applyDocumentLocale(currentLocale());
}
