import { FINANCING_INSTRUMENTS } from '@alliance/contracts';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../../components/CountrySelect';
import { ListSearch } from '../../../../components/ListSearch';
import type { FinancingFilter } from '../../api';
import { CurrencySelect } from '../review/CurrencySelect';
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
      <ListSearch value={filter.q} placeholder={t('financing.pipeline.list.search')} onSearch={(q) => onChange({ q })} />
      <Select
        allowClear
        aria-label={t('financing.fields.status')}
        placeholder={t('financing.fields.status')}
        value={filter.status}
        onChange={(status?: string) => onChange({ status })}
        options={PIPELINE_STATUSES.map((status) => ({ value: status, label: t(`financing.requestStatus.${status}`) }))}
        style={{ width: 180 }}
        data-testid="pipeline-filter-status"
      />
      <Select
        allowClear
        aria-label={t('financing.fields.instrument')}
        placeholder={t('financing.fields.instrument')}
        value={filter.instrument}
        onChange={(instrument?: string) => onChange({ instrument })}
        options={FINANCING_INSTRUMENTS.map((instrument) => ({ value: instrument, label: t(`financing.instrument.${instrument}`) }))}
        style={{ width: 210 }}
        data-testid="pipeline-filter-instrument"
      />
      <CountrySelect
        allowClear
        only={countries}
        aria-label={t('financing.fields.country')}
        placeholder={t('financing.fields.country')}
        value={filter.country}
        onChange={(country?: string) => onChange({ country })}
        style={{ width: 200 }}
        data-testid="pipeline-filter-country"
      />
      <CurrencySelect
        allowClear
        aria-label={t('financing.fields.currency')}
        placeholder={t('financing.fields.currency')}
        value={filter.currency}
        onChange={(currency?: string) => onChange({ currency })}
        style={{ width: 120 }}
      />
      {active > 0 ? (
        <Button type="link" onClick={() => onChange(Object.fromEntries(PIPELINE_FILTER_KEYS.map((key) => [key, undefined])))}>
          {t('financing.pipeline.list.clear', { count: active })}
        </Button>
      ) : null}
    </Flex>
  );
}
