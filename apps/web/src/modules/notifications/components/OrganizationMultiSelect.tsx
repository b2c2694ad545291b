import { FOLLOW_LIMITS, type OrganizationDto } from '@alliance/contracts';
import { useQueries } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../../lib/apiClient';
import { useLocalizedName } from '../../../lib/names';
import { useOrganizations } from '../../organizations/api';
import { useServerSearch } from '../../../lib/useServerSearch';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

interface Labelled {
  value: string;
  label: string;
}

/**
 * Several organizations, searched by name on the server (the directory can be long). The chosen
 * ones keep their names even when the current search does not list them.
 */
export function OrganizationMultiSelect({ value = [], onChange, id, placeholder, disabled, ...rest }: Props) {
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  const { q, onSearch } = useServerSearch();

  const list = useOrganizations({ q, limit: 50 });
  const found = list.data?.items ?? [];
  const labels = new Map(found.map((org) => [org.id, nameOf(org)]));

  // Names of chosen organizations the list does not show; same cache as the organization pages.
  const details = useQueries({
    queries: value.map((orgId) => ({
      queryKey: ['organizations', 'detail', orgId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiFetch<OrganizationDto>(`/api/organizations/${encodeURIComponent(orgId)}`, { signal }),
      enabled: list.isSuccess && !labels.has(orgId),
      staleTime: 5 * 60_000,
    })),
  });
  const labelOf = (orgId: string, index: number): string => {
    const known = labels.get(orgId);
    if (known) return known;
    const detail = details[index];
    if (detail?.data) return nameOf(detail.data);
    return detail?.isError ? t('notifications.follows.unknownOrganization') : '…';
  };

  const selected: Labelled[] = value.map((orgId, index) => ({ value: orgId, label: labelOf(orgId, index) }));

  return (
    <Select<Labelled[]>
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      labelInValue
      maxCount={FOLLOW_LIMITS.perTopic}
      showSearch={{ filterOption: false, onSearch }}
      value={selected}
      onChange={(next) => onChange?.(next.map((item) => item.value))}
      placeholder={placeholder}
      disabled={disabled}
      loading={list.isFetching}
      options={found.map((org) => ({ value: org.id, label: nameOf(org) }))}
      notFoundContent={list.isFetching ? null : t('common.noMatches')}
    />
  );
}
