import { ORG } from '../../../seeds/demo-data';
import { MeetingJobsService } from '../src/modules/meetings/meeting-jobs.service';
import { fields } from './helpers';
import {
  AFTERNOON,
  insertAvailability,
  insertConference,
  insertMeeting,
  insertProgramme,
  MORNING,
  notified,
  statementsOf,
} from './support/meetings';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

interface Placed {
  id: string;
  requester: { id: string };
  requested: { id: string };
  placement: { slotStartsAt: string; table: number; sessionId: string } | null;
}

/** The slot starting `minutes` after 10:00 in Shanghai on the conferences' day. */
const at = (minutes: number) => new Date(Date.parse(MORNING.startsAt) + minutes * 60_000).toISOString();

/**
 * B2B meetings at a promotion conference, through the API: the scheduler's runs, moves by hand,
 * cancellation freeing a slot, publication, agendas and their .ics in the event's time zone, and
 * the job that closes the meetings of ended events.
 */
describe('B2B meetings: schedule and agendas', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // Sihanoukville SEZ
  let operator2: HttpClient; // Jiangsu–Indonesia park
  let banker: HttpClient; // Bank of Jiangsu
  let insurer: HttpClient; // Sinosure
  let researcher: HttpClient; // Nanjing institute: not registered

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, operator2, banker, insurer, researcher] = await Promise.all(
      [
        'secretariat@example.org',
        'operator@example.org',
        'operator2@example.org',
        'banker@example.org',
        'insurer@example.org',
        'researcher@example.org',
      ].map((email) => t.signIn(email)),
    );
  });
  afterAll(() => t.close());

  const placement = async (id: string) =>
    (await secretariat.get(`/api/meetings/${id}`)).body.placement as Placed['placement'];
  const move = (id: string, body: object, client: HttpClient = secretariat) =>
    client.patch(`/api/meetings/${id}/placement`, body);

  describe('a run of the scheduler', () => {
    it('places accepted meetings by every rule, never fewer than greedy, and says why it left the others out', async () => {
      const eventId = await insertConference(t);
      // One table; a short morning session of two slots, and the afternoon.
      const [short, afternoon] = await insertProgramme(t, eventId, {
        tables: 1,
        sessions: [{ startsAt: MORNING.startsAt, endsAt: at(40) }, AFTERNOON],
      });
      for (const org of [ORG.ssez, ORG.indonesia, ORG.bankOfJiangsu, ORG.sinosure])
        await insertAvailability(t, eventId, org, [short]);
      await insertAvailability(t, eventId, ORG.lawyers, [afternoon]);
      const accepted = (requester: string, requested: string) =>
        insertMeeting(t, { eventId, requester, requested, status: 'accepted' });
      const m1 = await accepted(ORG.ssez, ORG.indonesia);
      const m2 = await accepted(ORG.bankOfJiangsu, ORG.sinosure);
      const m3 = await accepted(ORG.ssez, ORG.bankOfJiangsu);
      const apart = await accepted(ORG.indonesia, ORG.lawyers); // no session in common
      const waiting = await insertMeeting(t, { eventId, requester: ORG.sinosure, requested: ORG.lawyers });

      expect((await operator.post(`/api/events/${eventId}/meetings/schedule`)).status).toBe(403);
      const run = await secretariat.post(`/api/events/${eventId}/meetings/schedule`);
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ placed: 2, newlyPlaced: 2 });
      expect(run.body.placed).toBeGreaterThanOrEqual(run.body.greedyPlaced);
      const unplaced = new Map(
        (run.body.unplaced as { meeting: { id: string }; reason: string }[]).map((u) => [u.meeting.id, u.reason]),
      );
      expect(unplaced.get(apart)).toBe('NO_SHARED_SESSION');
      expect(unplaced.size).toBe(2);
      const left = [m1, m2, m3].find((id) => unplaced.has(id)) as string;
      expect(['PARTICIPANT_BUSY', 'NO_TABLE_FREE']).toContain(unplaced.get(left));

      // The grid: never one organization twice in a slot, never a table twice, only in shared sessions.
      const grid = await secretariat.get(`/api/events/${eventId}/meetings/schedule`);
      expect(grid.body).toMatchObject({ timeZone: 'Asia/Shanghai', tables: 1 });
      expect(grid.body.slots).toHaveLength(2 + 6);
      for (const slot of grid.body.slots as { sessionId: string; meetings: Placed[] }[]) {
        const sides = slot.meetings.flatMap((m) => [m.requester.id, m.requested.id]);
        expect(new Set(sides).size).toBe(sides.length);
        expect(new Set(slot.meetings.map((m) => m.placement?.table)).size).toBe(slot.meetings.length);
        for (const m of slot.meetings) expect(m.placement?.sessionId).toBe(short);
      }
      expect(
        (grid.body.unplaced as { meeting: { id: string }; reason: string | null }[]).map((u) => [
          u.meeting.id,
          u.reason,
        ]),
      ).toEqual(expect.arrayContaining([[apart, 'NO_SHARED_SESSION']]));
      expect((await secretariat.get(`/api/meetings/${waiting}`)).body.placement).toBeNull();
      const [audit] = (await t.db.dataSource.query(
        `SELECT changes FROM audit_events WHERE action = 'meeting_programme.schedule' AND entity_id = $1`,
        [eventId],
      )) as { changes: Record<string, { after: unknown }> }[];
      expect(audit.changes.placed.after).toBe(2);

      // Again: what is placed stays; with replan, still by every rule.
      const before = await placement(m1);
      const again = await secretariat.post(`/api/events/${eventId}/meetings/schedule`);
      expect(again.body).toMatchObject({ placed: 2, newlyPlaced: 0 });
      expect(await placement(m1)).toEqual(before);
      const replanned = await secretariat.post(`/api/events/${eventId}/meetings/schedule`, { replan: true });
      expect(replanned.body.placed).toBe(2);
    });

    it('takes a meeting waiting for a slot once the organizer adds a table, and reads the grid in three statements', async () => {
      const eventId = await insertConference(t);
      const [morning] = await insertProgramme(t, eventId, {
        tables: 1,
        sessions: [{ startsAt: MORNING.startsAt, endsAt: at(20) }],
      });
      for (const org of [ORG.ssez, ORG.indonesia, ORG.bankOfJiangsu, ORG.sinosure])
        await insertAvailability(t, eventId, org, [morning]);
      // Accepted a minute apart (two inserts can share a millisecond): on this tie the earlier one is placed.
      await insertMeeting(t, {
        eventId,
        requester: ORG.ssez,
        requested: ORG.indonesia,
        status: 'accepted',
        decidedAt: new Date(Date.now() - 60_000),
      });
      const second = await insertMeeting(t, {
        eventId,
        requester: ORG.bankOfJiangsu,
        requested: ORG.sinosure,
        status: 'accepted',
      });
      const first = await secretariat.post(`/api/events/${eventId}/meetings/schedule`);
      expect(first.body.unplaced).toEqual([
        { meeting: expect.objectContaining({ id: second }), reason: 'NO_TABLE_FREE' },
      ]);
      const programme = await secretariat.get(`/api/events/${eventId}/meetings`);
      const wider = await secretariat.put(`/api/events/${eventId}/meetings`, {
        meetingMinutes: 20,
        tables: 2,
        sessions: [{ id: morning, startsAt: MORNING.startsAt, endsAt: at(20) }],
        version: programme.body.version,
      });
      expect(wider.status).toBe(200);
      const url = `/api/events/${eventId}/meetings/schedule`;
      const statements = await statementsOf(t, async () => {
        const grid = await secretariat.get(url);
        expect(grid.body.unplaced).toEqual([{ meeting: expect.objectContaining({ id: second }), reason: null }]);
      });
      expect(statements.get(url)).toBeLessThanOrEqual(3); // a list's limit, the session lookup with it
      expect((await secretariat.post(url)).body).toMatchObject({ placed: 2, newlyPlaced: 1, unplaced: [] });
    });
  });

  describe('a move by hand', () => {
    it('that breaks a rule is refused with its reason and leaves the meeting where it was', async () => {
      const eventId = await insertConference(t);
      const [morning, afternoon] = await insertProgramme(t, eventId, { tables: 2 });
      for (const org of [ORG.ssez, ORG.bankOfJiangsu, ORG.sinosure])
        await insertAvailability(t, eventId, org, [morning, afternoon]);
      await insertAvailability(t, eventId, ORG.indonesia, [morning]);
      const placedAt = (requester: string, requested: string, slot: string, table: number) =>
        insertMeeting(t, {
          eventId,
          requester,
          requested,
          status: 'accepted',
          at: { sessionId: morning, slot, table },
        });
      await placedAt(ORG.ssez, ORG.bankOfJiangsu, at(0), 1);
      await placedAt(ORG.indonesia, ORG.sinosure, at(20), 1);
      await placedAt(ORG.bankOfJiangsu, ORG.sinosure, at(60), 1);
      const x = await placedAt(ORG.ssez, ORG.indonesia, at(40), 1);
      const where = await placement(x);

      const refusals: [object, string, string][] = [
        [{ slotStartsAt: at(10) }, 'MEETING_SLOT_UNKNOWN', 'slotStartsAt'],
        [{ slotStartsAt: '2030-03-17T02:00:00.000Z' }, 'MEETING_SLOT_UNKNOWN', 'slotStartsAt'],
        [{ slotStartsAt: at(0), table: 3 }, 'MEETING_TABLE_UNKNOWN', 'table'],
        [{ slotStartsAt: AFTERNOON.startsAt }, 'MEETING_NOT_AVAILABLE', 'slotStartsAt'],
        [{ slotStartsAt: at(0), table: 2 }, 'MEETING_PARTICIPANT_BUSY', 'slotStartsAt'],
        [{ slotStartsAt: at(20) }, 'MEETING_PARTICIPANT_BUSY', 'slotStartsAt'],
        [{ slotStartsAt: at(60), table: 1 }, 'MEETING_TABLE_TAKEN', 'table'],
      ];
      for (const [body, reason, field] of refusals) {
        const res = await move(x, body);
        expect([res.status, res.body.reason, fields(res)]).toEqual([422, reason, [field]]);
        expect(await placement(x)).toEqual(where);
      }
      const badTable = await move(x, { slotStartsAt: at(60), table: 0 });
      expect([badTable.status, fields(badTable)]).toEqual([400, ['table']]);

      const requested = await insertMeeting(t, { eventId, requester: ORG.indonesia, requested: ORG.bankOfJiangsu });
      const notAccepted = await move(requested, { slotStartsAt: at(80) });
      expect([notAccepted.status, notAccepted.body.reason]).toEqual([422, 'MEETING_NOT_ACCEPTED']);
      expect((await move(x, { slotStartsAt: at(80) }, operator)).status).toBe(403); // a side, not the organizer
      expect((await move(x, { slotStartsAt: at(80) }, researcher)).status).toBe(404);

      const moved = await move(x, { slotStartsAt: at(80) }); // the lowest free table
      expect(moved.body.placement).toEqual({
        slotStartsAt: at(80),
        slotEndsAt: at(100),
        sessionId: morning,
        table: 1,
      });
      const [row] = (await t.db.dataSource.query(`SELECT placed_by_hand FROM meetings WHERE id = $1`, [x])) as {
        placed_by_hand: boolean;
      }[];
      expect(row.placed_by_hand).toBe(true);
      // A run (even a replanning one) leaves a meeting placed by hand where the organizer put it.
      await secretariat.post(`/api/events/${eventId}/meetings/schedule`, { replan: true });
      expect((await placement(x))?.slotStartsAt).toBe(at(80));
      const out = await move(x, { slotStartsAt: null });
      expect([out.status, out.body.placement]).toEqual([200, null]);
    });

    it('finds the slot a cancelled meeting freed: another meeting takes it', async () => {
      const eventId = await insertConference(t);
      const [morning] = await insertProgramme(t, eventId, { tables: 1 });
      for (const org of [ORG.ssez, ORG.indonesia, ORG.bankOfJiangsu, ORG.sinosure])
        await insertAvailability(t, eventId, org, [morning]);
      const first = await insertMeeting(t, {
        eventId,
        requester: ORG.ssez,
        requested: ORG.indonesia,
        status: 'accepted',
        at: { sessionId: morning, slot: at(0), table: 1 },
      });
      const second = await insertMeeting(t, {
        eventId,
        requester: ORG.bankOfJiangsu,
        requested: ORG.sinosure,
        status: 'accepted',
      });
      expect((await move(second, { slotStartsAt: at(0) })).body.reason).toBe('MEETING_TABLE_TAKEN');

      const cancelled = await operator.post(`/api/meetings/${first}/cancel`, { reason: 'Our flight was cancelled' });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'requester', placement: null });
      expect(await notified(t, 'meeting_cancelled', eventId)).toEqual(['operator2@example.org']);
      const [row] = (await t.db.dataSource.query(
        `SELECT session_id, slot_starts_at, table_number FROM meetings WHERE id = $1`,
        [first],
      )) as object[];
      expect(row).toEqual({ session_id: null, slot_starts_at: null, table_number: null });

      const taken = await move(second, { slotStartsAt: at(0) });
      expect([taken.status, taken.body.placement?.table]).toEqual([200, 1]);
    });
  });

  describe('publication and agendas', () => {
    async function scheduledConference() {
      const eventId = await insertConference(t);
      const [morning] = await insertProgramme(t, eventId, { tables: 6 });
      const meeting = await insertMeeting(t, {
        eventId,
        requester: ORG.ssez,
        requested: ORG.indonesia,
        status: 'accepted',
        at: { sessionId: morning, slot: at(0), table: 3 },
      });
      await insertMeeting(t, {
        eventId,
        requester: ORG.bankOfJiangsu,
        requested: ORG.ssez,
        status: 'accepted',
        at: { sessionId: morning, slot: at(40), table: 1 },
      });
      for (const org of [ORG.ssez, ORG.indonesia, ORG.bankOfJiangsu])
        await insertAvailability(t, eventId, org, [morning]);
      return { eventId, meeting, morning };
    }

    it('shows each participant its agenda once published, tells them, and tells both sides of a later move', async () => {
      const { eventId, meeting } = await scheduledConference();
      const agenda = (client: HttpClient, query = '') => client.get(`/api/events/${eventId}/meetings/agenda${query}`);

      expect((await agenda(operator)).body).toMatchObject({ published: false, items: [], timeZone: 'Asia/Shanghai' });
      expect((await operator.get(`/api/meetings/${meeting}`)).body.placement).toBeNull();
      const draft = await agenda(secretariat, `?organizationId=${ORG.ssez}`);
      expect([draft.body.published, draft.body.items.length]).toEqual([false, 2]);
      expect((await agenda(operator, `?organizationId=${ORG.indonesia}`)).status).toBe(403);
      expect((await agenda(researcher)).status).toBe(403);
      expect((await agenda(secretariat, '?organizationId=7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b')).status).toBe(404);

      const published = await secretariat.post(`/api/events/${eventId}/meetings/publish`);
      expect(published.body.status).toBe('published');
      expect(await notified(t, 'agenda_published', eventId)).toEqual([
        'approver@example.org',
        'banker@example.org',
        'insurer@example.org',
        'operator2@example.org',
        'operator@example.org',
        'partner@example.org',
      ]);
      const mine = await agenda(operator);
      expect(mine.body).toMatchObject({
        eventId,
        organization: { id: ORG.ssez },
        timeZone: 'Asia/Shanghai',
        published: true,
        items: [
          { meetingId: meeting, startsAt: at(0), endsAt: at(20), table: 3, counterpart: { id: ORG.indonesia } },
          { startsAt: at(40), endsAt: at(60), table: 1, counterpart: { id: ORG.bankOfJiangsu } },
        ],
      });
      expect((await agenda(insurer)).body).toMatchObject({ published: true, items: [] });
      expect((await operator2.get(`/api/meetings/${meeting}`)).body.placement).toMatchObject({ table: 3 });

      expect(await notified(t, 'agenda_changed', eventId)).toEqual([]);
      expect((await move(meeting, { slotStartsAt: at(100), table: 2 })).status).toBe(200);
      expect(await notified(t, 'agenda_changed', eventId)).toEqual(['operator2@example.org', 'operator@example.org']);
      expect((await agenda(operator2)).body.items).toMatchObject([{ startsAt: at(100), table: 2 }]);
    });

    it('downloads as an iCalendar file in the event’s time zone, in either language', async () => {
      const { eventId } = await scheduledConference();
      await secretariat.post(`/api/events/${eventId}/meetings/publish`);
      const [indonesia] = (await t.db.dataSource.query(`SELECT name_en, name_zh FROM organizations WHERE id = $1`, [
        ORG.indonesia,
      ])) as { name_en: string; name_zh: string }[];
      const ics = async (client: HttpClient, query: string) => {
        const res = await client.get(`/api/events/${eventId}/meetings/agenda.ics${query}`).buffer(true);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
        expect(res.headers['content-disposition']).toBe(`attachment; filename="meetings-${eventId}.ics"`);
        // Long lines continue after CRLF and a space (RFC 5545 folding); texts escape commas.
        return (res.text as string).replace(/\r\n[ \t]/g, '').replace(/\\,/g, ',');
      };
      const en = await ics(operator, '?lang=en');
      const lines = en.split('\r\n');
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(en).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
      expect(en).toContain('TZOFFSETTO:+0800');
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
      // 02:00 UTC is 10:00 in Shanghai: the local time under the event's TZID.
      expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20300316T100000');
      expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20300316T102000');
      expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20300316T104000');
      expect(lines).toContain(`SUMMARY:B2B meeting: ${indonesia.name_en} · table 3`);
      expect(lines).toContain('LOCATION:Nanjing International Expo Center · table 3');
      expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);

      const zh = await ics(operator, '?lang=zh');
      expect(zh.split('\r\n')).toContain(`SUMMARY:洽谈：${indonesia.name_zh} · 3号桌`);
      expect(zh.split('\r\n')).toContain('LOCATION:Nanjing International Expo Center · 3号桌');
      // The organizer downloads any participant's.
      const bank = await ics(secretariat, `?organizationId=${ORG.bankOfJiangsu}&lang=en`);
      expect(bank.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
      expect((await banker.get(`/api/events/${eventId}/meetings/agenda.ics?organizationId=${ORG.ssez}`)).status).toBe(
        403,
      );
    });

    it('writes another zone’s local time, daylight saving included', async () => {
      const eventId = await insertConference(t, {
        startsAt: '2030-07-10T07:00:00.000Z',
        endsAt: '2030-07-10T15:00:00.000Z',
        timeZone: 'Europe/Berlin',
        place: null,
      });
      const [session] = await insertProgramme(t, eventId, {
        status: 'published',
        sessions: [{ startsAt: '2030-07-10T08:00:00.000Z', endsAt: '2030-07-10T10:00:00.000Z' }],
      });
      await insertMeeting(t, {
        eventId,
        requester: ORG.ssez,
        requested: ORG.sinosure,
        status: 'accepted',
        at: { sessionId: session, slot: '2030-07-10T08:20:00.000Z', table: 2 },
      });
      const res = await insurer.get(`/api/events/${eventId}/meetings/agenda.ics?lang=en`).buffer(true);
      const lines = (res.text as string).replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines).toContain('TZID:Europe/Berlin');
      expect(lines).toContain('BEGIN:DAYLIGHT');
      expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20300710T102000'); // 08:20 UTC, summer time (+02:00)
      expect(lines).toContain('LOCATION:table 2');
    });
  });

  describe('the closing job (meetings.end)', () => {
    it('closes the meetings of events that have ended, with no actor; nothing more changes', async () => {
      const ended = await insertConference(t, {
        startsAt: '2019-11-19T01:30:00.000Z',
        endsAt: '2019-11-19T09:00:00.000Z',
        timeZone: 'Asia/Jakarta',
      });
      await insertProgramme(t, ended, {
        status: 'published',
        sessions: [{ startsAt: '2019-11-19T02:00:00.000Z', endsAt: '2019-11-19T04:00:00.000Z' }],
      });
      const requested = await insertMeeting(t, { eventId: ended, requester: ORG.ssez, requested: ORG.indonesia });
      const future = await insertConference(t);
      await insertProgramme(t, future);

      expect(await t.app.get(MeetingJobsService).endEnded()).toBeGreaterThanOrEqual(1);
      expect((await operator.get(`/api/events/${ended}/meetings`)).body).toMatchObject({ status: 'closed' });
      expect((await operator.get(`/api/events/${future}/meetings`)).body).toMatchObject({ status: 'open' });
      const [audit] = (await t.db.dataSource.query(
        `SELECT actor_user_id FROM audit_events WHERE action = 'meeting_programme.end' AND entity_id = $1`,
        [ended],
      )) as { actor_user_id: string | null }[];
      expect(audit).toEqual({ actor_user_id: null });
      const accept = await operator2.post(`/api/meetings/${requested}/accept`);
      expect([accept.status, accept.body.reason]).toEqual([422, 'MEETINGS_CLOSED']);
      expect((await operator2.get(`/api/meetings/${requested}`)).body.actions).toEqual([]);
      expect(await t.app.get(MeetingJobsService).endEnded()).toBe(0);
    });
  });
});
