import type { ParkStatsDto } from '@alliance/contracts';
import { Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../../components/chart/Chart';
import { ChartFilterButton } from '../../../components/chart/ChartFilterButton';
import { countryName, formatNumber } from '../../../lib/names';
import '../parks.css';

interface Props {
  byCountry: ParkStatsDto['byCountry'];
  /** The country the list is filtered on, highlighted. */
  selected?: string;
  /** Clicking a bar or a country's name filters the map and the list on it (again: clears it). */
  onSelect: (country: string | undefined) => void;
  /** Countries beyond this many are summed up in one line. */
  limit?: number;
}

/** Parks per host country: bars, and the same figures in a table whose names filter the directory. */
export function CountryBarChart({ byCountry, selected, onSelect, limit = 12 }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const shown = useMemo(() => byCountry.slice(0, limit), [byCountry, limit]);
  const rest = byCountry.slice(limit);
  const categories = useMemo(
    () => shown.map((row) => ({ key: row.country, label: countryName(row.country, language) })),
    [shown, language],
  );
  const series = useMemo(
    () => [{ key: 'parks', name: t('results.hostCountries.parks'), values: shown.map((row) => row.parks) }],
    [shown, t],
  );
  const format = useCallback((value: number) => formatNumber(value, language), [language]);
  const toggle = useCallback(
    (country: string) => onSelect(country === selected ? undefined : country),
    [onSelect, selected],
  );

  return (
    <>
      <Chart
        label={t('directory.byCountry.title')}
        categories={categories}
        series={series}
        horizontal
        categoryTitle={t('parks.fields.country')}
        format={format}
        onSelect={toggle}
        renderCategory={(row) => {
          const active = row.key === selected;
          return (
            <ChartFilterButton
              label={row.label}
              active={active}
              title={t(active ? 'directory.byCountry.clear' : 'directory.byCountry.filter', { country: row.label })}
              onToggle={() => toggle(row.key)}
            />
          );
        }}
        emptyText={t('directory.byCountry.empty')}
        testId="directory-by-country"
        pageSize={limit}
      />
      {rest.length > 0 ? (
        <Typography.Text type="secondary">
          {t('directory.byCountry.more', {
            countries: formatNumber(rest.length, language),
            parks: formatNumber(
              rest.reduce((sum, row) => sum + row.parks, 0),
              language,
            ),
          })}
        </Typography.Text>
      ) : null}
    </>
  );
}
