import { isCountryCode, isCurrencyCode } from '@alliance/contracts';
import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';

/** Digits, spaces and the usual phone punctuation, e.g. +855 34 935 999 or (025) 8379-1234. */
export const PHONE_PATTERN = /^\+?[0-9 ()\-.]{3,50}$/;

/** An ISO 3166-1 alpha-2 code from the contracts' list, upper case (KH, AE, CN). */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value: unknown) => isCountryCode(value),
        defaultMessage: (args) => `${args?.property ?? 'country'} must be an ISO 3166-1 alpha-2 code such as KH`,
      },
    },
    options,
  );
}

/** A non-negative decimal with up to `integerDigits` digits before the point and two after, sent as a string. */
export function IsMoneyString(integerDigits = 18, options?: ValidationOptions): PropertyDecorator {
  return Matches(new RegExp(`^(0|[1-9]\\d{0,${integerDigits - 1}})(\\.\\d{1,2})?$`), {
    message: ({ property }) =>
      `${property} must be a decimal string such as 1250000.50 (up to ${integerDigits} digits and 2 decimals)`,
    ...options,
  });
}

/** A year from `min` up to the current year, checked when validating (not when the class loads). */
export function IsYearUpToNow(min: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isYearUpToNow',
      validator: {
        validate: (value: unknown) =>
          Number.isInteger(value) && (value as number) >= min && (value as number) <= new Date().getFullYear(),
        defaultMessage: (args) =>
          `${args?.property ?? 'year'} must be a year from ${min} to ${new Date().getFullYear()}`,
      },
    },
    options,
  );
}

/** A decimal string greater than zero (used with IsMoneyString for amounts that must be positive). */
export function IsPositiveDecimalString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPositiveDecimalString',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /[1-9]/.test(value),
        defaultMessage: (args) => `${args?.property ?? 'amount'} must be greater than zero`,
      },
    },
    options,
  );
}

/** An ISO 4217 currency code from the contracts' list, upper case (USD, CNY, AED). */
export function IsCurrencyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCurrencyCode',
      validator: {
        validate: (value: unknown) => isCurrencyCode(value),
        defaultMessage: (args) => `${args?.property ?? 'currency'} must be an ISO 4217 currency code such as USD`,
      },
    },
    options,
  );
}
