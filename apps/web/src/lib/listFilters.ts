import { isCountryCode, type CountryCode } from '@alliance/contracts';

/**
 * Checks for filters read from the address. A value the API would refuse (an edited or
 * outdated link) is dropped rather than sent, so a bad link shows the unfiltered list, not a 400.
 */
export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** An ISO 3166-1 alpha-2 code, in either case; anything else is no filter. */
export function countryFilter(value: string | undefined): CountryCode | undefined {
  const code = value?.trim().toUpperCase();
  return code && isCountryCode(code) ? code : undefined;
}
