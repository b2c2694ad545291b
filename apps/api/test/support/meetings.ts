import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { LOGGER } from '../../src/common/logging/logger';
import { ORG, type TestApp } from './test-app';

/** The demo accounts that take part in the conferences below, by organization. */
export const PARTICIPANT_ACCOUNTS = [
  'operator@example.org', // Sihanoukville SEZ
  'operator2@example.org', // Jiangsu–Indonesia park
  'banker@example.org', // Bank of Jiangsu
  'insurer@example.org', // Sinosure
  'partner@example.org', // Jiangsu Lawyers Association
] as const;

export interface ConferenceFixture {
  /** The organization that posts the event (the secretariat by default). */
  organizationId?: string;
  authorEmail?: string;
  startsAt?: string;
  endsAt?: string;
  timeZone?: string;
  place?: string | null;
  visibility?: 'public' | 'members';
  kind?: 'event' | 'news';
  /** Users with a confirmed registration (their organizations take part). */
  registered?: readonly string[];
  id?: string;
}

/**
 * A published event post written straight into the database, with confirmed registrations: for
 * suites that test the meetings around an event rather than the event's own workflow (the events
 * suite drives that through the API). By default the secretariat's conference in Nanjing on
 * 16 March 2030, 09:00–17:30 in Asia/Shanghai, for members.
 */
export async function insertConference(t: TestApp, fixture: ConferenceFixture = {}): Promise<string> {
  const id = fixture.id ?? randomUUID();
  const kind = fixture.kind ?? 'event';
  await t.db.dataSource.query(
    `INSERT INTO posts (id, organization_id, author_user_id, kind, title_en, title_zh, visibility, status, published_at,
                        event_starts_at, event_ends_at, event_time_zone, event_place, event_capacity)
     SELECT $1, COALESCE($2::uuid, u.organization_id), u.id, $3, $4, $5, $6, 'published', now(), $7, $8, $9, $10, 200
       FROM users u WHERE u.email = $11
     ON CONFLICT (id) DO NOTHING`,
    [
      id,
      fixture.organizationId ?? null,
      kind,
      'Promotion conference of Jiangsu overseas industrial parks',
      '江苏境外产业园区投资推介会',
      fixture.visibility ?? 'members',
      kind === 'event' ? (fixture.startsAt ?? '2030-03-16T01:00:00.000Z') : null,
      kind === 'event' ? (fixture.endsAt ?? '2030-03-16T09:30:00.000Z') : null,
      kind === 'event' ? (fixture.timeZone ?? 'Asia/Shanghai') : null,
      kind === 'event' ? (fixture.place === undefined ? 'Nanjing International Expo Center' : fixture.place) : null,
      fixture.authorEmail ?? 'secretariat@example.org',
    ],
  );
  await register(t, id, fixture.registered ?? PARTICIPANT_ACCOUNTS);
  return id;
}

/** Confirmed registrations of these users for the event. */
export async function register(t: TestApp, eventId: string, emails: readonly string[]): Promise<void> {
  await t.db.dataSource.query(
    `INSERT INTO event_registrations (post_id, user_id, status)
     SELECT $1, u.id, 'confirmed' FROM users u
      WHERE u.email = ANY($2) AND NOT EXISTS (
        SELECT 1 FROM event_registrations r WHERE r.post_id = $1 AND r.user_id = u.id AND r.status <> 'cancelled')`,
    [eventId, [...emails]],
  );
}

export interface ProgrammeFixture {
  meetingMinutes?: number;
  tables?: number;
  /** Default: 10:00–12:00 and 14:00–16:00 in Shanghai on the default conference's day. */
  sessions?: { startsAt: string; endsAt: string; id?: string }[];
  status?: 'open' | 'published' | 'closed';
}

export const MORNING = { startsAt: '2030-03-16T02:00:00.000Z', endsAt: '2030-03-16T04:00:00.000Z' };
export const AFTERNOON = { startsAt: '2030-03-16T06:00:00.000Z', endsAt: '2030-03-16T08:00:00.000Z' };

/** A programme of meetings written into the database (an event whose meetings are already open); its session ids in time order. */
export async function insertProgramme(t: TestApp, eventId: string, fixture: ProgrammeFixture = {}): Promise<string[]> {
  const status = fixture.status ?? 'open';
  await t.db.dataSource.query(
    `INSERT INTO meeting_programmes (post_id, status, meeting_minutes, tables, published_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (post_id) DO NOTHING`,
    [
      eventId,
      status,
      fixture.meetingMinutes ?? 20,
      fixture.tables ?? 6,
      status === 'open' ? null : new Date(),
      status === 'closed' ? new Date() : null,
    ],
  );
  const ids: string[] = [];
  const sessions: { startsAt: string; endsAt: string; id?: string }[] = fixture.sessions ?? [MORNING, AFTERNOON];
  for (const session of sessions) {
    const [row] = (await t.db.dataSource.query(
      `INSERT INTO meeting_sessions (id, post_id, starts_at, ends_at) VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at RETURNING id`,
      [session.id ?? null, eventId, session.startsAt, session.endsAt],
    )) as { id: string }[];
    ids.push(row.id);
  }
  return ids;
}

/** The sessions an organization is available in. */
export async function insertAvailability(
  t: TestApp,
  eventId: string,
  organizationId: string,
  sessionIds: string[],
): Promise<void> {
  await t.db.dataSource.query(
    `INSERT INTO meeting_availability (session_id, organization_id, post_id)
     SELECT s, $2, $1 FROM unnest($3::uuid[]) AS s ON CONFLICT DO NOTHING`,
    [eventId, organizationId, sessionIds],
  );
}

export interface MeetingFixture {
  eventId: string;
  requester: string;
  requested: string;
  status?: 'requested' | 'accepted' | 'declined' | 'withdrawn' | 'cancelled';
  /** Where an accepted meeting sits. */
  at?: { sessionId: string; slot: string; table: number; byHand?: boolean };
  id?: string;
  /** When it was answered (default now): the scheduler takes meetings accepted earlier first on a tie. */
  decidedAt?: Date;
}

/** A meeting written into the database in any status (and place), for suites that test what happens around it. */
export async function insertMeeting(t: TestApp, fixture: MeetingFixture): Promise<string> {
  const status = fixture.status ?? 'requested';
  const [row] = (await t.db.dataSource.query(
    `INSERT INTO meetings (id, post_id, requester_organization_id, requested_organization_id, status, reason,
                           decided_at, session_id, slot_starts_at, table_number, placed_by_hand)
     VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $5, 'To talk about a factory site', $6, $7, $8, $9, $10)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      fixture.id ?? null,
      fixture.eventId,
      fixture.requester,
      fixture.requested,
      status,
      status === 'requested' ? null : (fixture.decidedAt ?? new Date()),
      fixture.at?.sessionId ?? null,
      fixture.at?.slot ?? null,
      fixture.at?.table ?? null,
      fixture.at?.byHand ?? false,
    ],
  )) as { id: string }[];
  return row?.id ?? (fixture.id as string);
}

/**
 * The SQL statements each request sends, from the API's request log (`sqlStatements`, what
 * `npm run bench` reads), by URL, while `run` runs.
 */
export async function statementsOf(t: TestApp, run: () => Promise<unknown>): Promise<Map<string, number>> {
  const logger = t.app.get<Logger>(LOGGER);
  const seen = new Map<string, number>();
  const spy = jest.spyOn(logger, 'info').mockImplementation(((entry: unknown) => {
    const e = entry as { sqlStatements?: number; req?: { url?: string } };
    if (typeof e?.sqlStatements === 'number' && e.req?.url) seen.set(e.req.url, e.sqlStatements);
  }) as Logger['info']);
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

/** Notifications of a type about a record, by the e-mail of who got them. */
export async function notified(t: TestApp, type: string, recordId: string): Promise<string[]> {
  const rows = (await t.db.dataSource.query(
    `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
      WHERE n.type = $1 AND n.record_id = $2 ORDER BY u.email`,
    [type, recordId],
  )) as { email: string }[];
  return rows.map((r) => r.email);
}

/**
 * The B2B meetings the authorization matrix and the hostile-input suite find on every database (fixed
 * ids, written again at no cost): the secretariat's conference and the Sihanoukville zone's, both for
 * members, in 2030, with their meetings open and the five demo participants registered (not the Nanjing
 * institute); at the secretariat's, Sihanoukville's accepted request of the Bank of Jiangsu (waiting
 * for a slot) and the Indonesia park's request that Sinosure declined.
 */
export const MEETINGS_FIXTURE = {
  secretariatConference: '00000000-0000-4000-8000-0000000f1701',
  operatorConference: '00000000-0000-4000-8000-0000000f1702',
  sessions: {
    secretariat: ['00000000-0000-4000-8000-0000000f1711', '00000000-0000-4000-8000-0000000f1712'],
    operator: ['00000000-0000-4000-8000-0000000f1713'],
  },
  /** Sihanoukville SEZ → Bank of Jiangsu, accepted, not yet placed. */
  acceptedMeeting: '00000000-0000-4000-8000-0000000f1721',
  /** Jiangsu–Indonesia park → Sinosure, declined. */
  declinedMeeting: '00000000-0000-4000-8000-0000000f1722',
} as const;

export async function insertMeetingsFixture(t: TestApp): Promise<typeof MEETINGS_FIXTURE> {
  const f = MEETINGS_FIXTURE;
  await insertConference(t, { id: f.secretariatConference });
  await insertProgramme(t, f.secretariatConference, {
    sessions: [
      { id: f.sessions.secretariat[0], ...MORNING },
      { id: f.sessions.secretariat[1], ...AFTERNOON },
    ],
  });
  await insertConference(t, { id: f.operatorConference, authorEmail: 'operator@example.org' });
  await insertProgramme(t, f.operatorConference, { sessions: [{ id: f.sessions.operator[0], ...MORNING }] });
  const { ssez, indonesia, bankOfJiangsu: bank, sinosure } = ORG;
  await insertMeeting(t, {
    id: f.acceptedMeeting,
    eventId: f.secretariatConference,
    requester: ssez,
    requested: bank,
    status: 'accepted',
  });
  await insertMeeting(t, {
    id: f.declinedMeeting,
    eventId: f.secretariatConference,
    requester: indonesia,
    requested: sinosure,
    status: 'declined',
  });
  return f;
}
