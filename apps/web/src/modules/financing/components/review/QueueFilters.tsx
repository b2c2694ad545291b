import { Button, Flex, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../../../components/ListSearch';
import { RiskGradeSelect } from '../../../countries/components/RiskGradeSelect';
import type { QueueFilter } from '../../api';
import { CountryFilter, CurrencyFilter, InstrumentFilter, ReviewStatusFilter } from '../FinancingSelects';
import { AmountRangeFilter } from './AmountRangeFilter';
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
      <ListSearch
        value={filter.q}
        placeholder={t('financing.reviews.filters.search')}
        onSearch={(q) => onChange({ q })}
      />
      <ReviewStatusFilter
        value={filter.reviewStatus}
        onChange={(reviewStatus) => onChange({ reviewStatus })}
        style={{ width: 200 }}
        data-testid="queue-filter-review-status"
      />
      <InstrumentFilter
        value={filter.instrument}
        onChange={(instrument) => onChange({ instrument })}
        style={{ width: 210 }}
        data-testid="queue-filter-instrument"
      />
      <CountryFilter
        value={filter.country}
        onChange={(country) => onChange({ country })}
        style={{ width: 200 }}
        data-testid="queue-filter-country"
      />
      <RiskGradeSelect
        allowClear
        aria-label={t('countries.risk.filter')}
        placeholder={t('countries.risk.filter')}
        value={filter.riskGrade}
        onChange={(grade?: number) => onChange({ riskGrade: grade === undefined ? undefined : String(grade) })}
        style={{ width: 190 }}
        data-testid="queue-filter-risk"
      />
      <CurrencyFilter value={filter.currency} onChange={(currency) => onChange({ currency })} style={{ width: 120 }} />
      <AmountRangeFilter min={filter.amountMin} max={filter.amountMax} onChange={onChange} />
      <Flex component="label" gap={8} align="center">
        <Switch
          size="small"
          checked={filter.overdue === true}
          onChange={(on) => onChange({ overdue: overdueParam(on) })}
          data-testid="queue-filter-overdue"
        />
        <Typography.Text>{t('financing.reviews.filters.overdueOnly')}</Typography.Text>
      </Flex>
      {/* The filters My work links with, shown while on and removed by closing their tag. */}
      {filter.release ? (
        <Tag closable color="orange" onClose={() => onChange({ release: undefined })} data-testid="filter-release">
          {t('financing.reviews.filters.release')}
        </Tag>
      ) : null}
      {filter.answered ? (
        <Tag closable color="orange" onClose={() => onChange({ answered: undefined })} data-testid="filter-answered">
          {t('financing.reviews.filters.answered')}
        </Tag>
      ) : null}
      {active > 0 ? (
        <Button
          type="link"
          onClick={() => onChange(Object.fromEntries(QUEUE_FILTER_KEYS.map((key) => [key, undefined])))}
        >
          {t('financing.reviews.filters.clear', { count: active })}
        </Button>
      ) : null}
    </Flex>
  );
}
