import { LOCALES, POLICY_BRIEF_STATUSES, POLICY_TOPICS } from '@alliance/contracts';
import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import type { BriefFilter } from '../api';
import { isFiltered, type BriefFilterKey } from '../briefFilters';
import { OrganizationFilter } from './OrganizationFilter';

const DAY_FORMAT = 'YYYY-MM-DD';

interface Props {
  filter: BriefFilter;
  onChange: (changes: Partial<Record<BriefFilterKey, string | undefined>>) => void;
}

/** Words, country, topic, organization, language and publication dates; all kept in the address. */
export function BriefFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const mine = filter.scope === 'mine';

  return (
    <Flex gap={12} wrap align="center" className="brief-filters" data-testid="brief-filters">
      <ListSearch value={filter.q} placeholder={t('policyBriefs.filters.search')} onSearch={(q) => onChange({ q })} />
      {mine ? (
        <Select<string>
          allowClear
          aria-label={t('policyBriefs.filters.status')}
          placeholder={t('policyBriefs.filters.status')}
          value={filter.status}
          onChange={(status?: string) => onChange({ status })}
          options={POLICY_BRIEF_STATUSES.map((status) => ({
            value: status,
            label: t(`policyBriefs.status.${status}`),
          }))}
          style={{ width: 180 }}
          data-testid="filter-status"
        />
      ) : null}
      <CountrySelect
        allowClear
        aria-label={t('policyBriefs.filters.country')}
        placeholder={t('policyBriefs.filters.country')}
        value={filter.country}
        onChange={(country?: string) => onChange({ country })}
        style={{ width: 200 }}
        data-testid="filter-country"
      />
      <Select<string>
        allowClear
        aria-label={t('policyBriefs.filters.topic')}
        placeholder={t('policyBriefs.filters.topic')}
        value={filter.topic}
        onChange={(topic?: string) => onChange({ topic })}
        options={POLICY_TOPICS.map((topic) => ({ value: topic, label: t(`policyBriefs.topic.${topic}`) }))}
        style={{ width: 200 }}
        data-testid="filter-topic"
      />
      {/* The own organization's tab lists one organization already. */}
      {mine ? null : (
        <OrganizationFilter value={filter.organizationId} onChange={(organizationId) => onChange({ organizationId })} />
      )}
      <Select<string>
        allowClear
        aria-label={t('policyBriefs.filters.language')}
        placeholder={t('policyBriefs.filters.language')}
        value={filter.lang}
        onChange={(lang?: string) => onChange({ lang })}
        options={LOCALES.map((lang) => ({ value: lang, label: t(`policyBriefs.filters.writtenIn.${lang}`) }))}
        style={{ width: 180 }}
        data-testid="filter-language"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        aria-label={t('policyBriefs.filters.dates')}
        placeholder={[t('policyBriefs.filters.from'), t('policyBriefs.filters.to')]}
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        onChange={(dates) =>
          onChange({
            from: dates?.[0]?.format(DAY_FORMAT) ?? undefined,
            to: dates?.[1]?.format(DAY_FORMAT) ?? undefined,
          })
        }
      />
      {isFiltered(filter) ? (
        <Button
          type="link"
          onClick={() =>
            onChange({
              q: undefined,
              status: undefined,
              country: undefined,
              topic: undefined,
              organizationId: undefined,
              lang: undefined,
              from: undefined,
              to: undefined,
            })
          }
          data-testid="filters-clear"
        >
          {t('policyBriefs.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}
