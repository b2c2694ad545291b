import { isFiltered, projectQueryOf, scopesFor } from './projectFilters';

describe('the project list filter read from the address', () => {
  it('keeps the values the API takes', () => {
    expect(
      projectQueryOf(
        {
          scope: 'mine',
          kind: 'seeking_investment',
          sector: 'textiles_garments',
          country: 'kh',
          minSizeUsd: '1,000,000',
          maxSizeUsd: '50000000.00',
          parkId: '00000000-0000-4000-8000-000000000101',
          status: 'open',
          q: '  garment ',
        },
        false,
      ),
    ).toEqual({
      scope: 'mine',
      kind: 'seeking_investment',
      sector: 'textiles_garments',
      country: 'KH',
      minSizeUsd: '1000000',
      maxSizeUsd: '50000000.00',
      parkId: '00000000-0000-4000-8000-000000000101',
      status: 'open',
      q: 'garment',
    });
  });

  it('drops what the API would refuse, so a bad link shows the unfiltered list', () => {
    expect(
      projectQueryOf(
        {
          scope: 'everything',
          kind: 'charity',
          sector: 'mining?',
          country: 'XX1',
          minSizeUsd: '1e6',
          parkId: 'p1',
          status: 'gone',
        },
        false,
      ),
    ).toEqual({
      scope: 'all',
      kind: undefined,
      sector: undefined,
      country: undefined,
      minSizeUsd: undefined,
      maxSizeUsd: undefined,
      parkId: undefined,
      status: undefined,
      q: undefined,
    });
  });

  it('keeps the minimum of a size range given upside down', () => {
    const query = projectQueryOf({ minSizeUsd: '5000000', maxSizeUsd: '100' }, false);
    expect([query.minSizeUsd, query.maxSizeUsd]).toEqual(['5000000', undefined]);
  });

  it('compares sizes exactly, beyond what a float holds', () => {
    const query = projectQueryOf({ minSizeUsd: '9007199254740993', maxSizeUsd: '9007199254740992' }, false);
    expect(query.maxSizeUsd).toBeUndefined();
  });

  it('gives the review tab to the secretariat only, and no status filter there', () => {
    expect(scopesFor(true)).toEqual(['all', 'review']);
    expect(scopesFor(false)).toEqual(['all', 'mine']);
    expect(projectQueryOf({ scope: 'review', status: 'open' }, true)).toMatchObject({
      scope: 'review',
      status: undefined,
    });
    expect(projectQueryOf({ scope: 'review' }, false).scope).toBe('all');
    expect(projectQueryOf({ scope: 'mine' }, true).scope).toBe('all');
  });

  it('says when a filter narrows the list (the tab alone does not)', () => {
    expect(isFiltered(projectQueryOf({ scope: 'mine' }, false))).toBe(false);
    expect(isFiltered(projectQueryOf({ maxSizeUsd: '10' }, false))).toBe(true);
  });
});
