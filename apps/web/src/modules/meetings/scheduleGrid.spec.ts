import type { MeetingDto, MeetingScheduleDto } from '@alliance/contracts';
import { scheduleGrid, slotChoices, unplacedByReason } from './scheduleGrid';

const org = (id: string) => ({ id, nameEn: id, nameZh: null, type: 'park_operator' as const });

function meeting(id: string, a: string, b: string, slot: string | null, table = 1): MeetingDto {
  return {
    id,
    eventId: 'e',
    status: 'accepted',
    requester: org(a),
    requested: org(b),
    requestedByName: null,
    reason: 'to meet',
    declineReason: null,
    cancelReason: null,
    cancelledBy: null,
    placement: slot ? { slotStartsAt: slot, slotEndsAt: slot, sessionId: 's', table } : null,
    createdAt: '2027-01-01T00:00:00Z',
    decidedAt: '2027-01-02T00:00:00Z',
    actions: [],
  };
}

const S1 = '2027-03-16T02:00:00.000Z';
const S2 = '2027-03-16T02:20:00.000Z';
const S3 = '2027-03-16T06:00:00.000Z';

const schedule: MeetingScheduleDto = {
  timeZone: 'Asia/Shanghai',
  tables: 3,
  // Out of order on purpose: the grid sorts by time.
  slots: [
    { sessionId: 'afternoon', startsAt: S3, endsAt: S3, meetings: [] },
    {
      sessionId: 'morning',
      startsAt: S1,
      endsAt: S2,
      meetings: [meeting('m1', 'A', 'B', S1, 1), meeting('m2', 'C', 'D', S1, 3)],
    },
    { sessionId: 'morning', startsAt: S2, endsAt: S2, meetings: [meeting('m3', 'A', 'C', S2, 2)] },
  ],
  unplaced: [],
};

describe('the organizer’s grid', () => {
  it('lays each session’s slots out in time order, a cell per table', () => {
    const grid = scheduleGrid(schedule);
    expect(grid.map((s) => s.sessionId)).toEqual(['morning', 'afternoon']);
    const [first, second] = grid[0].rows;
    expect(first.cells.map((c) => c?.id ?? null)).toEqual(['m1', null, 'm2']);
    expect(first.taken).toBe(2);
    expect(second.cells.map((c) => c?.id ?? null)).toEqual([null, 'm3', null]);
    expect(grid[1].rows[0].cells).toEqual([null, null, null]);
  });

  it('ignores a table number outside the grid rather than drawing a column for it', () => {
    const odd = {
      tables: 2,
      slots: [{ sessionId: 's', startsAt: S1, endsAt: S2, meetings: [meeting('x', 'A', 'B', S1, 5)] }],
    };
    expect(scheduleGrid(odd)[0].rows[0].cells).toEqual([null, null]);
  });
});

describe('where a meeting can be moved by hand', () => {
  it('marks the slots where one side is busy, and lists the free tables (its own counting as free)', () => {
    const choices = slotChoices(schedule, meeting('m1', 'A', 'B', S1, 1));
    expect(choices.map((c) => [c.startsAt, c.busy, c.freeTables, c.current])).toEqual([
      [S1, false, [1, 2], true],
      [S2, true, [1, 3], false],
      [S3, false, [1, 2, 3], false],
    ]);
  });

  it('treats a meeting without a place as sitting nowhere', () => {
    const choices = slotChoices(schedule, meeting('new', 'B', 'D', null));
    expect(choices.map((c) => [c.busy, c.current])).toEqual([
      [true, false],
      [false, false],
      [false, false],
    ]);
  });
});

describe('what the scheduler could not place', () => {
  it('counts by reason in the given order, leaving out reasons with none', () => {
    const unplaced = [
      { reason: 'NO_TABLE_FREE' },
      { reason: 'NO_SHARED_SESSION' },
      { reason: 'NO_TABLE_FREE' },
    ] as const;
    expect(unplacedByReason(unplaced, ['NO_SHARED_SESSION', 'PARTICIPANT_BUSY', 'NO_TABLE_FREE'])).toEqual([
      { reason: 'NO_SHARED_SESSION', count: 1 },
      { reason: 'NO_TABLE_FREE', count: 2 },
    ]);
  });
});
