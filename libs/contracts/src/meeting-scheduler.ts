import type { UnplacedReason } from './meetings';

/**
 * The B2B meeting scheduler, as pure functions: the API feeds it the programme's slots, tables,
 * availability and accepted meetings, and stores what it returns.
 *
 * The rules it never breaks: one meeting at a time for each organization; at most one meeting per
 * table and slot (tables are numbered 1..tables); a meeting only in a slot of a session both sides
 * are available in. Meetings already placed (`fixed`) keep their slot and table.
 *
 * The heuristic (`scheduleMeetings`):
 * 1. Most constrained first: meetings are taken in order of fewest candidate slots (slots of the
 *    sessions both sides share), then of busiest participants (the more meetings an organization
 *    has to fit, the earlier), then by input order. Each goes to the earliest slot where both sides
 *    are free and a table is; the lowest free table is taken.
 * 2. Repair: for each meeting still unplaced, try to free a slot it could use by moving one meeting
 *    that blocks it (a meeting of one of its participants, or one holding the last table) to another
 *    slot that meeting can use; repeated until a pass places nothing more.
 * 3. The result is compared with a simple greedy pass (`greedySchedule`: input order, earliest slot);
 *    the one that places more wins (the heuristic on a tie), so it never places fewer than greedy.
 * Every step iterates in a fixed order: the same input always gives the same output.
 */

export interface SchedulerSlot {
  /** The slot's start (ISO instant); unique across the programme. */
  startsAt: string;
  sessionId: string;
}

export interface SchedulerMeeting {
  id: string;
  /** The two organizations. */
  a: string;
  b: string;
  /** Where it already sits; kept as it is unless the run replans. */
  fixed?: { slot: string; table: number } | null;
}

export interface SchedulerInput {
  /** In time order. */
  slots: SchedulerSlot[];
  tables: number;
  /** The sessions each organization is available in. */
  availability: Record<string, readonly string[]>;
  /** Accepted meetings, in the order of acceptance (greedy's order, and the final tie-break). */
  meetings: SchedulerMeeting[];
}

export interface Placement {
  meetingId: string;
  slot: string;
  table: number;
}

export interface ScheduleResult {
  /** In the order of the input's meetings. */
  placements: Placement[];
  unplaced: { meetingId: string; reason: UnplacedReason }[];
}

/** The slots of sessions, each `minutes` long, back to back from each session's start. */
export function meetingSlots(
  sessions: readonly { id: string; startsAt: string | Date; endsAt: string | Date }[],
  minutes: number,
): (SchedulerSlot & { endsAt: string })[] {
  const length = minutes * 60_000;
  const slots: (SchedulerSlot & { endsAt: string })[] = [];
  const ordered = [...sessions].sort((x, y) => new Date(x.startsAt).getTime() - new Date(y.startsAt).getTime());
  for (const session of ordered) {
    const end = new Date(session.endsAt).getTime();
    for (let start = new Date(session.startsAt).getTime(); start + length <= end; start += length) {
      slots.push({
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + length).toISOString(),
        sessionId: session.id,
      });
    }
  }
  return slots;
}

/** The state of a schedule under construction: who is busy when, which tables are taken. */
class Board {
  private readonly busy = new Map<string, Set<string>>(); // slot → organizations
  private readonly tablesTaken = new Map<string, Set<number>>(); // slot → tables
  private readonly bySlot = new Map<string, Set<string>>(); // slot → meetings
  readonly placed = new Map<string, { slot: string; table: number }>();

  constructor(private readonly tables: number) {}

  isFree(meeting: SchedulerMeeting, slot: string): boolean {
    const busy = this.busy.get(slot);
    return !busy || (!busy.has(meeting.a) && !busy.has(meeting.b));
  }

  freeTable(slot: string): number | null {
    const taken = this.tablesTaken.get(slot);
    for (let table = 1; table <= this.tables; table++) if (!taken?.has(table)) return table;
    return null;
  }

  tableTaken(slot: string, table: number): boolean {
    return this.tablesTaken.get(slot)?.has(table) ?? false;
  }

  place(meeting: SchedulerMeeting, slot: string, table: number): void {
    if (!this.busy.has(slot)) this.busy.set(slot, new Set());
    if (!this.tablesTaken.has(slot)) this.tablesTaken.set(slot, new Set());
    this.busy.get(slot)!.add(meeting.a);
    this.busy.get(slot)!.add(meeting.b);
    this.tablesTaken.get(slot)!.add(table);
    if (!this.bySlot.has(slot)) this.bySlot.set(slot, new Set());
    this.bySlot.get(slot)!.add(meeting.id);
    this.placed.set(meeting.id, { slot, table });
  }

  remove(meeting: SchedulerMeeting): void {
    const at = this.placed.get(meeting.id);
    if (!at) return;
    this.busy.get(at.slot)!.delete(meeting.a);
    this.busy.get(at.slot)!.delete(meeting.b);
    this.tablesTaken.get(at.slot)!.delete(at.table);
    this.bySlot.get(at.slot)!.delete(meeting.id);
    this.placed.delete(meeting.id);
  }

  /** The meetings placed in `slot`, by id. */
  meetingsIn(slot: string): string[] {
    return [...(this.bySlot.get(slot) ?? [])].sort();
  }

  /** Places `meeting` in the first of `slots` where both sides are free and a table is; false if none. */
  placeEarliest(meeting: SchedulerMeeting, slots: readonly string[]): boolean {
    for (const slot of slots) {
      if (!this.isFree(meeting, slot)) continue;
      const table = this.freeTable(slot);
      if (table === null) continue;
      this.place(meeting, slot, table);
      return true;
    }
    return false;
  }
}

/** The slots (in time order) of the sessions both sides of `meeting` are available in. */
export function candidateSlots(
  input: Pick<SchedulerInput, 'slots' | 'availability'>,
  meeting: SchedulerMeeting,
): string[] {
  const a = new Set(input.availability[meeting.a] ?? []);
  const b = new Set(input.availability[meeting.b] ?? []);
  return input.slots.filter((slot) => a.has(slot.sessionId) && b.has(slot.sessionId)).map((slot) => slot.startsAt);
}

/** Why a fixed placement, or a by-hand move, breaks a rule (null: it keeps every rule). */
export type PlacementProblem = 'SLOT_UNKNOWN' | 'TABLE_UNKNOWN' | 'NOT_AVAILABLE' | 'PARTICIPANT_BUSY' | 'TABLE_TAKEN';

/**
 * Checks putting `meeting` at `slot` and `table` against the other meetings already placed (`others`,
 * which must not include it).
 */
export function checkPlacement(
  input: Pick<SchedulerInput, 'slots' | 'tables' | 'availability'>,
  others: readonly (SchedulerMeeting & { slot: string; table: number })[],
  meeting: SchedulerMeeting,
  slot: string,
  table: number,
): PlacementProblem | null {
  if (!input.slots.some((s) => s.startsAt === slot)) return 'SLOT_UNKNOWN';
  if (!Number.isInteger(table) || table < 1 || table > input.tables) return 'TABLE_UNKNOWN';
  if (!candidateSlots(input, meeting).includes(slot)) return 'NOT_AVAILABLE';
  for (const other of others) {
    if (other.id === meeting.id || other.slot !== slot) continue;
    if (other.a === meeting.a || other.a === meeting.b || other.b === meeting.a || other.b === meeting.b)
      return 'PARTICIPANT_BUSY';
  }
  if (others.some((other) => other.id !== meeting.id && other.slot === slot && other.table === table))
    return 'TABLE_TAKEN';
  return null;
}

/**
 * Seeds a board with the fixed placements that still keep the rules (in input order: a later one
 * that conflicts with an earlier one, or whose slot or availability is gone, is dropped and scheduled
 * again like any other).
 */
function seedBoard(input: SchedulerInput, candidates: Map<string, string[]>): Board {
  const board = new Board(input.tables);
  for (const meeting of input.meetings) {
    const fixed = meeting.fixed;
    if (!fixed) continue;
    if (
      fixed.table >= 1 &&
      fixed.table <= input.tables &&
      candidates.get(meeting.id)!.includes(fixed.slot) &&
      board.isFree(meeting, fixed.slot) &&
      !board.tableTaken(fixed.slot, fixed.table)
    )
      board.place(meeting, fixed.slot, fixed.table);
  }
  return board;
}

function candidatesOf(input: SchedulerInput): Map<string, string[]> {
  return new Map(input.meetings.map((meeting) => [meeting.id, candidateSlots(input, meeting)]));
}

/** The baseline: meetings in input order, each in the earliest slot where both sides and a table are free. */
export function greedySchedule(input: SchedulerInput): ScheduleResult {
  const candidates = candidatesOf(input);
  const board = seedBoard(input, candidates);
  for (const meeting of input.meetings) {
    if (!board.placed.has(meeting.id)) board.placeEarliest(meeting, candidates.get(meeting.id)!);
  }
  return resultOf(input, board, candidates);
}

/** The documented heuristic (see the top of this file); never places fewer than `greedySchedule`. */
export function scheduleMeetings(input: SchedulerInput): ScheduleResult {
  const candidates = candidatesOf(input);
  const board = seedBoard(input, candidates);
  const load = new Map<string, number>();
  for (const meeting of input.meetings) {
    load.set(meeting.a, (load.get(meeting.a) ?? 0) + 1);
    load.set(meeting.b, (load.get(meeting.b) ?? 0) + 1);
  }
  const position = new Map(input.meetings.map((meeting, index) => [meeting.id, index]));
  const order = input.meetings
    .filter((meeting) => !board.placed.has(meeting.id))
    .sort(
      (x, y) =>
        candidates.get(x.id)!.length - candidates.get(y.id)!.length ||
        Math.max(load.get(y.a)!, load.get(y.b)!) - Math.max(load.get(x.a)!, load.get(x.b)!) ||
        position.get(x.id)! - position.get(y.id)!,
    );
  for (const meeting of order) board.placeEarliest(meeting, candidates.get(meeting.id)!);

  const fixedIds = new Set(
    input.meetings.filter((meeting) => meeting.fixed && board.placed.has(meeting.id)).map((meeting) => meeting.id),
  );
  const byId = new Map(input.meetings.map((meeting) => [meeting.id, meeting]));
  for (let progress = true; progress;) {
    progress = false;
    for (const meeting of order) {
      if (board.placed.has(meeting.id)) continue;
      if (repair(board, meeting, candidates, byId, fixedIds)) progress = true;
    }
  }

  const heuristic = resultOf(input, board, candidates);
  const greedy = greedySchedule(input);
  return greedy.placements.length > heuristic.placements.length ? greedy : heuristic;
}

/**
 * Tries to place `meeting` by moving one meeting that blocks one of its slots to another slot that
 * meeting can use. Meetings placed by hand or kept from an earlier run (`fixedIds`) never move.
 */
function repair(
  board: Board,
  meeting: SchedulerMeeting,
  candidates: Map<string, string[]>,
  byId: Map<string, SchedulerMeeting>,
  fixedIds: Set<string>,
): boolean {
  for (const slot of candidates.get(meeting.id)!) {
    // The meetings placed in this slot (by id, so the order is fixed), those placed by hand left out.
    const inSlot = board
      .meetingsIn(slot)
      .filter((id) => !fixedIds.has(id))
      .map((id) => byId.get(id)!);
    for (const blocker of inSlot) {
      const at = board.placed.get(blocker.id)!;
      board.remove(blocker);
      if (board.isFree(meeting, slot) && board.freeTable(slot) !== null) {
        const alternatives = candidates.get(blocker.id)!.filter((other) => other !== slot);
        const table = board.freeTable(slot)!;
        board.place(meeting, slot, table);
        if (board.placeEarliest(blocker, alternatives)) return true;
        board.remove(meeting);
      }
      board.place(blocker, at.slot, at.table);
    }
  }
  return false;
}

/**
 * Why `meeting`, not on `board`, has no place there: no slot both sides share, both sides free in none
 * of them, or no table free where they are; null when one of `slots` has both sides and a table free.
 */
function reasonOn(board: Board, meeting: SchedulerMeeting, slots: readonly string[]): UnplacedReason | null {
  if (slots.length === 0) return 'NO_SHARED_SESSION';
  let sidesFree = false;
  for (const slot of slots) {
    if (!board.isFree(meeting, slot)) continue;
    if (board.freeTable(slot) !== null) return null;
    sidesFree = true;
  }
  return sidesFree ? 'NO_TABLE_FREE' : 'PARTICIPANT_BUSY';
}

function resultOf(input: SchedulerInput, board: Board, candidates: Map<string, string[]>): ScheduleResult {
  const placements: Placement[] = [];
  const unplaced: ScheduleResult['unplaced'] = [];
  for (const meeting of input.meetings) {
    const at = board.placed.get(meeting.id);
    if (at) {
      placements.push({ meetingId: meeting.id, slot: at.slot, table: at.table });
      continue;
    }
    // A repair can free a place after the meeting's last try; a run still reports it as a lack of tables.
    const reason = reasonOn(board, meeting, candidates.get(meeting.id)!) ?? 'NO_TABLE_FREE';
    unplaced.push({ meetingId: meeting.id, reason });
  }
  return { placements, unplaced };
}

/**
 * The meetings without a place on the board as it stands (the input's fixed placements that keep the
 * rules, as a run seeds it), each with why a run now would leave it out, or null when one of its
 * shared slots has both sides and a table free (a run would place it). Each is weighed alone against
 * the placements, without running the scheduler: two waiting meetings after the same last free place
 * both read null. In the order of the input's meetings.
 */
export function waitingReasons(input: SchedulerInput): { meetingId: string; reason: UnplacedReason | null }[] {
  const candidates = candidatesOf(input);
  const board = seedBoard(input, candidates);
  return input.meetings
    .filter((meeting) => !board.placed.has(meeting.id))
    .map((meeting) => ({ meetingId: meeting.id, reason: reasonOn(board, meeting, candidates.get(meeting.id)!) }));
}
