import dayjs from 'dayjs';
import { COMMON_TIME_ZONES, formatEventRange, isoToZoned, otherTimeZones, zonedToIso } from './eventTime';

describe('event times', () => {
  it('reads the picked wall clock in the chosen zone, whatever the author’s own zone', () => {
    const picked = dayjs(new Date(2030, 2, 12, 9, 0));
    expect(zonedToIso(picked, 'Asia/Jakarta')).toBe('2030-03-12T02:00:00.000Z');
    expect(zonedToIso(picked, 'Asia/Shanghai')).toBe('2030-03-12T01:00:00.000Z');
    expect(zonedToIso(picked, 'UTC')).toBe('2030-03-12T09:00:00.000Z');
  });

  it('follows daylight saving time in zones that have it', () => {
    expect(zonedToIso(dayjs(new Date(2030, 6, 1, 10, 0)), 'Europe/London')).toBe('2030-07-01T09:00:00.000Z');
    expect(zonedToIso(dayjs(new Date(2030, 0, 1, 10, 0)), 'Europe/London')).toBe('2030-01-01T10:00:00.000Z');
  });

  it('shows a stored instant as the event zone’s wall clock, and back again', () => {
    const shown = isoToZoned('2030-03-12T02:00:00.000Z', 'Asia/Jakarta');
    expect(shown.format('YYYY-MM-DD HH:mm')).toBe('2030-03-12 09:00');
    expect(zonedToIso(shown, 'Asia/Jakarta')).toBe('2030-03-12T02:00:00.000Z');
  });

  it('formats the range in the event’s zone', () => {
    expect(formatEventRange('2030-03-12T02:00:00.000Z', '2030-03-12T10:00:00.000Z', 'Asia/Jakarta', 'en')).toMatch(
      /09:00.*17:00/,
    );
  });

  it('lists the common zones apart from the others', () => {
    const others = otherTimeZones();
    expect(others.length).toBeGreaterThan(100);
    expect(others.some((zone) => (COMMON_TIME_ZONES as readonly string[]).includes(zone))).toBe(false);
  });
});
