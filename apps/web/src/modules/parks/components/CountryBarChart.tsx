import type { ParkStatsDto } from '@alliance/contracts';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName, formatNumber } from '../../../lib/names';
import '../parks.css';

interface Props {
  byCountry: ParkStatsDto['byCountry'];
  /** The country the list is filtered on, highlighted. */
  selected?: string;
  /** Clicking a bar filters the map and the list on that country (again: clears it). */
  onSelect: (country: string | undefined) => void;
  /** Countries beyond this many are summed up in one line. */
  limit?: number;
}

/** Parks per host country as plain horizontal bars: no chart library for one bar chart. */
export function CountryBarChart({ byCountry, selected, onSelect, limit = 12 }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  if (byCountry.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('directory.byCountry.empty')} />;

  const shown = byCountry.slice(0, limit);
  const rest = byCountry.slice(limit);
  const max = Math.max(...shown.map((row) => row.parks), 1);

  return (
    <div>
      <ul className="country-bars" aria-label={t('directory.byCountry.title')}>
        {shown.map((row) => {
          const name = countryName(row.country, language);
          const active = row.country === selected;
          return (
            <li key={row.country}>
              <button
                type="button"
                className={active ? 'country-bar active' : 'country-bar'}
                aria-pressed={active}
                title={t(active ? 'directory.byCountry.clear' : 'directory.byCountry.filter', { country: name })}
                onClick={() => onSelect(active ? undefined : row.country)}
              >
                <span className="country-bar-label">{name}</span>
                <span className="country-bar-track" aria-hidden>
                  <span className="country-bar-fill" style={{ width: `${(row.parks / max) * 100}%` }} />
                </span>
                <span className="country-bar-value">{formatNumber(row.parks, language)}</span>
              </button>
            </li>
          );
        })}
      </ul>
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
    </div>
  );
}
