/**
 * Field rules both sides apply: the web checks them as people type, the API enforces them.
 * One definition so a form never accepts what the API then refuses.
 */

/** Digits, spaces and the usual phone punctuation, e.g. +855 34 935 999 or (025) 8379-1234. */
export const PHONE_PATTERN = /^\+?[0-9 ()\-.]{3,50}$/;

/** A non-negative decimal string with up to 18 digits before the point and 2 after, no leading zeros. */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,17})(\.\d{1,2})?$/;

export const PARK_LIMITS = {
  minEstablishedYear: 1950,
  maxAreaKm2: 9_999_999_999,
  maxEnterpriseCount: 1_000_000,
  maxLocalJobs: 100_000_000,
  nameLength: 300,
  cityLength: 200,
  descriptionLength: 5000,
} as const;
