import { COMMON_CURRENCIES, CURRENCY_CODES, type CurrencyCode } from '@alliance/contracts';

/** The currencies a form offers after the common ones: every other ISO 4217 code, alphabetically. */
export function otherCurrencies(): CurrencyCode[] {
  return CURRENCY_CODES.filter((code) => !COMMON_CURRENCIES.includes(code));
}

/** "US Dollar" / "美元" for a code, in the reader's language; the code itself when the browser has no name. */
export function currencyName(code: string, language: string | undefined): string {
  try {
    return new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
