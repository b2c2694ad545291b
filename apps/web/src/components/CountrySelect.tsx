import { COUNTRY_CODES } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../lib/names';

/** ISO 3166-1 countries as options, named in the reader's language and sorted by that name. */
function useCountryOptions(only?: readonly string[]) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return useMemo(
    () =>
      (only ?? COUNTRY_CODES)
        .map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, language === 'zh' ? 'zh-CN' : 'en')),
    [language, only],
  );
}

type Props = Omit<SelectProps<string>, 'options' | 'showSearch' | 'mode'> & { only?: readonly string[] };

/** An ISO 3166-1 country picker, names in the reader's language, searchable by name or code. */
export function CountrySelect({ only, ...props }: Props) {
  const options = useCountryOptions(only);
  return <Select<string> showSearch={{ optionFilterProp: 'label' }} options={options} {...props} />;
}

type ManyProps = Omit<SelectProps<string[]>, 'options' | 'showSearch' | 'mode' | 'maxCount'> & { max: number };

/** Several countries at once, at most `max`. */
export function CountriesSelect({ max, ...props }: ManyProps) {
  const options = useCountryOptions();
  return (
    <Select<string[]>
      mode="multiple"
      maxCount={max}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      {...props}
    />
  );
}
