import { Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string | undefined;
  placeholder: string;
  onSearch: (q: string) => void;
}

/** The free-text search above a list; keyed on the value so going back in history refills it. */
export function ListSearch({ value, placeholder, onSearch }: Props) {
  const { t } = useTranslation();
  return (
    <Input.Search
      key={value ?? ''}
      defaultValue={value}
      allowClear
      placeholder={placeholder}
      aria-label={t('common.search')}
      onSearch={(q) => onSearch(q.trim())}
      style={{ width: 320, maxWidth: '100%' }}
    />
  );
}
