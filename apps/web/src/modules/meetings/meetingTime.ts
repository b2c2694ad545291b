import type { Dayjs } from 'dayjs';
import { isoToZoned, zonedToIso } from '../posts/eventTime';

/**
 * Times of a conference's meetings, always as the clocks at the event read them (its IANA zone),
 * whatever the reader's own zone: a participant in Jakarta and one in Nanjing read the same
 * "10:20" for a meeting in Nanjing.
 */

function locale(language: string | undefined): string {
  return language === 'zh' ? 'zh-CN' : 'en-GB';
}

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The zone's offset from UTC at an instant, "GMT+8" (or "GMT+5:30"); "GMT" for UTC itself. */
export function zoneOffset(timeZone: string, at: string | Date = new Date()): string {
  const date = typeof at === 'string' ? (valid(at) ?? new Date()) : at;
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName');
    // ICU versions differ on UTC itself ("GMT" or "GMT+0"): one spelling.
    return (part?.value ?? '').replace(/^GMT[+-]0$/, 'GMT');
  } catch {
    return '';
  }
}

/** "Asia/Shanghai (GMT+8)": the zone's name, which the event announces, with its offset then (Latin text in both languages). */
export function zoneLabel(timeZone: string, at?: string): string {
  const offset = zoneOffset(timeZone, at);
  return offset ? `${timeZone} (${offset})` : timeZone;
}

/** "10:00–10:20" as read in the zone (24-hour clock in both languages). */
export function formatTimeRange(startsAt: string, endsAt: string, timeZone: string, language: string | undefined) {
  const start = valid(startsAt);
  const end = valid(endsAt);
  if (!start || !end) return `${startsAt} – ${endsAt}`;
  const format = new Intl.DateTimeFormat(locale(language), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${format.format(start)}–${format.format(end)}`;
}

/** "Tue, 16 Mar 2027" / "2027年3月16日周二": the day as read in the zone. */
export function formatDay(iso: string, timeZone: string, language: string | undefined): string {
  const date = valid(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(date);
}

/** "Tue, 16 Mar 2027, 10:00–10:20": a slot on one line. */
export function formatSlot(startsAt: string, endsAt: string, timeZone: string, language: string | undefined) {
  const day = formatDay(startsAt, timeZone, language);
  const time = formatTimeRange(startsAt, endsAt, timeZone, language);
  return language === 'zh' ? `${day} ${time}` : `${day}, ${time}`;
}

/** The calendar day in the zone, "2027-03-16": what groups slots and agenda items by day. */
export function dayKey(iso: string, timeZone: string): string {
  const date = valid(iso);
  if (!date) return iso.slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(date)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value);
  return parts.join('-');
}

/** Items in time order, grouped by their day in the zone (days in order). */
export function groupByDay<T>(
  items: readonly T[],
  startOf: (item: T) => string,
  timeZone: string,
): { day: string; first: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => new Date(startOf(a)).getTime() - new Date(startOf(b)).getTime());
  const groups: { day: string; first: string; items: T[] }[] = [];
  for (const item of sorted) {
    const day = dayKey(startOf(item), timeZone);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, first: startOf(item), items: [item] });
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Sessions in the organizer's form: a day and a time range, read as the event's wall clock

/** A session as the organizer's form holds it: `day` and the times are wall-clock values in the event's zone. */
export interface SessionFormValue {
  id?: string;
  day: Dayjs | null;
  times: [Dayjs, Dayjs] | null;
}

/** The instant when the zone's clocks show `day` at the time of `time`. */
function at(day: Dayjs, time: Dayjs, timeZone: string): string {
  return zonedToIso(day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0), timeZone);
}

/** A session of the form as the API takes it; null when the day or the times are missing. */
export function toSessionRequest(
  value: SessionFormValue,
  timeZone: string,
): { id?: string; startsAt: string; endsAt: string } | null {
  if (!value.day || !value.times) return null;
  const [from, to] = value.times;
  return {
    ...(value.id ? { id: value.id } : {}),
    startsAt: at(value.day, from, timeZone),
    endsAt: at(value.day, to, timeZone),
  };
}

/** A session of the API as the form holds it. */
export function toSessionFormValue(
  session: { id?: string; startsAt: string; endsAt: string },
  timeZone: string,
): SessionFormValue {
  const start = isoToZoned(session.startsAt, timeZone);
  const end = isoToZoned(session.endsAt, timeZone);
  return { ...(session.id ? { id: session.id } : {}), day: start.startOf('day'), times: [start, end] };
}

/** How many meetings of `minutes` fit one after another in a time range (what the API computes as `slots`). */
export function slotsIn(times: [Dayjs, Dayjs] | null, minutes: number | null | undefined): number {
  if (!times || !minutes || minutes <= 0) return 0;
  const length = times[1].diff(times[0], 'minute');
  return length > 0 ? Math.floor(length / minutes) : 0;
}

/** Which sessions of the form overlap another one (their indexes): the API refuses overlapping sessions. */
export function overlappingSessions(values: readonly SessionFormValue[], timeZone: string): number[] {
  const ranges = values.map((value) => {
    const request = toSessionRequest(value, timeZone);
    return request ? [new Date(request.startsAt).getTime(), new Date(request.endsAt).getTime()] : null;
  });
  const out = new Set<number>();
  ranges.forEach((a, i) => {
    ranges.forEach((b, j) => {
      if (i !== j && a && b && a[0] < b[1] && b[0] < a[1]) out.add(i);
    });
  });
  return [...out].sort((x, y) => x - y);
}

/** The event's days in its zone, as the form's day picker offers them (midnight of each, wall clock). */
export function eventDays(startsAt: string, endsAt: string, timeZone: string): Dayjs[] {
  const first = isoToZoned(startsAt, timeZone).startOf('day');
  const last = isoToZoned(endsAt, timeZone).startOf('day');
  const days: Dayjs[] = [];
  for (let day = first; !day.isAfter(last) && days.length < 60; day = day.add(1, 'day')) days.push(day);
  return days;
}

/** A new session's starting values: the event's first day, a morning from its start (or 10:00) for two hours. */
export function newSession(event: { startsAt: string; timeZone: string }): SessionFormValue {
  const start = isoToZoned(event.startsAt, event.timeZone);
  const from = start.hour() < 10 ? start.hour(10).minute(0) : start;
  return { day: start.startOf('day'), times: [from, from.add(2, 'hour')] };
}
