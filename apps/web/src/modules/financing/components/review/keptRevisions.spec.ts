import type { FinancingRevisionDto } from '@alliance/contracts';
import { mergeRevisions } from './keptRevisions';

const revision = (number: number): FinancingRevisionDto => ({
  number,
  changedFields: ['amount'],
  createdAt: '2026-11-20T10:00:00.000Z',
});

describe('unseen revisions kept while the page is open', () => {
  it('keeps what was shown when the API no longer sends it (it was marked seen)', () => {
    const kept = [revision(2)];
    expect(mergeRevisions(kept, [])).toBe(kept);
  });

  it('adds newer revisions once, in order', () => {
    expect(mergeRevisions([revision(3)], [revision(2), revision(3), revision(4)]).map((r) => r.number)).toEqual([
      2, 3, 4,
    ]);
  });
});
