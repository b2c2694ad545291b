import type { CountryRatingDto } from '@alliance/contracts';
import { chartPoints, historyRows, localToday } from './riskHistory';

function rating(
  id: string,
  effectiveOn: string,
  grade: CountryRatingDto['grade'],
  publishedAt: string,
): CountryRatingDto {
  return {
    id,
    country: 'KH',
    grade,
    outlook: 'stable',
    effectiveOn,
    status: 'published',
    rationaleEn: `why ${id}`,
    rationaleZh: null,
    source: 'desk',
    proposedBy: { name: 'R', organizationNameEn: 'Institute', organizationNameZh: null },
    proposedAt: publishedAt,
    publishedByName: 'S',
    publishedAt,
    rejectedReason: null,
    actions: [],
  };
}

describe('history rows', () => {
  it('orders the changes by effective date, then by publication, and says how each moved the grade', () => {
    const rows = historyRows([
      rating('c', '2026-12-01', 2, '2026-12-05T00:00:00Z'),
      rating('a', '2025-07-01', 3, '2025-07-01T00:00:00Z'),
      rating('b2', '2026-07-01', 4, '2026-07-02T00:00:00Z'),
      rating('b1', '2026-07-01', 3, '2026-07-01T00:00:00Z'),
    ]);
    expect(rows.map((row) => [row.id, row.grade, row.change])).toEqual([
      ['a', 3, null],
      ['b1', 3, 0],
      ['b2', 4, 1],
      ['c', 2, -2],
    ]);
    expect(rows[0]).toMatchObject({ effectiveOn: '2025-07-01', rationaleEn: 'why a', source: 'desk' });
  });

  it('is empty without published ratings', () => {
    expect(historyRows([])).toEqual([]);
  });
});

describe('chart points', () => {
  const rows = historyRows([
    rating('a', '2025-07-01', 3, '2025-07-01T00:00:00Z'),
    rating('b', '2026-07-01', 2, '2026-07-01T00:00:00Z'),
  ]);

  it('draws one point per change and carries the current grade on to today', () => {
    expect(chartPoints(rows, '2026-12-05')).toEqual([
      { date: '2025-07-01', grade: 3, outlook: 'stable', carried: false },
      { date: '2026-07-01', grade: 2, outlook: 'stable', carried: false },
      { date: '2026-12-05', grade: 2, outlook: 'stable', carried: true },
    ]);
  });

  it('adds nothing when the last change takes effect today or later', () => {
    expect(chartPoints(rows, '2026-07-01')).toHaveLength(2);
    expect(chartPoints(rows, '2026-01-01')).toHaveLength(2);
  });

  it('draws nothing without a history', () => {
    expect(chartPoints([], '2026-12-05')).toEqual([]);
  });
});

describe('today', () => {
  it('is the local date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
