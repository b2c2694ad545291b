import type { CountryGradeDto } from '@alliance/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/names';
import type { MapLayer } from '../../parks/components/WorldMap';
import { useCountryGrades } from '../api';
import { gradeCounts } from '../grades';
import { riskLayerCountries } from '../riskLayer';
import { RiskLegend } from './RiskLegend';

/** "Cambodia: risk grade 3 of 5 (Elevated), positive outlook": a grade in words, for the map's names and tooltips. */
export function describeGrade(t: TFunction, language: string | undefined): (grade: CountryGradeDto) => string {
  return (grade) =>
    t('countries.risk.describe', {
      country: countryName(grade.country, language),
      grade: grade.grade,
      name: t(`countries.grade.${grade.grade}`),
      outlook: t(`countries.outlook.${grade.outlook}`),
    });
}

/**
 * The world map's risk layer: the rated countries in their grade's colour, named with their grade,
 * and the legend; fetched only while the layer is on.
 */
export function useRiskLayer(enabled: boolean, withCounts = false) {
  const grades = useCountryGrades(enabled);
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const items = grades.data;
  const layer = useMemo<MapLayer | undefined>(
    () =>
      enabled && items
        ? {
            countries: riskLayerCountries(items, describeGrade(t, language)),
            legend: <RiskLegend counts={withCounts ? gradeCounts(items) : undefined} />,
          }
        : undefined,
    [enabled, items, withCounts, t, language],
  );
  return { layer, grades };
}
