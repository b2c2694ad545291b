/**
 * Amounts typed by a person, checked the way the API checks them (up to 16 digits before the
 * point and 2 after), without ever becoming a JavaScript number.
 */
const MONEY = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** The text with grouping commas and spaces taken out: "18,500,000.50" → "18500000.50". */
export function normalizeAmount(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s,]/g, '');
}

/** The amount as the API takes it, or null when it is not one. */
export function parseAmount(text: string | null | undefined): string | null {
  const amount = normalizeAmount(text);
  return MONEY.test(amount) ? amount : null;
}

/** Whether a valid amount is above zero. */
export function isPositiveAmount(amount: string): boolean {
  return /[1-9]/.test(amount);
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
