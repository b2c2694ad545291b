import dayjs from 'dayjs';
import {
  dayKey,
  eventDays,
  formatDay,
  formatSlot,
  formatTimeRange,
  groupByDay,
  newSession,
  overlappingSessions,
  slotsIn,
  toSessionFormValue,
  toSessionRequest,
  zoneLabel,
  zoneOffset,
} from './meetingTime';

// 16 March 2027, 10:00 and 10:20 in Nanjing (UTC+8, no daylight saving).
const TEN = '2027-03-16T02:00:00.000Z';
const TEN_TWENTY = '2027-03-16T02:20:00.000Z';

describe('meeting times in the event’s zone', () => {
  it('reads a slot as the clocks at the event show it, in either language', () => {
    expect(formatTimeRange(TEN, TEN_TWENTY, 'Asia/Shanghai', 'en')).toBe('10:00–10:20');
    expect(formatTimeRange(TEN, TEN_TWENTY, 'Asia/Shanghai', 'zh')).toBe('10:00–10:20');
    // The same instants at a Jakarta event read an hour earlier.
    expect(formatTimeRange(TEN, TEN_TWENTY, 'Asia/Jakarta', 'en')).toBe('09:00–09:20');
  });

  it('names the day in the zone: an early slot in Nanjing is still the day before in London', () => {
    const early = '2027-03-16T00:30:00.000Z'; // 08:30 in Nanjing, 00:30 in London
    expect(dayKey(early, 'Asia/Shanghai')).toBe('2027-03-16');
    expect(dayKey('2027-03-15T23:30:00.000Z', 'Asia/Shanghai')).toBe('2027-03-16');
    expect(dayKey('2027-03-15T23:30:00.000Z', 'Europe/London')).toBe('2027-03-15');
    expect(formatDay(early, 'Asia/Shanghai', 'en')).toBe('Tue, 16 Mar 2027');
    expect(formatDay(early, 'Asia/Shanghai', 'zh')).toBe('2027年3月16日周二');
  });

  it('puts a slot on one line with its day', () => {
    expect(formatSlot(TEN, TEN_TWENTY, 'Asia/Shanghai', 'en')).toBe('Tue, 16 Mar 2027, 10:00–10:20');
    expect(formatSlot(TEN, TEN_TWENTY, 'Asia/Shanghai', 'zh')).toBe('2027年3月16日周二 10:00–10:20');
  });

  it('labels the zone with its name and offset, following daylight saving time', () => {
    expect(zoneOffset('Asia/Shanghai', TEN)).toBe('GMT+8');
    expect(zoneLabel('Asia/Shanghai', TEN)).toBe('Asia/Shanghai (GMT+8)');
    expect(zoneLabel('Europe/London', '2027-07-01T09:00:00Z')).toBe('Europe/London (GMT+1)');
    expect(zoneLabel('Europe/London', '2027-01-01T09:00:00Z')).toBe('Europe/London (GMT)');
    expect(zoneLabel('Asia/Kolkata', TEN)).toBe('Asia/Kolkata (GMT+5:30)');
  });

  it('groups items by their day in the zone, in time order', () => {
    const items = [
      { at: '2027-03-17T01:00:00.000Z', n: 3 },
      { at: TEN_TWENTY, n: 2 },
      { at: '2027-03-15T23:30:00.000Z', n: 1 }, // 07:30 on the 16th in Nanjing
    ];
    const groups = groupByDay(items, (item) => item.at, 'Asia/Shanghai');
    expect(groups.map((g) => [g.day, g.items.map((i) => i.n)])).toEqual([
      ['2027-03-16', [1, 2]],
      ['2027-03-17', [3]],
    ]);
    expect(groups[0].first).toBe('2027-03-15T23:30:00.000Z');
    expect(groupByDay([], (x: { at: string }) => x.at, 'UTC')).toEqual([]);
  });
});

describe('sessions in the organizer’s form', () => {
  const day = dayjs(new Date(2027, 2, 16));
  const time = (h: number, m = 0) => dayjs(new Date(2000, 0, 1, h, m));

  it('reads the picked day and times as the event’s wall clock, whatever the organizer’s own zone', () => {
    expect(toSessionRequest({ day, times: [time(10), time(12)] }, 'Asia/Shanghai')).toEqual({
      startsAt: '2027-03-16T02:00:00.000Z',
      endsAt: '2027-03-16T04:00:00.000Z',
    });
    expect(toSessionRequest({ id: 's1', day, times: [time(14), time(16, 30)] }, 'Asia/Jakarta')).toEqual({
      id: 's1',
      startsAt: '2027-03-16T07:00:00.000Z',
      endsAt: '2027-03-16T09:30:00.000Z',
    });
    expect(toSessionRequest({ day: null, times: [time(10), time(12)] }, 'UTC')).toBeNull();
    expect(toSessionRequest({ day, times: null }, 'UTC')).toBeNull();
  });

  it('shows a stored session as the event’s wall clock, and back again unchanged', () => {
    const session = { id: 's1', startsAt: '2027-03-16T06:00:00.000Z', endsAt: '2027-03-16T08:00:00.000Z' };
    const value = toSessionFormValue(session, 'Asia/Shanghai');
    expect(value.day?.format('YYYY-MM-DD')).toBe('2027-03-16');
    expect(value.times?.map((t) => t.format('HH:mm'))).toEqual(['14:00', '16:00']);
    expect(toSessionRequest(value, 'Asia/Shanghai')).toEqual(session);
  });

  it('counts the meetings that fit one after another', () => {
    expect(slotsIn([time(10), time(12)], 20)).toBe(6);
    expect(slotsIn([time(10), time(11, 50)], 20)).toBe(5);
    expect(slotsIn([time(10), time(10, 10)], 20)).toBe(0);
    expect(slotsIn([time(12), time(10)], 20)).toBe(0);
    expect(slotsIn(null, 20)).toBe(0);
    expect(slotsIn([time(10), time(12)], null)).toBe(0);
  });

  it('finds the sessions that overlap another one (touching ones do not)', () => {
    const sessions = [
      { day, times: [time(10), time(12)] as [dayjs.Dayjs, dayjs.Dayjs] },
      { day, times: [time(12), time(14)] as [dayjs.Dayjs, dayjs.Dayjs] },
      { day, times: [time(13), time(15)] as [dayjs.Dayjs, dayjs.Dayjs] },
      { day: null, times: null },
    ];
    expect(overlappingSessions(sessions, 'Asia/Shanghai')).toEqual([1, 2]);
    expect(overlappingSessions(sessions.slice(0, 2), 'Asia/Shanghai')).toEqual([]);
  });

  it('offers the event’s days in its zone', () => {
    const days = eventDays('2027-03-16T01:00:00.000Z', '2027-03-17T09:30:00.000Z', 'Asia/Shanghai');
    expect(days.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2027-03-16', '2027-03-17']);
  });

  it('starts a new session on the event’s first day, in the morning', () => {
    const early = newSession({ startsAt: '2027-03-16T01:00:00.000Z', timeZone: 'Asia/Shanghai' }); // 09:00
    expect(early.day?.format('YYYY-MM-DD')).toBe('2027-03-16');
    expect(early.times?.map((t) => t.format('HH:mm'))).toEqual(['10:00', '12:00']);
    const late = newSession({ startsAt: '2027-03-16T05:30:00.000Z', timeZone: 'Asia/Shanghai' }); // 13:30
    expect(late.times?.map((t) => t.format('HH:mm'))).toEqual(['13:30', '15:30']);
  });
});
