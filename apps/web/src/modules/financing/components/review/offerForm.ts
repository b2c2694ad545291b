import {
  RATE_PATTERN,
  type CurrencyCode,
  type FinancingInstrument,
  type FinancingOfferDto,
  type FinancingOfferTerms,
  type FinancingRateKind,
  type FinancingRequestSummaryDto,
} from '@alliance/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { groupDecimal, trimRate } from '../../format';
import { amountProblem, normalizeAmount, parseAmount, type AmountProblem } from '../../money';

/** What the offer form holds: texts as typed, the last valid day as a date. */
export interface OfferFormValues {
  amount: string | null;
  currency: CurrencyCode | null;
  rateKind: FinancingRateKind;
  ratePercent: string | null;
  fees: string | null;
  tenorMonths: number | null;
  conditions: string | null;
  validUntil: Dayjs | null;
}

/** Insurance and guarantees are priced as a premium; the rest as interest. */
const PREMIUM_INSTRUMENTS: readonly FinancingInstrument[] = ['export_credit_insurance', 'guarantee'];

export function defaultRateKind(instrument: FinancingInstrument | null): FinancingRateKind {
  return instrument && PREMIUM_INSTRUMENTS.includes(instrument) ? 'premium' : 'interest';
}

/**
 * The form's starting values: a prepared offer's terms when it is revised, else what the
 * requester asked for (amount, currency, tenor), so a plain offer needs only rate and validity.
 * Amounts are shown grouped (25,000,000.00) for reading; the commas are taken out when sent.
 * Every key is present, so the API's field errors can be put on any of them.
 */
export function offerFormValues(offer: FinancingOfferDto | null, request: FinancingRequestSummaryDto): OfferFormValues {
  if (offer) {
    return {
      amount: groupDecimal(offer.amount),
      currency: offer.currency,
      rateKind: offer.rateKind,
      ratePercent: trimRate(offer.ratePercent),
      fees: offer.fees,
      tenorMonths: offer.tenorMonths,
      conditions: offer.conditions,
      validUntil: dayjs(offer.validUntil, 'YYYY-MM-DD'),
    };
  }
  return {
    amount: request.amount ? groupDecimal(request.amount) : null,
    currency: request.currency,
    rateKind: defaultRateKind(request.instrument),
    ratePercent: null,
    fees: null,
    tenorMonths: request.tenorMonths,
    conditions: null,
    validUntil: null,
  };
}

/** Why an offered amount cannot be sent, or null: unlike a draft request's, it is required. */
export function offerAmountProblem(text: string | null): 'required' | AmountProblem | null {
  return normalizeAmount(text) === null ? 'required' : amountProblem(text);
}

/** Whether a rate is a percentage the API takes: 0 to 100 with up to four decimals. */
export function isRate(text: string | null): boolean {
  return RATE_PATTERN.test((text ?? '').trim());
}

const blankToNull = (text: string | null): string | null => (text?.trim() ? text.trim() : null);

/** The terms as the API takes them; call only on values the form has validated. */
export function toOfferTerms(values: OfferFormValues): FinancingOfferTerms {
  const amount = parseAmount(values.amount);
  if (amount === null || !values.currency || values.tenorMonths === null || !values.validUntil) {
    throw new Error('toOfferTerms called on an incomplete offer');
  }
  return {
    amount,
    currency: values.currency,
    rateKind: values.rateKind,
    ratePercent: (values.ratePercent ?? '').trim(),
    fees: blankToNull(values.fees),
    tenorMonths: values.tenorMonths,
    conditions: blankToNull(values.conditions),
    validUntil: values.validUntil.format('YYYY-MM-DD'),
  };
}
