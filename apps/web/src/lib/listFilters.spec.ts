import { ORGANIZATION_TYPES } from '@alliance/contracts';
import { countryFilter, oneOf } from './listFilters';

describe('list filters from the address', () => {
  it('keeps a known value and drops anything else', () => {
    expect(oneOf(ORGANIZATION_TYPES, 'park_operator')).toBe('park_operator');
    expect(oneOf(ORGANIZATION_TYPES, 'Park_Operator')).toBeUndefined();
    expect(oneOf(ORGANIZATION_TYPES, 'bank')).toBeUndefined();
    expect(oneOf(ORGANIZATION_TYPES, undefined)).toBeUndefined();
  });

  it('accepts a country code in either case and drops unknown codes', () => {
    expect(countryFilter('kh')).toBe('KH');
    expect(countryFilter('KH')).toBe('KH');
    expect(countryFilter('XX')).toBeUndefined();
    expect(countryFilter('Cambodia')).toBeUndefined();
    expect(countryFilter(undefined)).toBeUndefined();
  });
});
