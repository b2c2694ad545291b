import { dayFilter, idFilter } from './usePostListParams';

describe('feed filters from the address', () => {
  it('keeps a real calendar day and drops anything else', () => {
    expect(dayFilter('2024-05-10')).toBe('2024-05-10');
    expect(dayFilter('2024-02-31')).toBeUndefined();
    expect(dayFilter('10/05/2024')).toBeUndefined();
    expect(dayFilter(undefined)).toBeUndefined();
  });

  it('keeps an organization id only when it is a UUID', () => {
    expect(idFilter('0b6f3c2e-8a5d-4e7b-9c1f-2a3b4c5d6e7f')).toBe('0b6f3c2e-8a5d-4e7b-9c1f-2a3b4c5d6e7f');
    expect(idFilter('acme')).toBeUndefined();
  });
});
