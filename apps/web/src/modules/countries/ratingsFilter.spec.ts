import { ratingsFilterFromParams, statusChoice, statusParam } from './ratingsFilter';

describe('the proposals queue filters', () => {
  it('shows the proposals waiting by default', () => {
    expect(statusChoice({})).toBe('proposed');
    expect(ratingsFilterFromParams({})).toEqual({ status: 'proposed', country: undefined });
  });

  it('lists every change with status=all, one status otherwise', () => {
    expect(ratingsFilterFromParams({ status: 'all', country: 'kh' })).toEqual({ status: undefined, country: 'KH' });
    expect(ratingsFilterFromParams({ status: 'rejected' }).status).toBe('rejected');
  });

  it('falls back to the default on a value the API would refuse', () => {
    expect(ratingsFilterFromParams({ status: 'archived', country: 'XX' })).toEqual({
      status: 'proposed',
      country: undefined,
    });
  });

  it('keeps the default out of the address', () => {
    expect(statusParam('proposed')).toBeUndefined();
    expect(statusParam('all')).toBe('all');
  });
});
