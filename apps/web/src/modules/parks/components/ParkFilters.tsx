import { PARK_SORTS, type ParkSort } from '@alliance/contracts';
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import { SectorSelect } from '../../../components/SectorSelect';
import type { ParkFilter } from '../api';
import type { ParkFilterKey } from '../useParkListParams';
import { ParkStatusSelect } from './ParkStatusSelect';

const SORT_LABELS: Record<ParkSort, string> = {
  name: 'directory.sort.name',
  country: 'directory.sort.country',
  '-establishedYear': 'directory.sort.newest',
  establishedYear: 'directory.sort.oldest',
  '-investmentUsd': 'directory.sort.investment',
  '-enterpriseCount': 'directory.sort.enterprises',
  '-localJobs': 'directory.sort.localJobs',
  '-updatedAt': 'directory.sort.updated',
};

interface Props {
  filter: ParkFilter;
  onChange: (changes: Partial<Record<ParkFilterKey, string | undefined>>) => void;
  /** The host countries to offer; every country when absent. */
  countries?: readonly string[];
}

/** Search, country, sector, status and order: the map and the list both follow them. */
export function ParkFilters({ filter, onChange, countries }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <ListSearch value={filter.q} placeholder={t('directory.filters.search')} onSearch={(q) => onChange({ q })} />
      <CountrySelect
        allowClear
        only={countries}
        aria-label={t('parks.fields.country')}
        placeholder={t('parks.fields.country')}
        value={filter.country}
        onChange={(country?: string) => onChange({ country })}
        style={{ width: 200 }}
      />
      <SectorSelect
        allowClear
        aria-label={t('parks.fields.sectors')}
        placeholder={t('directory.filters.sector')}
        value={filter.sector}
        onChange={(sector) => onChange({ sector: typeof sector === 'string' ? sector : undefined })}
        style={{ width: 220 }}
      />
      <ParkStatusSelect
        allowClear
        aria-label={t('parks.fields.status')}
        placeholder={t('parks.fields.status')}
        value={filter.status}
        onChange={(status?: string) => onChange({ status })}
        style={{ width: 180 }}
      />
      <Select
        allowClear
        aria-label={t('directory.sort.label')}
        placeholder={t('directory.sort.label')}
        value={filter.sort}
        onChange={(sort?: string) => onChange({ sort })}
        options={PARK_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
        style={{ width: 200 }}
      />
    </Flex>
  );
}
