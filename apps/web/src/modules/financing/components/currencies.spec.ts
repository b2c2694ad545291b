import { COMMON_CURRENCIES, CURRENCY_CODES } from '@alliance/contracts';
import { currencyName, otherCurrencies } from './currencies';

describe('currency choices', () => {
  it('offers every code once: the common ones first, then the others', () => {
    const offered = [...COMMON_CURRENCIES, ...otherCurrencies()];
    expect(offered).toHaveLength(CURRENCY_CODES.length);
    expect(new Set(offered).size).toBe(CURRENCY_CODES.length);
    expect(otherCurrencies()).not.toContain('USD');
    expect(otherCurrencies()[0]).toBe('AFN');
  });

  it('names a currency in the reader’s language', () => {
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('CNY', 'zh')).toBe('人民币');
  });
});
