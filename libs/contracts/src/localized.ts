/**
 * Bilingual text for a reader, the same on both sides: the reader's language, else the other
 * (marked as a fallback); blank counts as missing.
 */
import type { Locale } from './enums';

/** Which of a bilingual text's two versions a reader gets, and whether it is the other language. */
export interface Localized {
  text: string;
  language: Locale;
  /** True when the reader's language was missing and the other one is shown instead. */
  fallback: boolean;
}

/** The reader's language as one of the two the posts are written in. */
export function readerLanguage(language: string | undefined): Locale {
  return language === 'zh' ? 'zh' : 'en';
}

export function otherLanguage(language: Locale): Locale {
  return language === 'zh' ? 'en' : 'zh';
}

/** The `lang` attribute of a text in this language, for screen readers and fonts. */
export function htmlLang(language: Locale): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The text in the reader's language, else in the other one (marked as a fallback), else null.
 * Blank versions count as missing: a title of spaces is no title.
 */
export function pickLocalized(
  en: string | null | undefined,
  zh: string | null | undefined,
  reader: Locale,
): Localized | null {
  const byLanguage: Record<Locale, string | null | undefined> = { en, zh };
  const other = otherLanguage(reader);
  const preferred = byLanguage[reader];
  if (present(preferred)) return { text: preferred, language: reader, fallback: false };
  const fallback = byLanguage[other];
  if (present(fallback)) return { text: fallback, language: other, fallback: true };
  return null;
}

/** A post's title for this reader; a post always has at least one (the API requires it). */
export function pickTitle(post: { titleEn: string | null; titleZh: string | null }, reader: Locale): Localized {
  return pickLocalized(post.titleEn, post.titleZh, reader) ?? { text: '—', language: reader, fallback: false };
}

/** The title in the language the reader does not read first, when the post has both. */
export function otherTitle(post: { titleEn: string | null; titleZh: string | null }, reader: Locale): Localized | null {
  if (!present(post.titleEn) || !present(post.titleZh)) return null;
  const language = otherLanguage(reader);
  return { text: language === 'zh' ? post.titleZh : post.titleEn, language, fallback: false };
}

/** The text in the reader's language, else in the other one; null when neither is there (for e-mails, files, logs). */
export function localizedText(
  en: string | null | undefined,
  zh: string | null | undefined,
  reader: Locale,
): string | null {
  return pickLocalized(en, zh, reader)?.text ?? null;
}
