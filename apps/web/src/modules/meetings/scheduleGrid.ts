import type { MeetingDto, MeetingScheduleDto, UnplacedReason } from '@alliance/contracts';

/** One slot of the organizer's grid: its meeting at each table (index 0 is table 1), or null. */
export interface GridRow {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  cells: (MeetingDto | null)[];
  /** Meetings in this slot: the number of tables taken. */
  taken: number;
}

/** The grid session by session (in time order), each slot a row with a cell per table. */
export function scheduleGrid(schedule: Pick<MeetingScheduleDto, 'slots' | 'tables'>): {
  sessionId: string;
  rows: GridRow[];
}[] {
  const slots = [...schedule.slots].sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
  const sessions: { sessionId: string; rows: GridRow[] }[] = [];
  for (const slot of slots) {
    const cells: (MeetingDto | null)[] = Array.from({ length: schedule.tables }, () => null);
    for (const meeting of slot.meetings) {
      const table = meeting.placement?.table;
      if (table && table >= 1 && table <= schedule.tables) cells[table - 1] = meeting;
    }
    const row: GridRow = {
      sessionId: slot.sessionId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      cells,
      taken: cells.filter(Boolean).length,
    };
    const last = sessions.at(-1);
    if (last && last.sessionId === slot.sessionId) last.rows.push(row);
    else sessions.push({ sessionId: slot.sessionId, rows: [row] });
  }
  return sessions;
}

/** Where a meeting could go by hand, slot by slot, as far as the grid tells (availability is the API's to check). */
export interface SlotChoice {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  /** Tables free in this slot (this meeting's own table counts as free). */
  freeTables: number[];
  /** One of the two organizations has another meeting in this slot. */
  busy: boolean;
  /** The slot the meeting sits in now. */
  current: boolean;
}

export function slotChoices(
  schedule: Pick<MeetingScheduleDto, 'slots' | 'tables'>,
  meeting: Pick<MeetingDto, 'id' | 'requester' | 'requested' | 'placement'>,
): SlotChoice[] {
  const parties = new Set([meeting.requester.id, meeting.requested.id]);
  return [...schedule.slots]
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
    .map((slot) => {
      const others = slot.meetings.filter((other) => other.id !== meeting.id);
      const takenTables = new Set(others.map((other) => other.placement?.table));
      return {
        sessionId: slot.sessionId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        freeTables: Array.from({ length: schedule.tables }, (_, i) => i + 1).filter((t) => !takenTables.has(t)),
        busy: others.some((other) => parties.has(other.requester.id) || parties.has(other.requested.id)),
        current: meeting.placement !== null && sameInstant(meeting.placement.slotStartsAt, slot.startsAt),
      };
    });
}

function sameInstant(a: string, b: string): boolean {
  return new Date(a).getTime() === new Date(b).getTime();
}

/** How many meetings could not be placed for each reason (reasons without any left out), in the contracts' order. */
export function unplacedByReason(
  unplaced: readonly { reason: UnplacedReason | null }[],
  reasons: readonly UnplacedReason[],
): { reason: UnplacedReason; count: number }[] {
  return reasons
    .map((reason) => ({ reason, count: unplaced.filter((item) => item.reason === reason).length }))
    .filter((entry) => entry.count > 0);
}
