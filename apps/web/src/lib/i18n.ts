import type { Locale } from '@alliance/contracts';
import { LOCALES } from '@alliance/contracts';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from '../i18n/resources';

const STORAGE_KEY = 'alliance.locale';

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

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = i18n.t('app.title');
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
}

export function setupI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: RESOURCES.en }, zh: { translation: RESOURCES.zh } },
      lng: initialLocale(),
      fallbackLng: 'en',
      supportedLngs: [...LOCALES],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18n.on('languageChanged', () => applyDocumentLocale(currentLocale()));
    applyDocumentLocale(currentLocale());
  }
  return i18n;
}
