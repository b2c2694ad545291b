import { amountProblem, compareAmounts, isPositiveAmount, normalizeAmount, parseAmount } from './money';

describe('amounts typed by a person', () => {
  it('takes out grouping commas and spaces; nothing typed is no amount', () => {
    expect(normalizeAmount(' 18,500,000.50 ')).toBe('18500000.50');
    expect(normalizeAmount('6 200 000')).toBe('6200000');
    expect(normalizeAmount('  ')).toBeNull();
    expect(normalizeAmount(null)).toBeNull();
  });

  it('accepts what the API accepts and nothing else: 16 digits, 2 decimals, no sign, no leading zero', () => {
    expect(parseAmount('1,250,000.5')).toBe('1250000.5');
    expect(parseAmount('0')).toBe('0');
    expect(parseAmount('1234567890123456.99')).toBe('1234567890123456.99');
    expect(parseAmount('12345678901234567')).toBeNull();
    expect(parseAmount('1.234')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('01')).toBeNull();
    expect(parseAmount('1e6')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('tells zero from a positive amount', () => {
    expect(isPositiveAmount('0.00')).toBe(false);
    expect(isPositiveAmount('0.01')).toBe(true);
  });

  it('says why an amount would be refused, and nothing about an empty one', () => {
    expect(amountProblem(null)).toBeNull();
    expect(amountProblem('  ')).toBeNull();
    expect(amountProblem('18 500 000.5')).toBeNull();
    expect(amountProblem('1234567890123456.78')).toBeNull();
    expect(amountProblem('12345678901234567')).toBe('format');
    expect(amountProblem('10.123')).toBe('format');
    expect(amountProblem('012')).toBe('format');
    expect(amountProblem('-5')).toBe('format');
    expect(amountProblem('1e6')).toBe('format');
    expect(amountProblem('0.00')).toBe('zero');
  });

  it('compares exactly, also where floats would round', () => {
    expect(compareAmounts('9', '10')).toBe(-1);
    expect(compareAmounts('10.5', '10.50')).toBe(0);
    expect(compareAmounts('10.05', '10.5')).toBe(-1);
    expect(compareAmounts('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareAmounts('1234567890123456.01', '1234567890123456.02')).toBe(-1);
  });
});
