import { COMMON_CURRENCIES, type CurrencyCode } from '@alliance/contracts';
import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyName, otherCurrencies } from './currencies';

type Props = Omit<SelectProps<CurrencyCode>, 'options' | 'showSearch' | 'mode'>;

/**
 * An ISO 4217 currency picker for the request editor, the offer form and the filters: the
 * alliance's usual currencies first, then every other one. The field shows the code; while
 * choosing, each code has its name in the reader's language, and either can be typed to search.
 */
export function CurrencySelect(props: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const options = useMemo(() => {
    const option = (code: CurrencyCode) => ({
      value: code,
      label: code,
      title: currencyName(code, language),
      search: `${code} ${currencyName(code, language)}`,
    });
    return [
      { label: t('financing.reviews.currency.common'), options: COMMON_CURRENCIES.map(option) },
      { label: t('financing.reviews.currency.others'), options: otherCurrencies().map(option) },
    ];
  }, [language, t]);

  return (
    <Select<CurrencyCode>
      showSearch={{ optionFilterProp: 'search' }}
      options={options}
      optionRender={(option) => (
        <span>
          <strong>{option.value}</strong>{' '}
          <span style={{ color: 'rgba(0, 0, 0, 0.55)' }}>{currencyName(String(option.value), language)}</span>
        </span>
      )}
      popupMatchSelectWidth={260}
      {...props}
    />
  );
}
