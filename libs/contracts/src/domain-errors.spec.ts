import { DOMAIN_ERROR_CODES, DOMAIN_ERRORS, domainErrorKey, isDomainErrorCode } from './domain-errors';
import { ERROR_CODES } from './errors';

describe('domain errors', () => {
  it('gives every reason one domain, and never reuses an error code', () => {
    const all = Object.values(DOMAIN_ERRORS).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(DOMAIN_ERROR_CODES).toHaveLength(all.length);
    expect(all.filter((code) => (ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('names the translation of a reason by its domain', () => {
    expect(domainErrorKey('PARK_NOT_YOURS')).toBe('errors.financing.PARK_NOT_YOURS');
    expect(domainErrorKey('OWN_ROLE')).toBe('errors.users.OWN_ROLE');
    expect(isDomainErrorCode('PARK_NOT_YOURS')).toBe(true);
    expect(isDomainErrorCode('isEmail')).toBe(false);
  });
});
