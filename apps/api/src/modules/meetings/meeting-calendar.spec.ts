import type { MeetingAgendaDto } from '@alliance/contracts';
import { agendaCalendar } from './meeting-calendar';

const agenda = (timeZone: string, startsAt: string, endsAt: string): MeetingAgendaDto => ({
  eventId: 'e1',
  organization: { id: 'o1', nameEn: 'Sihanoukville SEZ', nameZh: '西港特区', type: 'park_operator' },
  timeZone,
  published: true,
  items: [
    {
      meetingId: 'm1',
      startsAt,
      endsAt,
      table: 4,
      counterpart: { id: 'o2', nameEn: 'Bank of Jiangsu, Nanjing', nameZh: '江苏银行', type: 'financial_institution' },
    },
  ],
});
const event = { id: 'e1', titleEn: 'Promotion conference', titleZh: '推介会', place: 'Jakarta Convention Center' };
/** The file's lines, long ones unfolded. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('agendaCalendar', () => {
  it("writes each meeting at the event's local time under its TZID, with the zone's VTIMEZONE", () => {
    const ics = lines(
      agendaCalendar(
        agenda('Asia/Jakarta', '2030-03-16T02:00:00.000Z', '2030-03-16T02:20:00.000Z'),
        event,
        'en',
        'https://portal.example',
      ),
    );
    expect(ics).toEqual(
      expect.arrayContaining([
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Jakarta',
        'TZOFFSETTO:+0700',
        'DTSTART;TZID=Asia/Jakarta:20300316T090000',
        'DTEND;TZID=Asia/Jakarta:20300316T092000',
        'SUMMARY:B2B meeting: Bank of Jiangsu\\, Nanjing · table 4',
        'LOCATION:Jakarta Convention Center · table 4',
        'UID:m1@alliance-portal',
        'URL;VALUE=URI:https://portal.example/events/e1/meetings',
      ]),
    );
    expect(ics[ics.length - 1]).toBe('');
  });

  it('writes Chinese, and a zone across daylight saving at the offset of the day', () => {
    const winter = lines(
      agendaCalendar(
        agenda('America/New_York', '2030-01-10T15:00:00.000Z', '2030-01-10T15:30:00.000Z'),
        event,
        'zh',
        '',
      ),
    );
    expect(winter).toEqual(
      expect.arrayContaining(['DTSTART;TZID=America/New_York:20300110T100000', 'SUMMARY:洽谈：江苏银行 · 4号桌']),
    );
    const summer = lines(
      agendaCalendar(
        agenda('America/New_York', '2030-07-10T15:00:00.000Z', '2030-07-10T15:30:00.000Z'),
        event,
        'en',
        '',
      ),
    );
    expect(summer).toContain('DTSTART;TZID=America/New_York:20300710T110000');
  });

  it('writes UTC times (no TZID) for an event in UTC, and a link zone under the zone it names', () => {
    const utc = lines(
      agendaCalendar(agenda('UTC', '2030-03-16T02:00:00.000Z', '2030-03-16T02:20:00.000Z'), event, 'en', ''),
    );
    expect(utc).toContain('DTSTART:20300316T020000Z');
    expect(utc).not.toContain('BEGIN:VTIMEZONE');
    const link = lines(
      agendaCalendar(agenda('Asia/Calcutta', '2030-03-16T02:00:00.000Z', '2030-03-16T02:20:00.000Z'), event, 'en', ''),
    );
    expect(link.find((l) => l.startsWith('DTSTART;'))).toMatch(
      /^DTSTART;TZID=Asia\/(Kolkata|Calcutta):20300316T073000$/,
    );
  });
});
