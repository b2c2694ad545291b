import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../lib/names';
import { useServerSearch } from '../../../lib/useServerSearch';
import { useOrganization, useOrganizations } from '../../organizations/api';

interface Props {
  value: string | undefined;
  onChange: (organizationId: string | undefined) => void;
}

/**
 * One author organization, searched by name on the server (the directory is long). The chosen one
 * keeps its name when the current search does not list it (a shared link, say).
 */
export function OrganizationFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  const { q, onSearch } = useServerSearch();
  const list = useOrganizations({ q, limit: 30 });
  const found = list.data?.items ?? [];
  const chosen = useOrganization(value && !found.some((org) => org.id === value) ? value : undefined);
  const options = found.map((org) => ({ value: org.id, label: nameOf(org) }));
  if (value && chosen.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: nameOf(chosen.data) });
  }

  return (
    <Select<string>
      allowClear
      aria-label={t('policyBriefs.filters.organization')}
      placeholder={t('policyBriefs.filters.organization')}
      showSearch={{ filterOption: false, onSearch }}
      value={value}
      onChange={(next?: string) => onChange(next || undefined)}
      loading={list.isFetching}
      options={options}
      notFoundContent={list.isFetching ? null : t('common.noMatches')}
      style={{ width: 260, maxWidth: '100%' }}
      data-testid="filter-organization"
    />
  );
}
