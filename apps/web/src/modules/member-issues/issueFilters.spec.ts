import {
  ageInDays,
  caseFilterOf,
  caseStatusParam,
  groupCases,
  isFiltered,
  issueFilterOf,
  issueQuery,
} from './issueFilters';

describe('the issues list filters', () => {
  it('opens the secretariat on its inbox of unfiled issues, without a status', () => {
    expect(issueFilterOf({ status: 'relayed' }, true)).toEqual({
      view: 'inbox',
      unfiled: true,
      status: undefined,
      country: undefined,
      category: undefined,
    });
  });

  it("gives the secretariat every issue with view=all, and a member its organization's", () => {
    expect(issueFilterOf({ view: 'all', status: 'relayed', country: 'kh', category: 'customs' }, true)).toEqual({
      view: 'all',
      unfiled: undefined,
      status: 'relayed',
      country: 'KH',
      category: 'customs',
    });
    // A member has no inbox: a copied secretariat link shows its own list.
    expect(issueFilterOf({ view: 'inbox', status: 'submitted' }, false)).toMatchObject({
      view: null,
      unfiled: undefined,
      status: 'submitted',
    });
  });

  it('drops values the API would refuse', () => {
    expect(issueFilterOf({ view: 'mine', status: 'lost', country: 'XX', category: 'weather' }, true)).toMatchObject({
      view: 'inbox',
      country: undefined,
      category: undefined,
    });
  });

  it('sends the API the filter without the view', () => {
    expect(issueQuery(issueFilterOf({ view: 'inbox', country: 'ID' }, true))).toEqual({
      unfiled: true,
      status: undefined,
      country: 'ID',
      category: undefined,
    });
  });
});

describe('the cases list filters', () => {
  it('lists the open cases by default and keeps that default out of the address', () => {
    expect(caseFilterOf({})).toEqual({ status: 'open', country: undefined, category: undefined });
    expect(caseStatusParam('open')).toBeUndefined();
    expect(caseStatusParam('all')).toBe('all');
    expect(isFiltered(caseFilterOf({}))).toBe(false);
  });

  it('takes all, one status, a country and a category', () => {
    expect(caseFilterOf({ status: 'relayed', country: 'la', category: 'tax' })).toEqual({
      status: 'relayed',
      country: 'LA',
      category: 'tax',
    });
    expect(caseFilterOf({ status: 'all' }).status).toBe('all');
    expect(isFiltered(caseFilterOf({ category: 'land' }))).toBe(true);
  });

  it('falls back to the open cases on an unknown status', () => {
    expect(caseFilterOf({ status: 'submitted' }).status).toBe('open');
  });

  it('takes the home’s age of the open cases, in whole days the API takes', () => {
    const late = caseFilterOf({ status: 'open', openForMoreThanDays: '30' });
    expect(late).toMatchObject({ status: 'open', openForMoreThanDays: 30 });
    expect(isFiltered(late)).toBe(true);
    for (const bad of ['0', '-3', '2.5', 'soon', '3651'])
      expect(caseFilterOf({ openForMoreThanDays: bad }).openForMoreThanDays).toBeUndefined();
  });
});

describe("the secretariat's view of the cases", () => {
  it('counts whole days since the oldest issue', () => {
    const now = new Date('2026-12-05T10:00:00Z');
    expect(ageInDays('2026-12-05T01:00:00Z', now)).toBe(0);
    expect(ageInDays('2026-11-20T11:00:00Z', now)).toBe(14);
    expect(ageInDays('not a date', now)).toBe(0);
  });

  it('groups cases by country and category, oldest group first, keeping the order within', () => {
    const cases = [
      { id: 'a', country: 'KH', category: 'customs' as const },
      { id: 'b', country: 'ID', category: 'permits' as const },
      { id: 'c', country: 'KH', category: 'customs' as const },
      { id: 'd', country: 'KH', category: 'tax' as const },
    ];
    expect(groupCases(cases).map((group) => [group.key, group.cases.map((c) => c.id)])).toEqual([
      ['KH:customs', ['a', 'c']],
      ['ID:permits', ['b']],
      ['KH:tax', ['d']],
    ]);
  });
});
