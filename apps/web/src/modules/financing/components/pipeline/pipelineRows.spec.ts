import type { FinancingPipelineRow, FinancingRequestStatus } from '@alliance/contracts';
import {
  amountIn,
  completeRows,
  measureRows,
  mostFirst,
  orderedAmounts,
  PIPELINE_STATUSES,
  pipelineCurrencies,
} from './pipelineRows';

const byStatus: FinancingPipelineRow<FinancingRequestStatus>[] = [
  { key: 'accepted', count: 1, amounts: [{ currency: 'CNY', total: '42000000.00' }] },
  {
    key: 'submitted',
    count: 3,
    amounts: [
      { currency: 'USD', total: '6200000.00' },
      { currency: 'CNY', total: '1000000.00' },
    ],
  },
];

describe('pipeline chart rows', () => {
  it('lists every status of a submitted request in lifecycle order, with empty rows where nothing is', () => {
    expect(PIPELINE_STATUSES).not.toContain('draft');
    const rows = completeRows(byStatus, PIPELINE_STATUSES);
    expect(rows.map((row) => `${row.key}:${row.count}`)).toEqual([
      'submitted:3',
      'under_review:0',
      'offer_received:0',
      'accepted:1',
      'withdrawn:0',
      'closed:0',
    ]);
    expect(rows[1].amounts).toEqual([]);
  });

  it('puts the countries with most requests first, ties by code', () => {
    const rows = mostFirst([
      { key: 'KH', count: 1, amounts: [] },
      { key: 'AE', count: 1, amounts: [] },
      { key: 'ID', count: 4, amounts: [] },
    ]);
    expect(rows.map((row) => row.key)).toEqual(['ID', 'AE', 'KH']);
  });

  it('sizes bars by count', () => {
    expect(measureRows(byStatus, 'count').map((row) => row.share)).toEqual([1 / 3, 1]);
  });

  it('sizes bars by the amount in one currency; rows without it get no bar', () => {
    expect(measureRows(byStatus, 'CNY').map((row) => row.share)).toEqual([1, 1 / 42]);
    expect(measureRows(byStatus, 'USD').map((row) => row.share)).toEqual([0, 1]);
    expect(measureRows(byStatus, 'EUR').map((row) => row.share)).toEqual([0, 0]);
  });

  it('keeps amounts exact: the figures are the API’s strings', () => {
    const rows = measureRows(
      [{ key: 'KH', count: 1, amounts: [{ currency: 'USD', total: '12345678901234567.89' }] }],
      'USD',
    );
    expect(amountIn(rows[0].amounts, 'USD')).toBe('12345678901234567.89');
    expect(amountIn(rows[0].amounts, 'CNY')).toBeNull();
  });

  it('orders currencies the usual ones first, then alphabetically, and rows the same way', () => {
    const currencies = pipelineCurrencies([
      { currency: 'ZAR', total: '1' },
      { currency: 'CNY', total: '1' },
      { currency: 'BRL', total: '1' },
      { currency: 'USD', total: '1' },
    ]);
    expect(currencies).toEqual(['USD', 'CNY', 'BRL', 'ZAR']);
    expect(orderedAmounts(byStatus[1].amounts, currencies).map((amount) => amount.currency)).toEqual(['USD', 'CNY']);
  });
});
