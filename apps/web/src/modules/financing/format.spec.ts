import { formatMoney, formatRate, groupDecimal, trimRate } from './format';

describe('financing formats', () => {
  it('groups decimal strings exactly, without passing through a float', () => {
    expect(groupDecimal('12345678901234.56')).toBe('12,345,678,901,234.56');
    expect(groupDecimal('100')).toBe('100');
    expect(groupDecimal('1000.5')).toBe('1,000.50');
    expect(formatMoney('18500000.00', 'USD')).toBe('USD 18,500,000.00');
    expect(formatMoney(null, 'USD')).toBe('—');
  });

  it('shows rates without trailing zeros', () => {
    expect(formatRate('4.3500')).toBe('4.35 %');
    expect(formatRate('5.0000')).toBe('5 %');
    expect(formatRate('0.8500')).toBe('0.85 %');
    expect(trimRate('4.3500')).toBe('4.35');
    expect(trimRate('100')).toBe('100');
  });
});
