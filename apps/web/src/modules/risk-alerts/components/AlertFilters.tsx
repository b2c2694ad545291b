import { RISK_ALERT_CATEGORIES, RISK_ALERT_SEVERITIES } from '@alliance/contracts';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { ALERT_LIST_STATUSES, isFiltered, type AlertFilterKey } from '../alertFilters';
import type { AlertFilter } from '../api';

interface Props {
  filter: AlertFilter;
  onChange: (changes: Partial<Record<AlertFilterKey, string | undefined>>) => void;
}

/** Status, country, severity and category; all kept in the address. */
export function AlertFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" className="alert-filters" data-testid="alert-filters">
      <Select<string>
        aria-label={t('riskAlerts.filters.status')}
        value={filter.status ?? 'current'}
        onChange={(status) => onChange({ status: status === 'current' ? undefined : status })}
        options={ALERT_LIST_STATUSES.map((status) => ({
          value: status,
          label: t(`riskAlerts.listStatus.${status}`),
        }))}
        style={{ width: 200 }}
        data-testid="filter-status"
      />
      <CountrySelect
        allowClear
        aria-label={t('riskAlerts.filters.country')}
        placeholder={t('riskAlerts.filters.country')}
        value={filter.country}
        onChange={(country?: string) => onChange({ country })}
        style={{ width: 220 }}
        data-testid="filter-country"
      />
      <Select<string>
        allowClear
        aria-label={t('riskAlerts.filters.severity')}
        placeholder={t('riskAlerts.filters.severity')}
        value={filter.severity}
        onChange={(severity?: string) => onChange({ severity })}
        options={[...RISK_ALERT_SEVERITIES].reverse().map((severity) => ({
          value: severity,
          label: t(`riskAlerts.severity.${severity}`),
        }))}
        style={{ width: 170 }}
        data-testid="filter-severity"
      />
      <Select<string>
        allowClear
        aria-label={t('riskAlerts.filters.category')}
        placeholder={t('riskAlerts.filters.category')}
        value={filter.category}
        onChange={(category?: string) => onChange({ category })}
        options={RISK_ALERT_CATEGORIES.map((category) => ({
          value: category,
          label: t(`riskAlerts.category.${category}`),
        }))}
        style={{ width: 200 }}
        data-testid="filter-category"
      />
      {isFiltered(filter) ? (
        <Button
          type="link"
          onClick={() => onChange({ status: undefined, country: undefined, severity: undefined, category: undefined })}
          data-testid="filters-clear"
        >
          {t('riskAlerts.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}
