/**
 * Amounts are decimal strings end to end (never floats): they are grouped for reading here
 * without ever becoming a JavaScript number, so 12345678901234.56 shows exactly.
 */
export function groupDecimal(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole, fraction] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction.padEnd(2, '0')}` : ''}`;
}

/** "USD 18,500,000.00"; an em dash when there is no amount yet (a draft). */
export function formatMoney(amount: string | null | undefined, currency: string | null | undefined): string {
  if (!amount) return '—';
  return `${currency ?? ''} ${groupDecimal(amount)}`.trim();
}

/** A rate as a person writes it: the API stores four decimals, "4.3500" → "4.35", "5.0000" → "5". */
export function trimRate(rate: string): string {
  return rate.includes('.') ? rate.replace(/0+$/, '').replace(/\.$/, '') : rate;
}

/** A rate stored with four decimals, shown without trailing zeros: "4.3500" → "4.35 %". */
export function formatRate(rate: string): string {
  return `${trimRate(rate)} %`;
}
