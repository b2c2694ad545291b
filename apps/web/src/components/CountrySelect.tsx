import { COUNTRY_CODES } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../lib/names';

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'mode'> & { only?: readonly string[] };

/** An ISO 3166-1 country picker, names in the reader's language, searchable by name or code. */
export function CountrySelect({ only, ...props }: Props) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const options = useMemo(
    () =>
      (only ?? COUNTRY_CODES)
        .map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, language === 'zh' ? 'zh-CN' : 'en')),
    [language, only],
  );
  return <Select<string> showSearch={{ optionFilterProp: 'label' }} options={options} {...props} />;
}
