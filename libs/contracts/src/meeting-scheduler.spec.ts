import fc from 'fast-check';
import {
  candidateSlots,
  checkPlacement,
  greedySchedule,
  meetingSlots,
  scheduleMeetings,
  waitingReasons,
  type ScheduleResult,
  type SchedulerInput,
} from './meeting-scheduler';

const S1 = 's1';
const S2 = 's2';
const sessions = [
  { id: S1, startsAt: '2027-03-16T02:00:00.000Z', endsAt: '2027-03-16T03:00:00.000Z' },
  { id: S2, startsAt: '2027-03-16T06:00:00.000Z', endsAt: '2027-03-16T06:50:00.000Z' },
];

/** Every rule the scheduler must keep, checked on its result; returns the broken rule or null. */
function brokenRule(input: SchedulerInput, result: ScheduleResult): string | null {
  const byId = new Map(input.meetings.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const busy = new Set<string>();
  const tables = new Set<string>();
  for (const placement of result.placements) {
    const meeting = byId.get(placement.meetingId);
    if (!meeting) return `unknown meeting ${placement.meetingId}`;
    if (seen.has(meeting.id)) return `placed twice ${meeting.id}`;
    seen.add(meeting.id);
    if (!candidateSlots(input, meeting).includes(placement.slot)) return `outside shared availability ${meeting.id}`;
    if (placement.table < 1 || placement.table > input.tables) return `no such table ${placement.table}`;
    for (const org of [meeting.a, meeting.b]) {
      const key = `${placement.slot}|${org}`;
      if (busy.has(key)) return `participant double-booked ${key}`;
      busy.add(key);
    }
    const table = `${placement.slot}|${placement.table}`;
    if (tables.has(table)) return `table double-booked ${table}`;
    tables.add(table);
  }
  for (const { meetingId } of result.unplaced) {
    if (seen.has(meetingId)) return `placed and unplaced ${meetingId}`;
    seen.add(meetingId);
  }
  if (seen.size !== input.meetings.length) return 'a meeting is missing from the result';
  return null;
}

describe('meetingSlots', () => {
  it('cuts each session into back-to-back slots of the meeting length, dropping a short remainder', () => {
    const slots = meetingSlots(sessions, 20);
    expect(slots.map((s) => [s.sessionId, s.startsAt.slice(11, 16), s.endsAt.slice(11, 16)])).toEqual([
      [S1, '02:00', '02:20'],
      [S1, '02:20', '02:40'],
      [S1, '02:40', '03:00'],
      [S2, '06:00', '06:20'],
      [S2, '06:20', '06:40'],
    ]);
  });

  it('orders sessions by time whatever order they come in', () => {
    expect(meetingSlots([...sessions].reverse(), 30).map((s) => s.sessionId)).toEqual([S1, S1, S2]);
  });
});

describe('scheduleMeetings', () => {
  const slots = meetingSlots(sessions, 30); // s1: 02:00, 02:30; s2: 06:00
  const [first, second, third] = slots.map((s) => s.startsAt);

  it('places a meeting only in a session both sides are available in, and says why it could not', () => {
    const input: SchedulerInput = {
      slots,
      tables: 5,
      availability: { A: [S2], B: [S1, S2], C: [S1] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B' },
        { id: 'm2', a: 'A', b: 'C' },
      ],
    };
    const result = scheduleMeetings(input);
    expect(result.placements).toEqual([{ meetingId: 'm1', slot: third, table: 1 }]);
    expect(result.unplaced).toEqual([{ meetingId: 'm2', reason: 'NO_SHARED_SESSION' }]);
  });

  it('never gives one organization two meetings at once', () => {
    const input: SchedulerInput = {
      slots: slots.slice(0, 1),
      tables: 5,
      availability: { A: [S1], B: [S1], C: [S1] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B' },
        { id: 'm2', a: 'C', b: 'A' },
      ],
    };
    const result = scheduleMeetings(input);
    expect(result.placements).toHaveLength(1);
    expect(result.unplaced).toEqual([{ meetingId: 'm2', reason: 'PARTICIPANT_BUSY' }]);
  });

  it('never puts two meetings on one table: a full slot reports no table free', () => {
    const input: SchedulerInput = {
      slots: slots.slice(0, 1),
      tables: 1,
      availability: { A: [S1], B: [S1], C: [S1], D: [S1] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B' },
        { id: 'm2', a: 'C', b: 'D' },
      ],
    };
    const result = scheduleMeetings(input);
    expect(result.placements).toEqual([{ meetingId: 'm1', slot: first, table: 1 }]);
    expect(result.unplaced).toEqual([{ meetingId: 'm2', reason: 'NO_TABLE_FREE' }]);
  });

  it('keeps meetings already placed where they are and schedules around them', () => {
    const input: SchedulerInput = {
      slots,
      tables: 2,
      availability: { A: [S1], B: [S1], C: [S1] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B', fixed: { slot: second, table: 2 } },
        { id: 'm2', a: 'A', b: 'C' },
      ],
    };
    const result = scheduleMeetings(input);
    expect(result.placements).toEqual([
      { meetingId: 'm1', slot: second, table: 2 },
      { meetingId: 'm2', slot: first, table: 1 },
    ]);
  });

  it('drops a fixed placement that no longer keeps the rules and schedules that meeting again', () => {
    const input: SchedulerInput = {
      slots,
      tables: 2,
      availability: { A: [S2], B: [S2] }, // A and B took back their morning availability
      meetings: [{ id: 'm1', a: 'A', b: 'B', fixed: { slot: first, table: 1 } }],
    };
    expect(scheduleMeetings(input).placements).toEqual([{ meetingId: 'm1', slot: third, table: 1 }]);
  });

  it('fits three meetings of three organizations into two slots as well as greedy does, keeping every rule', () => {
    const input: SchedulerInput = {
      slots: slots.slice(0, 2),
      tables: 1,
      availability: { A: [S1], B: [S1], C: [S1] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B' },
        { id: 'm2', a: 'A', b: 'C' },
        { id: 'm3', a: 'B', b: 'C' },
      ],
    };
    const greedy = greedySchedule(input);
    const best = scheduleMeetings(input);
    expect(brokenRule(input, best)).toBeNull();
    expect(best.placements.length).toBeGreaterThanOrEqual(greedy.placements.length);
  });

  it('beats greedy when a meeting with one candidate slot comes last', () => {
    const twoSessions = [
      { id: 'x', startsAt: '2027-03-16T02:00:00.000Z', endsAt: '2027-03-16T02:30:00.000Z' },
      { id: 'y', startsAt: '2027-03-16T03:00:00.000Z', endsAt: '2027-03-16T03:30:00.000Z' },
    ];
    const input: SchedulerInput = {
      slots: meetingSlots(twoSessions, 30),
      tables: 1,
      availability: { A: ['x', 'y'], B: ['x', 'y'], C: ['x'], D: ['x'] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B' }, // could go in either slot; greedy takes x
        { id: 'm2', a: 'C', b: 'D' }, // x only: greedy finds its only table taken
      ],
    };
    expect(greedySchedule(input).placements).toHaveLength(1);
    const best = scheduleMeetings(input);
    expect(best.placements).toHaveLength(2);
    expect(best.unplaced).toEqual([]);
  });
});

describe('checkPlacement (a move by hand)', () => {
  const slots = meetingSlots(sessions, 30);
  const input = { slots, tables: 2, availability: { A: [S1], B: [S1], C: [S1, S2] } };
  const placed = [{ id: 'm1', a: 'A', b: 'B', slot: slots[0].startsAt, table: 1 }];
  const m2 = { id: 'm2', a: 'A', b: 'C' };

  it('refuses a slot that does not exist, a table that does not, a session a side is away, a busy side, a taken table', () => {
    expect(checkPlacement(input, placed, m2, '2027-03-16T02:10:00.000Z', 1)).toBe('SLOT_UNKNOWN');
    expect(checkPlacement(input, placed, m2, slots[1].startsAt, 3)).toBe('TABLE_UNKNOWN');
    expect(checkPlacement(input, placed, m2, slots[2].startsAt, 1)).toBe('NOT_AVAILABLE');
    expect(checkPlacement(input, placed, m2, slots[0].startsAt, 2)).toBe('PARTICIPANT_BUSY');
    const m3 = { id: 'm3', a: 'C', b: 'D' };
    const withD = { ...input, availability: { ...input.availability, D: [S1] } };
    expect(checkPlacement(withD, placed, m3, slots[0].startsAt, 1)).toBe('TABLE_TAKEN');
    expect(checkPlacement(withD, placed, m3, slots[0].startsAt, 2)).toBeNull();
  });

  it('lets a meeting move within its own slot (it does not block itself)', () => {
    expect(checkPlacement(input, placed, { id: 'm1', a: 'A', b: 'B' }, slots[0].startsAt, 2)).toBeNull();
  });
});

/** Random programmes: up to 3 sessions of up to 6 slots, 1–4 tables, 2–10 organizations, distinct pairs. */
const programme = fc
  .record({
    sessionSlots: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }),
    tables: fc.integer({ min: 1, max: 4 }),
    organizations: fc.integer({ min: 2, max: 10 }),
    seed: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
    fixedEvery: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ sessionSlots, tables, organizations, seed, pairs, fixedEvery }): SchedulerInput => {
    const base = Date.UTC(2027, 2, 16, 2);
    const sessionList = sessionSlots.map((count, index) => ({
      id: `s${index}`,
      startsAt: new Date(base + index * 4 * 3_600_000).toISOString(),
      endsAt: new Date(base + index * 4 * 3_600_000 + count * 30 * 60_000).toISOString(),
    }));
    const slots = meetingSlots(sessionList, 30);
    const orgs = Array.from({ length: organizations }, (_, index) => `o${index}`);
    const availability: Record<string, string[]> = {};
    orgs.forEach((org, o) => {
      availability[org] = sessionList.filter((_, s) => seed[(o * 3 + s) % seed.length]).map((s) => s.id);
    });
    const seen = new Set<string>();
    const meetings: SchedulerInput['meetings'] = [];
    for (const [x, y] of pairs) {
      const a = orgs[x % organizations];
      const b = orgs[y % organizations];
      const key = [a, b].sort().join('|');
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      meetings.push({ id: `m${meetings.length}`, a, b });
    }
    // Some meetings arrive already placed: whatever the greedy pass put in their place (a valid start),
    // and every fourth of those moved to table 1 of the first slot, which may break a rule (and be dropped).
    if (fixedEvery > 0) {
      const greedy = greedySchedule({ slots, tables, availability, meetings });
      greedy.placements.forEach((placement, index) => {
        if (index % fixedEvery !== 0) return;
        const meeting = meetings.find((m) => m.id === placement.meetingId)!;
        meeting.fixed =
          index % 4 === 3 && slots.length > 0
            ? { slot: slots[0].startsAt, table: 1 }
            : { slot: placement.slot, table: placement.table };
      });
    }
    return { slots, tables, availability, meetings };
  });

describe('scheduleMeetings over random programmes (property)', () => {
  it('never double-books a participant or a table, places only in shared availability, and accounts for every meeting', () => {
    fc.assert(
      fc.property(programme, (input) => {
        expect(brokenRule(input, scheduleMeetings(input))).toBeNull();
        expect(brokenRule(input, greedySchedule(input))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('never places fewer meetings than the greedy pass', () => {
    fc.assert(
      fc.property(programme, (input) => {
        expect(scheduleMeetings(input).placements.length).toBeGreaterThanOrEqual(
          greedySchedule(input).placements.length,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(programme, (input) => {
        const copy: SchedulerInput = JSON.parse(JSON.stringify(input));
        expect(scheduleMeetings(copy)).toEqual(scheduleMeetings(input));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every valid fixed placement exactly where it was', () => {
    fc.assert(
      fc.property(programme, (input) => {
        // Every other meeting of a valid greedy run arrives placed: together they keep every rule.
        const clean = { ...input, meetings: input.meetings.map((m) => ({ ...m, fixed: null })) };
        const start = greedySchedule(clean).placements.filter((_, index) => index % 2 === 0);
        const fixedInput: SchedulerInput = {
          ...clean,
          meetings: clean.meetings.map((m) => {
            const at = start.find((p) => p.meetingId === m.id);
            return at ? { ...m, fixed: { slot: at.slot, table: at.table } } : m;
          }),
        };
        const result = scheduleMeetings(fixedInput);
        expect(brokenRule(fixedInput, result)).toBeNull();
        for (const at of start) expect(result.placements).toContainEqual(at);
      }),
      { numRuns: 300 },
    );
  });
});

describe('waitingReasons (the grid before a run)', () => {
  const slots = meetingSlots(sessions, 30); // s1: 02:00, 02:30; s2: 06:00
  const [first, second, third] = slots.map((s) => s.startsAt);

  it('lists only the meetings without a place, in input order, leaving the placed ones where they are', () => {
    const input: SchedulerInput = {
      slots,
      tables: 2,
      availability: { A: [S1, S2], B: [S1, S2], C: [S1], D: [S2] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B', fixed: { slot: first, table: 1 } },
        { id: 'm2', a: 'C', b: 'D' },
        { id: 'm3', a: 'A', b: 'C' },
      ],
    };
    expect(waitingReasons(input)).toEqual([
      { meetingId: 'm2', reason: 'NO_SHARED_SESSION' },
      { meetingId: 'm3', reason: null }, // 02:30 has A, C and a table free
    ]);
  });

  it('says a side is busy when every shared slot has one of the two in another meeting', () => {
    const input: SchedulerInput = {
      slots,
      tables: 5,
      availability: { A: [S1], B: [S1], C: [S1], D: [S1] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B', fixed: { slot: first, table: 1 } },
        { id: 'm2', a: 'C', b: 'D', fixed: { slot: second, table: 1 } },
        { id: 'm3', a: 'C', b: 'A' },
      ],
    };
    expect(waitingReasons(input)).toEqual([{ meetingId: 'm3', reason: 'PARTICIPANT_BUSY' }]);
  });

  it('says no table is free when both sides are free only in full slots', () => {
    const input: SchedulerInput = {
      slots,
      tables: 1,
      availability: { A: [S2], B: [S2], C: [S2], D: [S2] },
      meetings: [
        { id: 'm1', a: 'A', b: 'B', fixed: { slot: third, table: 1 } },
        { id: 'm2', a: 'C', b: 'D' },
      ],
    };
    expect(waitingReasons(input)).toEqual([{ meetingId: 'm2', reason: 'NO_TABLE_FREE' }]);
  });

  it('weighs a placement that no longer keeps the rules as waiting, like a run', () => {
    const input: SchedulerInput = {
      slots,
      tables: 2,
      availability: { A: [S2], B: [S2] }, // A and B took back their morning availability
      meetings: [{ id: 'm1', a: 'A', b: 'B', fixed: { slot: first, table: 1 } }],
    };
    expect(waitingReasons(input)).toEqual([{ meetingId: 'm1', reason: null }]);
  });

  it('agrees with a run over random programmes: null when a run would place the meeting alone, else its reason', () => {
    fc.assert(
      fc.property(programme, (input) => {
        const waiting = waitingReasons(input);
        const waitingIds = new Set(waiting.map((w) => w.meetingId));
        const placed = input.meetings.filter((m) => !waitingIds.has(m.id));
        expect(placed.every((m) => m.fixed)).toBe(true);
        for (const { meetingId, reason } of waiting) {
          const meeting = { ...input.meetings.find((m) => m.id === meetingId)!, fixed: null };
          const run = scheduleMeetings({ ...input, meetings: [...placed, meeting] });
          if (reason === null) expect(run.placements.map((p) => p.meetingId)).toContain(meetingId);
          else expect(run.unplaced).toEqual([{ meetingId, reason }]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
