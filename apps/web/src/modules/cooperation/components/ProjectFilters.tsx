import {
  COOPERATION_PROJECT_KINDS,
  COOPERATION_PROJECT_STATUSES,
  type CooperationProjectQuery,
} from '@alliance/contracts';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import { SectorSelect } from '../../../components/SectorSelect';
import { pickName } from '../../../lib/names';
import { useParks } from '../../parks/api';
import { CLEARED_FILTERS, isFiltered, type ProjectFilterValues } from '../projectFilters';
import { SizeRangeFilter } from './SizeRangeFilter';

interface Props {
  query: CooperationProjectQuery;
  onChange: (changes: ProjectFilterValues) => void;
}

/** The directory's parks make the park filter: one page of them is the whole list. */
const PARKS_LIMIT = 100;

/** Text, kind, sector, country, size range, park and status; all kept in the address. */
export function ProjectFilters({ query, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const parks = useParks({ limit: PARKS_LIMIT, sort: 'name' });
  const parkOptions = (parks.data?.items ?? []).map((park) => ({
    value: park.id,
    label: pickName(park, i18n.resolvedLanguage),
  }));

  return (
    <Flex vertical gap={12} data-testid="project-filters">
      <ListSearch value={query.q} placeholder={t('cooperation.filters.q')} onSearch={(q) => onChange({ q })} />
      <Flex gap={12} wrap align="center" className="coop-filters">
        <Select<string>
          allowClear
          aria-label={t('cooperation.filters.kind')}
          placeholder={t('cooperation.filters.kind')}
          value={query.kind}
          onChange={(kind?: string) => onChange({ kind })}
          options={COOPERATION_PROJECT_KINDS.map((kind) => ({ value: kind, label: t(`cooperation.kind.${kind}`) }))}
          style={{ width: 200 }}
          data-testid="filter-kind"
        />
        <SectorSelect
          allowClear
          aria-label={t('cooperation.filters.sector')}
          placeholder={t('cooperation.filters.sector')}
          value={query.sector}
          onChange={(sector) => onChange({ sector: (sector as string | undefined) ?? undefined })}
          style={{ width: 200 }}
          data-testid="filter-sector"
        />
        <CountrySelect
          allowClear
          aria-label={t('cooperation.filters.country')}
          placeholder={t('cooperation.filters.country')}
          value={query.country}
          onChange={(country?: string) => onChange({ country })}
          style={{ width: 200 }}
          data-testid="filter-country"
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('cooperation.filters.park')}
          placeholder={t('cooperation.filters.park')}
          value={query.parkId}
          onChange={(parkId?: string) => onChange({ parkId })}
          options={parkOptions}
          loading={parks.isFetching}
          style={{ width: 220 }}
          data-testid="filter-park"
        />
        {query.scope !== 'review' ? (
          <Select<string>
            allowClear
            aria-label={t('cooperation.filters.status')}
            placeholder={t('cooperation.filters.status')}
            value={query.status}
            onChange={(status?: string) => onChange({ status })}
            options={COOPERATION_PROJECT_STATUSES.map((status) => ({
              value: status,
              label: t(`cooperation.status.${status}`),
            }))}
            style={{ width: 170 }}
            data-testid="filter-status"
          />
        ) : null}
        <SizeRangeFilter min={query.minSizeUsd} max={query.maxSizeUsd} onChange={onChange} />
        {isFiltered(query) ? (
          <Button type="link" onClick={() => onChange(CLEARED_FILTERS)} data-testid="filters-clear">
            {t('cooperation.filters.clear')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
