import { activeFilterCount, overdueParam, queueFilterFromParams } from './queueFilters';

describe('queue filters from the address', () => {
  it('reads every known filter', () => {
    expect(
      queueFilterFromParams({
        q: ' factory ',
        reviewStatus: 'info_requested',
        instrument: 'loan',
        country: 'kh',
        riskGrade: '3',
        currency: 'usd',
        amountMin: '1,000,000',
        amountMax: '20000000.50',
        overdue: 'true',
      }),
    ).toEqual({
      q: 'factory',
      reviewStatus: 'info_requested',
      instrument: 'loan',
      country: 'KH',
      riskGrade: 3,
      currency: 'USD',
      amountMin: '1000000',
      amountMax: '20000000.50',
      overdue: true,
    });
  });

  it('is empty for an empty address', () => {
    expect(activeFilterCount(queueFilterFromParams({}))).toBe(0);
  });

  it('drops what the API would refuse', () => {
    const filter = queueFilterFromParams({
      q: '   ',
      reviewStatus: 'pending',
      instrument: 'mortgage',
      country: 'XX',
      riskGrade: '6',
      currency: 'ABC',
      amountMin: '-1',
      amountMax: '1.234',
      overdue: 'yes',
      release: 'yes',
      answered: '1',
    });
    expect(activeFilterCount(filter)).toBe(0);
  });

  it('keeps only the minimum of a range that is upside down', () => {
    expect(queueFilterFromParams({ amountMin: '5000000', amountMax: '100' })).toMatchObject({
      amountMin: '5000000',
      amountMax: undefined,
    });
    expect(queueFilterFromParams({ amountMin: '100', amountMax: '100.00' })).toMatchObject({
      amountMin: '100',
      amountMax: '100.00',
    });
    expect(queueFilterFromParams({ amountMax: '100' })).toMatchObject({ amountMin: undefined, amountMax: '100' });
  });

  it('writes the overdue switch only when it is on', () => {
    expect(overdueParam(true)).toBe('true');
    expect(overdueParam(false)).toBeUndefined();
    expect(queueFilterFromParams({ overdue: overdueParam(true) }).overdue).toBe(true);
  });

  it('reads the filters My work links with', () => {
    const filter = queueFilterFromParams({ release: 'true', answered: 'true' });
    expect(filter).toMatchObject({ release: true, answered: true });
    expect(activeFilterCount(filter)).toBe(2);
  });
});
