import { localizedText, readerLanguage } from '@alliance/contracts';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../api';
import { useServerSearch } from '../../../lib/useServerSearch';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  /** Shown for a chosen user not among the options loaded (e.g. a filter read from the address). */
  selectedLabel?: string | null;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Picks a user by searching names and e-mail addresses on the server; each option says who and where. */
export function UserSelect({ value, onChange, placeholder, selectedLabel, style, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const { q, onSearch } = useServerSearch();

  const list = useUsers({ q, limit: 50 });
  const reader = readerLanguage(i18n.resolvedLanguage);
  const options = (list.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} · ${localizedText(user.organizationNameEn, user.organizationNameZh, reader) ?? user.email}`,
  }));
  if (value && selectedLabel && !options.some((option) => option.value === value))
    options.unshift({ value, label: selectedLabel });

  return (
    <Select
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch }}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      placeholder={placeholder}
      allowClear
      loading={list.isFetching}
      options={options}
      notFoundContent={list.isFetching ? null : t('common.noMatches')}
      style={style}
    />
  );
}
