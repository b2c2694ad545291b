import { ORG } from '../../../seeds/demo-data';
import { fields } from './helpers';
import { insertProject } from './support/cooperation';
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

/**
 * B2B meetings at a promotion conference, through the API: the organizer's programme and its
 * refusals, each participant's availability, and the meeting request machine per role. The
 * scheduler, agendas and the closing job are in meetings-schedule.int-spec.ts.
 */
describe('B2B meetings: programme, availability and requests', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // Sihanoukville SEZ
  let operator2: HttpClient; // Jiangsu–Indonesia park
  let banker: HttpClient; // Bank of Jiangsu (member)
  let approver: HttpClient; // Bank of Jiangsu (admin)
  let insurer: HttpClient; // Sinosure
  let researcher: HttpClient; // Nanjing institute: never registered for the conferences

  const settings = { meetingMinutes: 20, tables: 6, sessions: [MORNING, AFTERNOON] };
  const reason = 'We would like to discuss a garment factory site';

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, operator2, banker, approver, insurer, researcher] = await Promise.all(
      [
        'secretariat@example.org',
        'operator@example.org',
        'operator2@example.org',
        'banker@example.org',
        'approver@example.org',
        'insurer@example.org',
        'researcher@example.org',
      ].map((email) => t.signIn(email)),
    );
  });
  afterAll(() => t.close());

  /** A conference with its meetings open (by the secretariat, through the API); its sessions in time order. */
  async function openConference(): Promise<{ eventId: string; sessions: string[]; version: number }> {
    const eventId = await insertConference(t);
    const res = await secretariat.put(`/api/events/${eventId}/meetings`, settings);
    expect(res.status).toBe(201);
    return { eventId, sessions: res.body.sessions.map((s: { id: string }) => s.id), version: res.body.version };
  }

  describe('the programme', () => {
    it('is opened by the event’s organizer (201), read by whoever sees the event, and updated with the version last read', async () => {
      const eventId = await insertConference(t);
      expect((await t.anonymous().get(`/api/events/${eventId}/meetings`)).status).toBe(404);
      expect((await operator.get(`/api/events/${eventId}/meetings`)).status).toBe(404); // not opened yet

      const opened = await secretariat.put(`/api/events/${eventId}/meetings`, settings);
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({
        eventId,
        status: 'open',
        meetingMinutes: 20,
        tables: 6,
        sessions: [
          { ...MORNING, slots: 6 },
          { ...AFTERNOON, slots: 6 },
        ],
        event: { timeZone: 'Asia/Shanghai', place: 'Nanjing International Expo Center' },
        participants: 5,
        participating: false,
        counts: { requested: 0, accepted: 0, scheduled: 0, declined: 0, cancelled: 0 },
        actions: ['configure', 'schedule', 'publish', 'close'],
        publishedAt: null,
      });
      const [audit] = (await t.db.dataSource.query(
        `SELECT action, entity_type FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [eventId],
      )) as { action: string; entity_type: string }[];
      expect(audit).toEqual({ action: 'meeting_programme.open', entity_type: 'MeetingProgramme' });

      // A members-only event: visitors see no meetings; a participant reads its own view, no counts, no actions.
      expect((await t.anonymous().get(`/api/events/${eventId}/meetings`)).status).toBe(404);
      const seen = await operator.get(`/api/events/${eventId}/meetings`);
      expect(seen.body).toMatchObject({ participating: true, myAvailability: [], counts: null, actions: [] });
      expect((await researcher.get(`/api/events/${eventId}/meetings`)).body).toMatchObject({ participating: false });

      const noVersion = await secretariat.put(`/api/events/${eventId}/meetings`, { ...settings, tables: 4 });
      expect([noVersion.status, noVersion.body.error]).toEqual([409, 'CONFLICT']);
      const stale = await secretariat.put(`/api/events/${eventId}/meetings`, { ...settings, tables: 4, version: 99 });
      expect([stale.status, stale.body.error]).toEqual([409, 'CONFLICT']);
      const updated = await secretariat.put(`/api/events/${eventId}/meetings`, {
        meetingMinutes: 30,
        tables: 4,
        sessions: [{ id: opened.body.sessions[0].id, ...MORNING }],
        version: opened.body.version,
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        meetingMinutes: 30,
        tables: 4,
        sessions: [{ id: opened.body.sessions[0].id, slots: 4 }],
        version: opened.body.version + 1,
      });
      // Another member that is not the organizer: refused, and nothing changed.
      const other = await operator.put(`/api/events/${eventId}/meetings`, {
        ...settings,
        version: updated.body.version,
      });
      expect(other.status).toBe(403);
      expect((await secretariat.get(`/api/events/${eventId}/meetings`)).body.version).toBe(updated.body.version);
    });

    it('is opened by the organization that posted the event; never on a post that is not an event, nor after the event', async () => {
      const own = await insertConference(t, { authorEmail: 'operator@example.org', visibility: 'public' });
      expect((await operator.put(`/api/events/${own}/meetings`, settings)).status).toBe(201);
      expect((await t.anonymous().get(`/api/events/${own}/meetings`)).status).toBe(200); // a public event

      const news = await insertConference(t, { kind: 'news' });
      const notEvent = await secretariat.put(`/api/events/${news}/meetings`, settings);
      expect([notEvent.status, notEvent.body.reason]).toEqual([422, 'MEETINGS_NOT_EVENT']);

      const past = {
        startsAt: '2019-11-19T01:30:00.000Z',
        endsAt: '2019-11-19T09:00:00.000Z',
        timeZone: 'Asia/Jakarta',
      };
      const ended = await insertConference(t, past);
      const late = await secretariat.put(`/api/events/${ended}/meetings`, {
        ...settings,
        sessions: [{ startsAt: '2019-11-19T02:00:00.000Z', endsAt: '2019-11-19T04:00:00.000Z' }],
      });
      expect([late.status, late.body.reason]).toEqual([422, 'MEETINGS_EVENT_ENDED']);
      expect((await secretariat.get(`/api/events/${ended}/meetings`)).status).toBe(404);
    });

    it('is opened once when two organizers open it at the same moment: the other is told it changed (409)', async () => {
      const eventId = await insertConference(t, { authorEmail: 'operator@example.org' });
      const results = await Promise.all([
        secretariat.put(`/api/events/${eventId}/meetings`, settings),
        operator.put(`/api/events/${eventId}/meetings`, { ...settings, tables: 3 }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const [row] = (await t.db.dataSource.query(
        `SELECT count(*)::int AS sessions FROM meeting_sessions WHERE post_id = $1`,
        [eventId],
      )) as { sessions: number }[];
      expect(row.sessions).toBe(2);
    });

    it('refuses sessions that break a rule, each with its reason and the session named, and changes nothing', async () => {
      const { eventId, sessions, version } = await openConference();
      const put = (body: object) =>
        secretariat.put(`/api/events/${eventId}/meetings`, { ...settings, version, ...body });
      const refusals: [object, number, string | undefined, string][] = [
        [
          { sessions: [MORNING, { startsAt: AFTERNOON.startsAt, endsAt: '2030-03-16T06:10:00.000Z' }] },
          422,
          'MEETING_SESSION_TOO_SHORT',
          'sessions.1.endsAt',
        ],
        [
          { sessions: [{ startsAt: MORNING.endsAt, endsAt: MORNING.startsAt }] },
          422,
          'MEETING_SESSION_TOO_SHORT',
          'sessions.0.endsAt',
        ],
        [
          { sessions: [{ startsAt: '2030-03-16T00:00:00.000Z', endsAt: '2030-03-16T02:00:00.000Z' }] },
          422,
          'MEETING_SESSION_OUTSIDE_EVENT',
          'sessions.0.startsAt',
        ],
        [
          { sessions: [{ startsAt: '2030-03-16T08:00:00.000Z', endsAt: '2030-03-16T10:00:00.000Z' }] },
          422,
          'MEETING_SESSION_OUTSIDE_EVENT',
          'sessions.0.startsAt',
        ],
        [
          { sessions: [AFTERNOON, { startsAt: '2030-03-16T03:00:00.000Z', endsAt: '2030-03-16T06:20:00.000Z' }] },
          422,
          'MEETING_SESSIONS_OVERLAP',
          'sessions.0.startsAt',
        ],
        [
          { sessions: [{ id: '7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b', ...MORNING }] },
          422,
          'MEETING_SESSION_UNKNOWN',
          'sessions.0.id',
        ],
        [
          { sessions: [{ startsAt: '2030-03-15T20:00:00.000Z', endsAt: '2030-03-16T08:30:00.000Z' }] },
          400,
          undefined,
          'sessions.0.endsAt',
        ],
        [{ sessions: [] }, 400, undefined, 'sessions'],
        [{ sessions: [[MORNING]] }, 400, undefined, 'sessions'],
        [{ meetingMinutes: 5 }, 400, undefined, 'meetingMinutes'],
        [{ tables: 201 }, 400, undefined, 'tables'],
      ];
      for (const [body, status, code, field] of refusals) {
        const res = await put(body);
        expect([res.status, res.body.reason, fields(res)]).toEqual([status, code, [field]]);
      }
      // A scheduled meeting holds its session, its slot (the length) and its table.
      await insertMeeting(t, {
        eventId,
        requester: ORG.ssez,
        requested: ORG.indonesia,
        status: 'accepted',
        at: { sessionId: sessions[1], slot: '2030-03-16T06:20:00.000Z', table: 5 },
      });
      for (const body of [
        { sessions: [{ id: sessions[0], ...MORNING }] },
        {
          sessions: [
            { id: sessions[0], ...MORNING },
            { id: sessions[1], ...AFTERNOON },
          ],
          meetingMinutes: 30,
        },
        {
          sessions: [
            { id: sessions[0], ...MORNING },
            { id: sessions[1], ...AFTERNOON },
          ],
          tables: 4,
        },
        { sessions: [{ id: sessions[0], ...MORNING }, { ...AFTERNOON }] },
      ]) {
        const res = await put(body);
        expect([res.status, res.body.reason]).toEqual([422, 'MEETING_SESSION_IN_USE']);
      }
      const unchanged = await secretariat.get(`/api/events/${eventId}/meetings`);
      expect(unchanged.body).toMatchObject({ version, meetingMinutes: 20, tables: 6 });
      expect(unchanged.body.sessions.map((s: { id: string }) => s.id)).toEqual(sessions);
      // Keeping the meeting's slot (the afternoon moved by an hour, by whole meetings) is fine.
      const moved = await put({
        sessions: [
          { id: sessions[0], ...MORNING },
          { id: sessions[1], startsAt: '2030-03-16T05:40:00.000Z', endsAt: AFTERNOON.endsAt },
        ],
      });
      expect(moved.status).toBe(200);
    });

    it('publishes and closes by the organizer only, by its status machine; once closed nothing changes', async () => {
      const { eventId, sessions, version } = await openConference();
      expect((await operator.post(`/api/events/${eventId}/meetings/publish`)).status).toBe(403);
      const stale = await secretariat.post(`/api/events/${eventId}/meetings/publish`, { version: version + 5 });
      expect(stale.status).toBe(409);
      const published = await secretariat.post(`/api/events/${eventId}/meetings/publish`, { version });
      expect(published.body).toMatchObject({ status: 'published', actions: ['configure', 'schedule', 'close'] });
      expect(published.body.publishedAt).not.toBeNull();
      const again = await secretariat.post(`/api/events/${eventId}/meetings/publish`);
      expect([again.status, again.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);
      const closed = await secretariat.post(`/api/events/${eventId}/meetings/close`);
      expect(closed.body).toMatchObject({ status: 'closed', actions: [] });

      const refused = [
        await secretariat.put(`/api/events/${eventId}/meetings`, { ...settings, version: closed.body.version }),
        await operator.put(`/api/events/${eventId}/meetings/availability`, { sessionIds: sessions }),
        await operator.post(`/api/events/${eventId}/meetings/requests`, { organizationId: ORG.indonesia, reason }),
        await secretariat.post(`/api/events/${eventId}/meetings/schedule`),
      ];
      expect(refused.map((r) => [r.status, r.body.reason])).toEqual(Array(4).fill([422, 'MEETINGS_CLOSED']));
    });
  });

  describe('availability', () => {
    it('is set by each participant for its organization; the sessions must be the programme’s', async () => {
      const { eventId, sessions } = await openConference();
      const set = await banker.put(`/api/events/${eventId}/meetings/availability`, { sessionIds: [sessions[1]] });
      expect([set.status, set.body.myAvailability]).toEqual([200, [sessions[1]]]);
      // A colleague of the same organization sees it.
      expect((await approver.get(`/api/events/${eventId}/meetings`)).body.myAvailability).toEqual([sessions[1]]);
      expect((await operator.get(`/api/events/${eventId}/meetings`)).body.myAvailability).toEqual([]);

      const unknown = await banker.put(`/api/events/${eventId}/meetings/availability`, {
        sessionIds: [sessions[0], '7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b'],
      });
      expect([unknown.status, unknown.body.reason, fields(unknown)]).toEqual([
        422,
        'MEETING_SESSION_UNKNOWN',
        ['sessionIds.1'],
      ]);
      const outsider = await researcher.put(`/api/events/${eventId}/meetings/availability`, { sessionIds: sessions });
      expect([outsider.status, outsider.body.reason]).toEqual([422, 'MEETING_NOT_PARTICIPANT']);
      expect((await secretariat.put(`/api/events/${eventId}/meetings/availability`, { sessionIds: [] })).status).toBe(
        403,
      );
      expect((await approver.get(`/api/events/${eventId}/meetings`)).body.myAvailability).toEqual([sessions[1]]);
    });

    it('keeps a session where the organization has a scheduled meeting', async () => {
      const { eventId, sessions } = await openConference();
      await insertAvailability(t, eventId, ORG.bankOfJiangsu, sessions);
      await insertMeeting(t, {
        eventId,
        requester: ORG.ssez,
        requested: ORG.bankOfJiangsu,
        status: 'accepted',
        at: { sessionId: sessions[0], slot: MORNING.startsAt, table: 1 },
      });
      const res = await banker.put(`/api/events/${eventId}/meetings/availability`, { sessionIds: [sessions[1]] });
      expect([res.status, res.body.reason]).toEqual([422, 'MEETING_SESSION_IN_USE']);
      const fine = await banker.put(`/api/events/${eventId}/meetings/availability`, { sessionIds: [sessions[0]] });
      expect([fine.status, fine.body.myAvailability]).toEqual([200, [sessions[0]]]);
    });
  });

  describe('meeting requests', () => {
    it('go from one participant to another with a reason; the other side is told; each refusal has its reason', async () => {
      const { eventId } = await openConference();
      const ask = (client: HttpClient, body: object) => client.post(`/api/events/${eventId}/meetings/requests`, body);
      const refusals: [HttpClient, object, string][] = [
        [operator, { organizationId: ORG.ssez, reason }, 'MEETING_OWN_ORGANIZATION'],
        [researcher, { organizationId: ORG.ssez, reason }, 'MEETING_NOT_PARTICIPANT'],
        [operator, { organizationId: ORG.nanjing, reason }, 'MEETING_COUNTERPART_NOT_PARTICIPANT'],
        [operator, { organizationId: ORG.secretariat, reason }, 'MEETING_COUNTERPART_NOT_PARTICIPANT'],
        [operator, { organizationId: ORG.bankOfJiangsu }, 'MEETING_REASON_REQUIRED'],
        [operator, { organizationId: ORG.bankOfJiangsu, reason: '   ' }, 'MEETING_REASON_REQUIRED'],
      ];
      for (const [client, body, code] of refusals) {
        const res = await ask(client, body);
        expect([res.status, res.body.reason]).toEqual([422, code]);
      }
      expect((await ask(secretariat, { organizationId: ORG.ssez, reason })).status).toBe(403);
      expect((await ask(operator, { organizationId: ORG.bankOfJiangsu, reason: 'x'.repeat(501) })).status).toBe(400);

      const created = await ask(operator, { organizationId: ORG.bankOfJiangsu, reason });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        eventId,
        status: 'requested',
        requester: { id: ORG.ssez },
        requested: { id: ORG.bankOfJiangsu },
        requestedByName: expect.any(String),
        reason,
        placement: null,
        actions: ['withdraw'],
      });
      expect(await notified(t, 'meeting_requested', eventId)).toEqual(['approver@example.org', 'banker@example.org']);
      // One live meeting per pair, whoever asks.
      for (const [client, organizationId] of [
        [operator, ORG.bankOfJiangsu],
        [banker, ORG.ssez],
      ] as const) {
        const res = await ask(client, { organizationId, reason });
        expect([res.status, res.body.reason]).toEqual([422, 'MEETING_ALREADY_REQUESTED']);
      }
      expect((await secretariat.get(`/api/events/${eventId}/meetings`)).body.counts).toMatchObject({ requested: 1 });
    });

    it('is answered by the requested side only, withdrawn by the requester only, cancelled by either side', async () => {
      const { eventId } = await openConference();
      const ask = async (client: HttpClient, organizationId: string) =>
        (await client.post(`/api/events/${eventId}/meetings/requests`, { organizationId, reason })).body.id as string;
      const step = (client: HttpClient, id: string, action: string, body?: object) =>
        client.post(`/api/meetings/${id}/${action}`, body);

      // Accept: the requested side (any of its users); the requester cannot.
      const first = await ask(operator, ORG.bankOfJiangsu);
      expect((await operator.get(`/api/meetings/${first}`)).body.actions).toEqual(['withdraw']);
      expect((await banker.get(`/api/meetings/${first}`)).body.actions).toEqual(['accept', 'decline']);
      expect((await step(operator, first, 'accept')).status).toBe(403);
      expect((await step(operator, first, 'decline')).status).toBe(403);
      const accepted = await step(approver, first, 'accept');
      expect(accepted.body).toMatchObject({ status: 'accepted', actions: ['cancel'], decidedAt: expect.any(String) });
      expect(await notified(t, 'meeting_accepted', eventId)).toEqual(['operator@example.org']);
      expect((await step(banker, first, 'accept')).body.error).toBe('ILLEGAL_TRANSITION');
      expect((await step(operator, first, 'withdraw')).status).toBe(409);

      // Decline, with a reason the requester reads.
      const second = await ask(operator2, ORG.sinosure);
      const declined = await step(insurer, second, 'decline', { reason: 'Not this year' });
      expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Not this year', actions: [] });
      expect((await operator2.get(`/api/meetings/${second}`)).body.declineReason).toBe('Not this year');
      expect(await notified(t, 'meeting_declined', eventId)).toEqual(['operator2@example.org']);

      // Withdraw: the requester only.
      const third = await ask(insurer, ORG.indonesia);
      expect((await step(operator2, third, 'withdraw')).status).toBe(403);
      expect((await step(insurer, third, 'withdraw')).body.status).toBe('withdrawn');
      expect(await notified(t, 'meeting_withdrawn', eventId)).toEqual(['operator2@example.org']);
      // A new request of the same pair once none is live.
      expect(
        (await operator2.post(`/api/events/${eventId}/meetings/requests`, { organizationId: ORG.sinosure, reason }))
          .status,
      ).toBe(201);

      // Cancel: either side of an accepted meeting, with a reason; the other side is told.
      const cancelled = await step(banker, first, 'cancel', { reason: 'Our delegation is smaller' });
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        cancelledBy: 'requested',
        cancelReason: 'Our delegation is smaller',
        actions: [],
      });
      expect(await notified(t, 'meeting_cancelled', eventId)).toEqual(['operator@example.org']);
      expect((await step(operator, first, 'cancel')).body.error).toBe('ILLEGAL_TRANSITION');

      // The secretariat organizes but takes part in none: it reads every meeting and answers none.
      expect((await secretariat.get(`/api/meetings/${first}`)).status).toBe(200);
      for (const action of ['accept', 'decline', 'withdraw', 'cancel'])
        expect((await step(secretariat, third, action)).status).toBe(403);
      // Another organization's meeting is not there for them.
      for (const client of [insurer, researcher]) {
        expect((await client.get(`/api/meetings/${first}`)).status).toBe(404);
        expect((await step(client, first, 'cancel')).status).toBe(404);
      }
      expect((await operator.get('/api/meetings/7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b')).status).toBe(404);
    });

    it('are read by the event’s organization as organizer, which answers none of them', async () => {
      const eventId = await insertConference(t, { authorEmail: 'researcher@example.org' });
      await insertProgramme(t, eventId);
      const id = await insertMeeting(t, { eventId, requester: ORG.ssez, requested: ORG.indonesia });
      const seen = await researcher.get(`/api/meetings/${id}`);
      expect([seen.status, seen.body.actions]).toEqual([200, []]);
      expect((await researcher.post(`/api/meetings/${id}/accept`)).status).toBe(403);
      expect((await researcher.get(`/api/events/${eventId}/meetings/requests?box=all`)).body.total).toBe(1);
    });

    it('are at most 40 live per organization and event', async () => {
      const { eventId } = await openConference();
      const others = (await t.db.dataSource.query(
        `INSERT INTO organizations (name_en, type, status, country)
         SELECT 'Guest company ' || n, 'park_operator', 'active', 'CN' FROM generate_series(1, 40) n RETURNING id`,
      )) as { id: string }[];
      for (const other of others) await insertMeeting(t, { eventId, requester: ORG.ssez, requested: other.id });
      const res = await operator.post(`/api/events/${eventId}/meetings/requests`, {
        organizationId: ORG.bankOfJiangsu,
        reason,
      });
      expect([res.status, res.body.reason]).toEqual([422, 'MEETING_TOO_MANY_REQUESTS']);
      // Requests received do not count against it.
      expect(
        (await banker.post(`/api/events/${eventId}/meetings/requests`, { organizationId: ORG.ssez, reason })).status,
      ).toBe(201);
    });

    it('between the same two organizations at once: exactly one is made', async () => {
      const { eventId } = await openConference();
      const results = await Promise.all([
        operator.post(`/api/events/${eventId}/meetings/requests`, { organizationId: ORG.indonesia, reason }),
        operator2.post(`/api/events/${eventId}/meetings/requests`, { organizationId: ORG.ssez, reason }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
      expect(results.find((r) => r.status === 422)?.body.reason).toBe('MEETING_ALREADY_REQUESTED');
    });
  });

  describe('lists', () => {
    it('show a participant the others in name order with their fit and the meeting between them; the organizer sees all', async () => {
      const { eventId } = await openConference();
      await operator.post(`/api/events/${eventId}/meetings/requests`, { organizationId: ORG.indonesia, reason });
      // The Indonesia park looks for a garment partner in Cambodia, where Sihanoukville runs its zone.
      await insertProject(t, {
        organizationId: ORG.indonesia,
        kind: 'seeking_partner',
        sectors: ['textiles_garments'],
        country: 'KH',
      });
      const url = `/api/events/${eventId}/meetings/participants`;
      let page: {
        items: {
          organization: { id: string; nameEn: string };
          meeting: object | null;
          canRequest: boolean;
          match: object | null;
          countries: string[];
        }[];
        total: number;
      } = { items: [], total: 0 };
      const statements = await statementsOf(t, async () => {
        page = (await operator.get(url)).body;
      });
      expect(statements.get(url)).toBeLessThanOrEqual(3);
      expect(page.total).toBe(4);
      const inNameOrder = (
        (await t.db.dataSource.query(
          `SELECT id FROM organizations WHERE id = ANY($1) ORDER BY COALESCE(name_en, name_zh), id`,
          [[ORG.indonesia, ORG.bankOfJiangsu, ORG.sinosure, ORG.lawyers]],
        )) as { id: string }[]
      ).map((r) => r.id);
      expect(page.items.map((p) => p.organization.id)).toEqual(inNameOrder);
      const indonesia = page.items.find((p) => p.organization.id === ORG.indonesia)!;
      expect(indonesia).toMatchObject({ meeting: { status: 'requested', sent: true }, canRequest: false });
      expect(indonesia.countries).toContain('ID');
      expect(page.items.find((p) => p.organization.id === ORG.bankOfJiangsu)).toMatchObject({
        meeting: null,
        canRequest: true,
      });
      expect(indonesia.match).toMatchObject({
        score: expect.any(Number),
        reasons: expect.arrayContaining([{ code: 'same_sector', sectors: ['textiles_garments'] }]),
      });
      expect(
        (await operator2.get(url)).body.items.find(
          (p: { organization: { id: string } }) => p.organization.id === ORG.ssez,
        ),
      ).toMatchObject({
        meeting: { status: 'requested', sent: false },
      });

      const filtered = await operator.get(`${url}?q=${encodeURIComponent('bank of')}&limit=1`);
      expect(filtered.body).toMatchObject({ total: 1, items: [{ organization: { id: ORG.bankOfJiangsu } }] });
      expect(
        (await operator.get(`${url}?country=ID`)).body.items.map(
          (p: { organization: { id: string } }) => p.organization.id,
        ),
      ).toEqual([ORG.indonesia]);
      expect((await operator.get(`${url}?page=9`)).body).toMatchObject({ items: [], total: 4 });

      const organizer = await secretariat.get(url);
      expect(organizer.body.total).toBe(5);
      expect(
        organizer.body.items.every((p: { match: unknown; canRequest: boolean }) => p.match === null && !p.canRequest),
      ).toBe(true);
      expect((await researcher.get(url)).status).toBe(403);
    });

    it('give a participant the requests it received and sent, and the organizer all of them', async () => {
      const { eventId } = await openConference();
      const ask = (client: HttpClient, organizationId: string) =>
        client.post(`/api/events/${eventId}/meetings/requests`, { organizationId, reason });
      await ask(operator, ORG.bankOfJiangsu);
      await ask(operator2, ORG.bankOfJiangsu);
      const sent = (await ask(banker, ORG.sinosure)).body.id as string;
      await banker.post(`/api/meetings/${sent}/withdraw`);
      const url = (query: string) => `/api/events/${eventId}/meetings/requests${query}`;

      const statements = await statementsOf(t, async () => {
        const received = await banker.get(url('?box=received'));
        expect(received.body.items.map((m: { requester: { id: string } }) => m.requester.id)).toEqual([
          ORG.indonesia,
          ORG.ssez,
        ]);
      });
      expect(statements.get(url('?box=received'))).toBeLessThanOrEqual(3);
      expect((await banker.get(url(''))).body.total).toBe(2);
      expect((await approver.get(url('?box=sent'))).body.items).toMatchObject([{ id: sent, status: 'withdrawn' }]);
      expect((await approver.get(url('?box=sent&status=requested'))).body.total).toBe(0);
      expect((await banker.get(url('?box=all'))).status).toBe(403);
      expect((await researcher.get(url('?box=received'))).status).toBe(403);
      const all = await secretariat.get(url('?box=all'));
      expect(all.body.total).toBe(3);
      expect((await secretariat.get(url('?box=all&status=withdrawn'))).body.total).toBe(1);
    });
  });
});
