import { backoffMs, dailyAt, describeSchedule, nextRunAfter } from './job-schedule';

describe('job schedules', () => {
  it('puts a daily job at its hour in the alliance time zone, whatever the server zone', () => {
    const digest = { cron: dailyAt('08:00'), timeZone: 'Asia/Shanghai' };
    // 08:00 in Shanghai (UTC+8) is midnight UTC.
    expect(nextRunAfter(digest, new Date('2026-12-01T23:30:00Z')).toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(nextRunAfter(digest, new Date('2026-12-02T00:00:00Z')).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(
      nextRunAfter(
        { cron: dailyAt('7:30'), timeZone: 'Africa/Addis_Ababa' },
        new Date('2026-12-01T12:00:00Z'),
      ).toISOString(),
    ).toBe('2026-12-02T04:30:00.000Z');
  });

  it('puts an interval job one interval on', () => {
    expect(nextRunAfter({ everyMs: 5000 }, new Date('2026-12-01T00:00:00Z')).toISOString()).toBe(
      '2026-12-01T00:00:05.000Z',
    );
  });

  it('waits twice as long after each failure, from the interval (a minute at most), up to 15 minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs({ everyMs: 5000 }, n))).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(backoffMs({ everyMs: 5000 }, 20)).toBe(15 * 60_000);
    expect([1, 2].map((n) => backoffMs({ cron: '0 8 * * *', timeZone: 'Asia/Shanghai' }, n))).toEqual([
      60_000, 120_000,
    ]);
  });

  it('describes a schedule so that a change is seen, and refuses a time that is not one', () => {
    expect(describeSchedule({ everyMs: 5000 })).toBe('every 5000 ms');
    expect(describeSchedule({ cron: dailyAt('08:00'), timeZone: 'Asia/Shanghai' })).toBe(
      'cron 0 8 * * * Asia/Shanghai',
    );
    expect(() => dailyAt('25:00')).toThrow('not a time of day');
  });
});
