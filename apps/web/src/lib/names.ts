import { useTranslation } from 'react-i18next';

interface Bilingual {
  nameEn: string | null;
  nameZh: string | null;
}

/** The name in the reader's language, else the other one, else a dash. */
export function pickName(record: Bilingual, language: string | undefined): string {
  const preferred = language === 'zh' ? record.nameZh : record.nameEn;
  const other = language === 'zh' ? record.nameEn : record.nameZh;
  return preferred || other || '—';
}

export function useLocalizedName(): (record: Bilingual) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (record) => pickName(record, language);
}
