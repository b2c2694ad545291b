import { allowedScopes, briefFilterOf, isFiltered } from './briefFilters';

const reader = { mine: false, review: false };
const member = { mine: true, review: false };
const secretariat = { mine: true, review: true };

describe('the list of briefs', () => {
  it('offers each reader the tabs they may open', () => {
    expect(allowedScopes(reader)).toEqual(['published']);
    expect(allowedScopes(member)).toEqual(['published', 'mine']);
    expect(allowedScopes(secretariat)).toEqual(['published', 'mine', 'review']);
  });

  it('shows the published list for a tab the reader may not open', () => {
    expect(briefFilterOf({ scope: 'review' }, member).scope).toBe('published');
    expect(briefFilterOf({ scope: 'review' }, secretariat).scope).toBe('review');
    expect(briefFilterOf({}, secretariat).scope).toBe('published');
  });

  it('keeps the filters the API takes and drops the values it would refuse', () => {
    expect(
      briefFilterOf(
        {
          q: '  investment ',
          country: 'kh',
          topic: 'tax',
          organizationId: '00000000-0000-4000-8000-000000000032',
          lang: 'zh',
          from: '2026-11-01',
          to: '2026-02-31',
        },
        reader,
      ),
    ).toEqual({
      scope: 'published',
      status: undefined,
      q: 'investment',
      country: 'KH',
      topic: 'tax',
      organizationId: '00000000-0000-4000-8000-000000000032',
      lang: 'zh',
      from: '2026-11-01',
      to: undefined,
    });
    expect(briefFilterOf({ topic: 'weather', lang: 'fr', organizationId: 'x', country: 'XX' }, reader)).toMatchObject({
      topic: undefined,
      lang: undefined,
      organizationId: undefined,
      country: undefined,
    });
  });

  it('takes a status on the organization’s own tab only', () => {
    expect(briefFilterOf({ scope: 'mine', status: 'draft' }, member).status).toBe('draft');
    expect(briefFilterOf({ status: 'draft' }, member).status).toBeUndefined();
    expect(briefFilterOf({ scope: 'mine', status: 'archived' }, member).status).toBeUndefined();
  });

  it('says when a filter narrows the list', () => {
    expect(isFiltered(briefFilterOf({ scope: 'mine' }, member))).toBe(false);
    expect(isFiltered(briefFilterOf({ scope: 'mine', status: 'draft' }, member))).toBe(true);
    expect(isFiltered(briefFilterOf({ topic: 'land' }, reader))).toBe(true);
  });
});
