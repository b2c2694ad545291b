import type { TFunction } from 'i18next';
import { compactNumber, formatCoordinates, formatUsd } from './format';

// Interpolates like i18next with the English strings this module uses.
const EN: Record<string, string> = {
  'parks.usd': 'US$ {{amount}}',
  'parks.coordinates.north': '{{value}}° N',
  'parks.coordinates.south': '{{value}}° S',
  'parks.coordinates.east': '{{value}}° E',
  'parks.coordinates.west': '{{value}}° W',
  'parks.coordinates.pair': '{{lat}}, {{lon}}',
};
const t = ((key: string, options: Record<string, string> = {}) =>
  (EN[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => options[name] ?? '')) as unknown as TFunction;

describe('compactNumber', () => {
  it('shortens large figures in the reader’s language', () => {
    expect(compactNumber('1200000000', 'en')).toBe('1.2bn');
    expect(compactNumber('1200000000', 'zh')).toBe('12亿');
    expect(compactNumber(null, 'en')).toBe('—');
  });
});

describe('formatUsd', () => {
  it('gives every digit of the decimal string unless compact', () => {
    expect(formatUsd('1234567.5', 'en', t)).toBe('US$ 1,234,567.5');
    expect(formatUsd('350000000.00', 'en', t, true)).toBe('US$ 350m');
    expect(formatUsd(null, 'en', t)).toBe('—');
  });
});

describe('formatCoordinates', () => {
  it('names the hemispheres', () => {
    expect(formatCoordinates(-6.8, 39.2, t)).toBe('6.8000° S, 39.2000° E');
    expect(formatCoordinates(10.6, null, t)).toBe('—');
  });
});
