import { MEMBER_ISSUE_CATEGORIES } from '@alliance/contracts';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';

interface Props {
  /** The status choices (none: no status filter, e.g. the inbox). */
  statuses: readonly { value: string; label: string }[] | null;
  status: string | undefined;
  country: string | undefined;
  category: string | undefined;
  filtered: boolean;
  onChange: (changes: { status?: string; country?: string; category?: string }) => void;
  onClear: () => void;
}

/** Status, country and category, kept in the address; the issues list and the cases list share it. */
export function ListFilters({ statuses, status, country, category, filtered, onChange, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" className="issue-filters" data-testid="issue-filters">
      {statuses ? (
        <Select<string>
          allowClear
          aria-label={t('memberIssues.filters.status')}
          placeholder={t('memberIssues.filters.status')}
          value={status}
          onChange={(value?: string) => onChange({ status: value })}
          options={[...statuses]}
          style={{ width: 200 }}
          data-testid="filter-status"
        />
      ) : null}
      <CountrySelect
        allowClear
        aria-label={t('memberIssues.filters.country')}
        placeholder={t('memberIssues.filters.country')}
        value={country}
        onChange={(value?: string) => onChange({ country: value })}
        style={{ width: 220 }}
        data-testid="filter-country"
      />
      <Select<string>
        allowClear
        aria-label={t('memberIssues.filters.category')}
        placeholder={t('memberIssues.filters.category')}
        value={category}
        onChange={(value?: string) => onChange({ category: value })}
        options={MEMBER_ISSUE_CATEGORIES.map((value) => ({ value, label: t(`memberIssues.category.${value}`) }))}
        style={{ width: 200 }}
        data-testid="filter-category"
      />
      {filtered ? (
        <Button type="link" onClick={onClear} data-testid="filters-clear">
          {t('memberIssues.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}
