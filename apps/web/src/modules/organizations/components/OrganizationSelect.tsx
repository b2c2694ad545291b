import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../lib/names';
import { useOrganizations } from '../api';

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
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => setQ(search.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [search]);

  const list = useOrganizations({ q: q || undefined, limit: 50 });
  const options = (list.data?.items ?? []).map((org) => ({ value: org.id, label: nameOf(org) }));

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setSearch }}
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
