/** Body-field transforms and helpers shared by every DTO. */

/** Trims text; an empty text clears the field (null). */
export const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Trims and upper-cases a code (currency, country) so `usd ` reads as `USD`. */
export const trimToUpper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** For `ValidateIf`: validate the field when it was sent (null included), skip it when left out. */
export const ifDefined = (_: object, value: unknown) => value !== undefined;

/** Only the fields that were sent: a DTO instance carries the others as undefined. */
export function withoutUndefined<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}
