import { COUNTRY_CODES, FOLLOW_LIMITS } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../lib/names';

type Props = Omit<SelectProps<string[]>, 'options' | 'showSearch' | 'mode' | 'maxCount'>;

/** Several countries to follow (the shared CountrySelect picks one), named in the reader's language. */
export function CountryMultiSelect(props: Props) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const options = useMemo(
    () =>
      COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, language)} (${code})` })).sort((a, b) =>
        a.label.localeCompare(b.label, language === 'zh' ? 'zh-CN' : 'en'),
      ),
    [language],
  );
  return (
    <Select<string[]>
      mode="multiple"
      maxCount={FOLLOW_LIMITS.perTopic}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      {...props}
    />
  );
}
