import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { localizedText, type Locale, type MeetingAgendaDto } from '@alliance/contracts';

/** The wall-clock reading of a moment in a time zone, as Date's local getters give it. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(moment: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/**
 * A moment that ical-generator writes as the wall-clock time of a time zone, whatever the server's
 * own zone: it takes a Date with `internal`, `withTimeZone` and `tzComponents` (the shape of
 * @date-fns/tz's TZDate) and reads the local getters of what `withTimeZone` returns. A plain Date
 * would be written in the server's zone under the event's TZID.
 */
class ZonedDate extends Date {
  readonly internal: Date;

  constructor(
    moment: Date,
    readonly timeZone: string,
  ) {
    super(moment.getTime());
    this.internal = new Date(moment.getTime());
  }

  withTimeZone(zone?: string | null) {
    const utc = this.internal;
    const local = wallClock(utc, zone || this.timeZone);
    return {
      getFullYear: () => local.year,
      getMonth: () => local.month - 1,
      getDate: () => local.day,
      getHours: () => local.hour,
      getMinutes: () => local.minute,
      getSeconds: () => local.second,
      getUTCFullYear: () => utc.getUTCFullYear(),
      getUTCMonth: () => utc.getUTCMonth(),
      getUTCDate: () => utc.getUTCDate(),
      getUTCHours: () => utc.getUTCHours(),
      getUTCMinutes: () => utc.getUTCMinutes(),
      getUTCSeconds: () => utc.getUTCSeconds(),
    };
  }

  tzComponents(): WallClock {
    return wallClock(this.internal, this.timeZone);
  }
}

/** The VTIMEZONE block of an IANA zone and the TZID it names (a link such as Asia/Calcutta names its zone); null when unknown or UTC. */
function vtimezone(timeZone: string): { tzid: string; block: string } | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  const found = tzlib_get_ical_block(timeZone);
  if (!Array.isArray(found) || !found[0] || !found[1]) return null;
  return { tzid: found[1].replace(/^TZID=/, ''), block: found[0] };
}

const WORDS = {
  en: {
    calendar: 'B2B meetings',
    summary: (counterpart: string, table: number) => `B2B meeting: ${counterpart} · table ${table}`,
    table: (table: number) => `table ${table}`,
  },
  zh: {
    calendar: '洽谈日程',
    summary: (counterpart: string, table: number) => `洽谈：${counterpart} · ${table}号桌`,
    table: (table: number) => `${table}号桌`,
  },
} as const;

export interface AgendaCalendarEvent {
  id: string;
  titleEn: string | null;
  titleZh: string | null;
  place: string | null;
}

/**
 * An organization's agenda as an iCalendar file: one VEVENT per meeting, in the event's time zone
 * (DTSTART;TZID=… in local time, with its VTIMEZONE), in `lang`. UTC (or a zone the library does
 * not know) is written in UTC.
 */
export function agendaCalendar(
  agenda: MeetingAgendaDto,
  event: AgendaCalendarEvent,
  lang: Locale,
  appUrl: string,
): string {
  const words = WORDS[lang];
  const zone = vtimezone(agenda.timeZone);
  const title = localizedText(event.titleEn, event.titleZh, lang) ?? '';
  const calendar = new ICalCalendar({
    prodId: '//Alliance Portal//B2B meetings//EN',
    method: ICalCalendarMethod.PUBLISH,
    name: [title, words.calendar].filter(Boolean).join(' · '),
    // No calendar-wide zone (DTSTAMP stays in UTC); the generator writes the VTIMEZONE the events name.
    timezone: { name: null, generator: (tzid) => (zone && tzid === zone.tzid ? zone.block : null) },
  });
  for (const item of agenda.items) {
    const counterpart = localizedText(item.counterpart.nameEn, item.counterpart.nameZh, lang) ?? '';
    const at = (iso: string) => (zone ? new ZonedDate(new Date(iso), agenda.timeZone) : new Date(iso));
    calendar.createEvent({
      id: `${item.meetingId}@alliance-portal`,
      start: at(item.startsAt),
      end: at(item.endsAt),
      timezone: zone?.tzid ?? null,
      stamp: new Date(),
      summary: words.summary(counterpart, item.table),
      location: [event.place, words.table(item.table)].filter(Boolean).join(' · '),
      description: title,
      url: `${appUrl}/events/${event.id}/meetings`,
    });
  }
  // Every content line ends with CRLF, the last one too (RFC 5545 3.1).
  return `${calendar.toString()}\r\n`;
}
