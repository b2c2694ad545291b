import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../../../components/ListSearch';
import type { FinancingFilter } from '../../api';
import { CountryFilter, CurrencyFilter, InstrumentFilter, RequestStatusFilter } from '../FinancingSelects';
import { PIPELINE_FILTER_KEYS, type PipelineParams } from './pipelineFilters';
import { PIPELINE_STATUSES } from './pipelineRows';

interface Props {
  filter: FinancingFilter;
  onChange: (changes: PipelineParams) => void;
  /** The host countries that have requests; every country when absent. */
  countries?: readonly string[];
}

/** Words of the title, status, instrument, host country and currency: the list and the CSV both follow them. */
export function PipelineFilters({ filter, onChange, countries }: Props) {
  const { t } = useTranslation();
  const active = PIPELINE_FILTER_KEYS.filter((key) => filter[key] !== undefined).length;
  return (
    <Flex gap={12} wrap align="center" data-testid="pipeline-filters">
      <ListSearch
        value={filter.q}
        placeholder={t('financing.pipeline.list.search')}
        onSearch={(q) => onChange({ q })}
      />
      <RequestStatusFilter
        statuses={PIPELINE_STATUSES}
        value={filter.status}
        onChange={(status) => onChange({ status })}
        style={{ width: 180 }}
        data-testid="pipeline-filter-status"
      />
      <InstrumentFilter
        value={filter.instrument}
        onChange={(instrument) => onChange({ instrument })}
        style={{ width: 210 }}
        data-testid="pipeline-filter-instrument"
      />
      <CountryFilter
        only={countries}
        value={filter.country}
        onChange={(country) => onChange({ country })}
        style={{ width: 200 }}
        data-testid="pipeline-filter-country"
      />
      <CurrencyFilter value={filter.currency} onChange={(currency) => onChange({ currency })} style={{ width: 120 }} />
      {active > 0 ? (
        <Button
          type="link"
          onClick={() => onChange(Object.fromEntries(PIPELINE_FILTER_KEYS.map((key) => [key, undefined])))}
        >
          {t('financing.pipeline.list.clear', { count: active })}
        </Button>
      ) : null}
    </Flex>
  );
}
