import { FINANCING_INSTRUMENTS, FINANCING_REVIEW_STATUSES } from '@alliance/contracts';
import { Button, Flex, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../../components/CountrySelect';
import { ListSearch } from '../../../../components/ListSearch';
import type { QueueFilter } from '../../api';
import { AmountRangeFilter } from './AmountRangeFilter';
import { CurrencySelect } from './CurrencySelect';
import { activeFilterCount, overdueParam, QUEUE_FILTER_KEYS, type QueueParams } from './queueFilters';

interface Props {
  filter: QueueFilter;
  onChange: (changes: QueueParams) => void;
}

/** What the institution looks for in its queue: where its review stands, what is asked, where, how much, and what is late. */
export function QueueFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const active = activeFilterCount(filter);
  return (
    <Flex gap={12} wrap align="center" data-testid="queue-filters">
      <ListSearch value={filter.q} placeholder={t('financing.reviews.filters.search')} onSearch={(q) => onChange({ q })} />
      <Select
        allowClear
        aria-label={t('financing.reviews.filters.reviewStatus')}
        placeholder={t('financing.reviews.filters.reviewStatus')}
        value={filter.reviewStatus}
        onChange={(reviewStatus?: string) => onChange({ reviewStatus })}
        options={FINANCING_REVIEW_STATUSES.map((status) => ({ value: status, label: t(`financing.reviewStatus.${status}`) }))}
        style={{ width: 200 }}
        data-testid="queue-filter-review-status"
      />
      <Select
        allowClear
        aria-label={t('financing.fields.instrument')}
        placeholder={t('financing.fields.instrument')}
        value={filter.instrument}
        onChange={(instrument?: string) => onChange({ instrument })}
        options={FINANCING_INSTRUMENTS.map((instrument) => ({ value: instrument, label: t(`financing.instrument.${instrument}`) }))}
        style={{ width: 210 }}
        data-testid="queue-filter-instrument"
      />
      <CountrySelect
        allowClear
        aria-label={t('financing.fields.country')}
        placeholder={t('financing.fields.country')}
        value={filter.country}
        onChange={(country?: string) => onChange({ country })}
        style={{ width: 200 }}
        data-testid="queue-filter-country"
      />
      <CurrencySelect
        allowClear
        aria-label={t('financing.fields.currency')}
        placeholder={t('financing.fields.currency')}
        value={filter.currency}
        onChange={(currency?: string) => onChange({ currency })}
        style={{ width: 120 }}
      />
      <AmountRangeFilter min={filter.amountMin} max={filter.amountMax} onChange={onChange} />
      <Flex component="label" gap={8} align="center">
        <Switch size="small" checked={filter.overdue === true} onChange={(on) => onChange({ overdue: overdueParam(on) })} data-testid="queue-filter-overdue" />
        <Typography.Text>{t('financing.reviews.filters.overdueOnly')}</Typography.Text>
      </Flex>
      {active > 0 ? (
        <Button type="link" onClick={() => onChange(Object.fromEntries(QUEUE_FILTER_KEYS.map((key) => [key, undefined])))}>
          {t('financing.reviews.filters.clear', { count: active })}
        </Button>
      ) : null}
    </Flex>
  );
}
