/**
 * Amounts typed by a person (a request, an offer, a filter), checked the way the API checks
 * them (up to 16 digits before the point and 2 after, no leading zeros) without ever becoming a
 * JavaScript number. Showing an amount is in ./format.
 */
const AMOUNT_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** "18,500,000.00" or "18 500 000" as typed → "18500000.00" / "18500000"; null when empty. */
export function normalizeAmount(text: string | null | undefined): string | null {
  const cleaned = text?.replace(/[\s,]/g, '') ?? '';
  return cleaned === '' ? null : cleaned;
}

/** The amount as the API takes it, or null when it is empty or not one. */
export function parseAmount(text: string | null | undefined): string | null {
  const amount = normalizeAmount(text);
  return amount !== null && AMOUNT_PATTERN.test(amount) ? amount : null;
}

/** Whether a valid amount is above zero. */
export function isPositiveAmount(amount: string): boolean {
  return /[1-9]/.test(amount);
}

export type AmountProblem = 'format' | 'zero';

/** Why an amount (as typed) would be refused, or null when it is fine or empty. */
export function amountProblem(text: string | null | undefined): AmountProblem | null {
  if (normalizeAmount(text) === null) return null;
  const amount = parseAmount(text);
  if (amount === null) return 'format';
  return isPositiveAmount(amount) ? null : 'zero';
}

/**
 * Compares two valid amounts exactly, digit by digit: -1, 0 or 1. Used to tell a range whose
 * minimum is above its maximum, which floats could get wrong for 16-digit amounts.
 */
export function compareAmounts(a: string, b: string): number {
  const [wholeA, fractionA = ''] = a.split('.');
  const [wholeB, fractionB = ''] = b.split('.');
  if (wholeA.length !== wholeB.length) return wholeA.length < wholeB.length ? -1 : 1;
  const left = `${wholeA}.${fractionA.padEnd(2, '0')}`;
  const right = `${wholeB}.${fractionB.padEnd(2, '0')}`;
  return left === right ? 0 : left < right ? -1 : 1;
}
