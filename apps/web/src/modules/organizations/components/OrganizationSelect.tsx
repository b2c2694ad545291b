import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../lib/names';
import { useOrganizations } from '../api';
import { useServerSearch } from '../../../lib/useServerSearch';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** Picks an organization by searching its names on the server (the list can be long). */
export function OrganizationSelect({ value, onChange, placeholder, allowClear, style, id, ...rest }: Props) {
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  const { q, onSearch } = useServerSearch();

  const list = useOrganizations({ q, limit: 50 });
  const options = (list.data?.items ?? []).map((org) => ({ value: org.id, label: nameOf(org) }));

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch }}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      placeholder={placeholder ?? t('users.fields.organization')}
      allowClear={allowClear}
      loading={list.isFetching}
      options={options}
      notFoundContent={list.isFetching ? null : t('common.noMatches')}
      style={style}
    />
  );
}
