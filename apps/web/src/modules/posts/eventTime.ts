import dayjs, { type Dayjs } from 'dayjs';

/** The alliance's usual zones, offered first; every other IANA zone follows. */
export const COMMON_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Jakarta',
  'Asia/Phnom_Penh',
  'Asia/Dubai',
  'Africa/Addis_Ababa',
  'Asia/Almaty',
  'Asia/Ho_Chi_Minh',
  'Africa/Cairo',
  'Africa/Dar_es_Salaam',
  'Europe/London',
  'UTC',
] as const;

/** Every zone the browser knows, without the common ones (listed apart). */
export function otherTimeZones(): string[] {
  const common = new Set<string>(COMMON_TIME_ZONES);
  return Intl.supportedValuesOf('timeZone').filter((zone) => !common.has(zone));
}

/** The author's own zone when the browser tells it, else the first common one. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || COMMON_TIME_ZONES[0];
}

interface WallClock {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
}

/** What the clocks in `timeZone` show at this instant. */
function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month') - 1, day: part('day'), hour: part('hour'), minute: part('minute') };
}

function asUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month, clock.day, clock.hour, clock.minute);
}

/** How far the zone's clocks are ahead of UTC at this instant, in ms (whole minutes). */
function offsetAt(instant: number, timeZone: string): number {
  return asUtc(wallClockAt(instant, timeZone)) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant (ISO) when the clocks in `timeZone` show the picked date and time. The picker's
 * value is read as a wall clock only: the author's own zone plays no part.
 */
export function zonedToIso(picked: Dayjs, timeZone: string): string {
  const wall = asUtc({
    year: picked.year(),
    month: picked.month(),
    day: picked.date(),
    hour: picked.hour(),
    minute: picked.minute(),
  });
  const first = wall - offsetAt(wall, timeZone);
  // Near a daylight-saving change the offset at the guess may differ from the offset at the answer.
  const second = wall - offsetAt(first, timeZone);
  return new Date(second).toISOString();
}

/** The picker value that shows what the clocks in `timeZone` read at this instant. */
export function isoToZoned(iso: string, timeZone: string): Dayjs {
  const clock = wallClockAt(new Date(iso).getTime(), timeZone);
  return dayjs(new Date(clock.year, clock.month, clock.day, clock.hour, clock.minute));
}

function locale(language: string | undefined): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}

/** A date and time as read in the event's zone, e.g. "12 Mar 2030, 09:00". */
export function formatInZone(iso: string, timeZone: string, language: string | undefined, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(date);
}

/** "12 Mar 2030, 09:00 – 17:00" on one day, both full date-times otherwise; in the event's zone. */
export function formatEventRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: string | undefined,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  return new Intl.DateTimeFormat(locale(language), { timeZone, dateStyle: 'medium', timeStyle: 'short' }).formatRange(
    start,
    end,
  );
}
