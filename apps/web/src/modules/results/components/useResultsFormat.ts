import { periodsOf, readerLanguage, type ResolvedResultsRange, type ResultsRange } from '@alliance/contracts';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { resultsCsvHref } from '../api';

/** What every section needs: the reader's number format, the range's periods, the CSV link of a section. */
export function useResultsFormat(range: ResolvedResultsRange, asked: ResultsRange) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const number = useCallback((value: number) => formatNumber(value, language), [language]);
  const quarters = useMemo(() => periodsOf(range, 'quarter'), [range]);
  const months = useMemo(() => periodsOf(range, 'month'), [range]);
  const csv = (section: string) => ({
    href: resultsCsvHref(section, asked, readerLanguage(language)),
    label: t('results.csv'),
  });
  return { t, language, number, quarters, months, csv, emptyText: t('results.empty') };
}

export type ResultsFormat = ReturnType<typeof useResultsFormat>;
