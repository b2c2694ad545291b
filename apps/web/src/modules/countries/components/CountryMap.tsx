import type { CountryProfileDto } from '@alliance/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/names';
import { WorldMap, type MapLayer } from '../../parks/components/WorldMap';
import { riskLayerCountries } from '../riskLayer';
import { describeGrade } from './useRiskLayer';

const NO_MARKERS = [] as const;

/** The country in its region, in its grade's colour (tinted as a host country when it has no grade). */
export function CountryMap({ profile }: { profile: CountryProfileDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const countries = useMemo(() => [profile.country], [profile.country]);
  const { current } = profile;
  const layer = useMemo<MapLayer | undefined>(
    () => (current ? { countries: riskLayerCountries([current], describeGrade(t, language)) } : undefined),
    [current, t, language],
  );
  return (
    <WorldMap
      markers={NO_MARKERS}
      countries={countries}
      region
      legend={false}
      layer={layer}
      label={t('countries.profile.mapLabel', { country: countryName(profile.country, language) })}
    />
  );
}
