import type { FinancingOfferDto, FinancingRequestSummaryDto } from '@alliance/contracts';
import dayjs from 'dayjs';
import { defaultRateKind, isRate, offerAmountProblem, offerFormValues, toOfferTerms } from './offerForm';

const request = {
  id: 'r1',
  instrument: 'export_credit_insurance',
  amount: '6200000.00',
  currency: 'USD',
  tenorMonths: 24,
} as FinancingRequestSummaryDto;

const offer = {
  id: 'o1',
  status: 'prepared',
  amount: '5000000.00',
  currency: 'CNY',
  rateKind: 'interest',
  ratePercent: '4.3500',
  fees: '0.5 % arrangement fee',
  tenorMonths: 60,
  conditions: null,
  validUntil: '2027-01-31',
} as FinancingOfferDto;

describe('the offer form', () => {
  it('starts from what the requester asked for, priced the instrument’s way', () => {
    expect(offerFormValues(null, request)).toEqual({
      amount: '6,200,000.00',
      currency: 'USD',
      rateKind: 'premium',
      ratePercent: null,
      fees: null,
      tenorMonths: 24,
      conditions: null,
      validUntil: null,
    });
    expect(defaultRateKind('loan')).toBe('interest');
    expect(defaultRateKind('guarantee')).toBe('premium');
    expect(defaultRateKind(null)).toBe('interest');
  });

  it('starts from the prepared offer when it is revised, the rate as a person writes it', () => {
    const values = offerFormValues(offer, request);
    expect(values).toMatchObject({
      amount: '5,000,000.00',
      currency: 'CNY',
      rateKind: 'interest',
      ratePercent: '4.35',
      tenorMonths: 60,
    });
    expect(values.validUntil?.format('YYYY-MM-DD')).toBe('2027-01-31');
    expect(offerFormValues({ ...offer, ratePercent: '5.0000' }, request).ratePercent).toBe('5');
  });

  it('sends a prefilled amount back unchanged', () => {
    expect(toOfferTerms({ ...offerFormValues(offer, request), validUntil: dayjs('2027-01-31') }).amount).toBe(
      '5000000.00',
    );
  });

  it('says why an amount cannot be offered', () => {
    expect(offerAmountProblem(null)).toBe('required');
    expect(offerAmountProblem('  ')).toBe('required');
    expect(offerAmountProblem(' , ')).toBe('required');
    expect(offerAmountProblem('12.345')).toBe('format');
    expect(offerAmountProblem('0.00')).toBe('zero');
    expect(offerAmountProblem('25,000,000')).toBeNull();
  });

  it('takes rates from 0 to 100 with up to four decimals', () => {
    expect(isRate('4.35')).toBe(true);
    expect(isRate(' 0.125 ')).toBe(true);
    expect(isRate('100')).toBe(true);
    expect(isRate('100.5')).toBe(false);
    expect(isRate('4.12345')).toBe(false);
    expect(isRate('4,35')).toBe(false);
    expect(isRate(null)).toBe(false);
  });

  it('sends the terms as the API takes them: exact strings, blanks as null, the date as YYYY-MM-DD', () => {
    expect(
      toOfferTerms({
        amount: '12,345,678,901,234.56',
        currency: 'USD',
        rateKind: 'premium',
        ratePercent: ' 0.85 ',
        fees: '   ',
        tenorMonths: 24,
        conditions: ' Cover starts on shipment. ',
        validUntil: dayjs('2027-03-01'),
      }),
    ).toEqual({
      amount: '12345678901234.56',
      currency: 'USD',
      rateKind: 'premium',
      ratePercent: '0.85',
      fees: null,
      tenorMonths: 24,
      conditions: 'Cover starts on shipment.',
      validUntil: '2027-03-01',
    });
  });

  it('refuses to build terms from an incomplete form', () => {
    expect(() => toOfferTerms({ ...offerFormValues(null, request), ratePercent: '1', validUntil: null })).toThrow();
  });
});
