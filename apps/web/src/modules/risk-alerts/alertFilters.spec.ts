import { alertFilterOf, countryAlertsUrl, isFiltered } from './alertFilters';

describe('the alert list filter read from the address', () => {
  it('keeps the values the API takes', () => {
    expect(
      alertFilterOf({ status: 'expired', country: 'kh', severity: 'critical', category: 'natural_disaster' }),
    ).toEqual({
      status: 'expired',
      country: 'KH',
      severity: 'critical',
      category: 'natural_disaster',
    });
  });

  it('drops what the API would refuse, so a bad link shows the current alerts', () => {
    expect(alertFilterOf({ status: 'open', country: 'XX1', severity: 'grave', category: 'weather' })).toEqual({
      status: undefined,
      country: undefined,
      severity: undefined,
      category: undefined,
    });
  });

  it('keeps the home’s filter of the alerts waiting for an acknowledgement', () => {
    expect(alertFilterOf({ status: 'active', unacknowledged: 'true' })).toMatchObject({
      status: 'active',
      unacknowledged: true,
    });
    expect(alertFilterOf({ unacknowledged: 'yes' }).unacknowledged).toBeUndefined();
    expect(isFiltered(alertFilterOf({ unacknowledged: 'true' }))).toBe(true);
  });

  it('keeps the institution home’s filter of the alerts in the countries of its open reviews', () => {
    expect(alertFilterOf({ status: 'active', reviewCountries: 'true' })).toMatchObject({
      status: 'active',
      reviewCountries: true,
    });
    expect(alertFilterOf({ reviewCountries: 'yes' }).reviewCountries).toBeUndefined();
    expect(isFiltered(alertFilterOf({ reviewCountries: 'true' }))).toBe(true);
  });

  it('does not send `current`, the API default', () => {
    expect(alertFilterOf({ status: 'current' }).status).toBeUndefined();
    expect(alertFilterOf({ status: 'all' }).status).toBe('all');
  });

  it('says when a filter narrows the list', () => {
    expect(isFiltered(alertFilterOf({}))).toBe(false);
    expect(isFiltered(alertFilterOf({ severity: 'info' }))).toBe(true);
  });

  it("links to a country's alerts by its upper-case code", () => {
    expect(countryAlertsUrl('kh')).toBe('/policy/alerts?country=KH');
  });
});
