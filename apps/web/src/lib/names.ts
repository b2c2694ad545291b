import { SECTOR_LABELS, localizedText, readerLanguage, type Sector } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';

interface Bilingual {
  nameEn: string | null;
  nameZh: string | null;
}

/** The name in the reader's language, else the other one, else a dash. */
export function pickName(record: Bilingual, language: string | undefined): string {
  return localizedText(record.nameEn, record.nameZh, readerLanguage(language)) ?? '—';
}

export function useLocalizedName(): (record: Bilingual) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (record) => pickName(record, language);
}

/** "Cambodia" / "柬埔寨" from an ISO 3166-1 alpha-2 code; the code itself if unknown. */
export function countryName(code: string | null, language: string | undefined): string {
  if (!code) return '—';
  try {
    const names = new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A date (or date-time) in the reader's language. */
export function formatDate(value: string | null, language: string | undefined, withTime = false): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}

/** A sector's name from the bilingual list in the contracts. */
export function sectorName(sector: Sector, language: string | undefined): string {
  return SECTOR_LABELS[sector]?.[language === 'zh' ? 'zh' : 'en'] ?? sector;
}

/** A whole number or a decimal string (money is sent as a string) in the reader's grouping, e.g. 1,250,000. */
export function formatNumber(value: number | string | null | undefined, language: string | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const format = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 });
  // Intl formats decimal strings exactly (no float rounding) in current engines.
  return format.format(value as unknown as number);
}
