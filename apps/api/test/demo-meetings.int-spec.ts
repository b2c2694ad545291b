import { meetingSlots, scheduleMeetings } from '@alliance/contracts';
import { ORG } from '../../../seeds/demo-data';
import { DEMO_MEETINGS, meetingsDemoId, seedMeetings } from '../../../seeds/demo-meetings';
import { JAKARTA_CONFERENCE_2019, PROMOTION_CONFERENCE_2027 } from '../../../seeds/demo-posts';
import { seedDemoData } from '../../../seeds/demo-seed';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The demo data of B2B meetings (seeds/demo-meetings.ts) over the seeded test database: the
 * conference's meetings keep the rules the API enforces, and seeding again changes nothing.
 */
describe('demo data: B2B meetings at the 2027 promotion conference', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const query = <T>(sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params) as Promise<T[]>;

  /** The organizations with a confirmed registration for the conference (the plan's participants). */
  async function participants(): Promise<string[]> {
    const rows = await query<{ id: string }>(
      `SELECT DISTINCT u.organization_id AS id FROM event_registrations r JOIN users u ON u.id = r.user_id
        WHERE r.post_id = $1 AND r.status = 'confirmed' ORDER BY 1`,
      [PROMOTION_CONFERENCE_2027],
    );
    return rows.map((r) => r.id);
  }

  it('gives the Jakarta conference of 2019 its reported figures', async () => {
    const [jakarta] = await query<{ attendees: number; organizations: number }>(
      'SELECT event_reported_attendees AS attendees, event_reported_organizations AS organizations FROM posts WHERE id = $1',
      [JAKARTA_CONFERENCE_2019],
    );
    expect(jakarta).toEqual({ attendees: 300, organizations: 120 });
  });

  it('opens the future conference for meetings, with six demo organizations registered and available', async () => {
    const [post] = await query<{ kind: string; visibility: string; starts: Date; ends: Date; body: string }>(
      `SELECT kind, visibility, event_starts_at AS starts, event_ends_at AS ends, body_en AS body FROM posts WHERE id = $1`,
      [PROMOTION_CONFERENCE_2027],
    );
    expect(post).toMatchObject({ kind: 'event', visibility: 'members' });
    expect(post.body).toContain('Sample post');
    expect(await participants()).toEqual(
      [ORG.ssez, ORG.indonesia, ORG.bankOfJiangsu, ORG.sinosure, ORG.lawyers, ORG.nanjing].sort(),
    );
    const [programme] = await query<{ status: string; meeting_minutes: number; tables: number }>(
      'SELECT status, meeting_minutes, tables FROM meeting_programmes WHERE post_id = $1',
      [PROMOTION_CONFERENCE_2027],
    );
    expect(programme).toEqual({ status: 'open', meeting_minutes: 20, tables: 6 });
    const sessions = await query<{ id: string; starts_at: Date; ends_at: Date }>(
      'SELECT id, starts_at, ends_at FROM meeting_sessions WHERE post_id = $1 ORDER BY starts_at',
      [PROMOTION_CONFERENCE_2027],
    );
    expect(sessions.map((s) => [s.starts_at.toISOString(), s.ends_at.toISOString()])).toEqual([
      ['2027-03-16T02:00:00.000Z', '2027-03-16T04:00:00.000Z'], // 10:00–12:00 in Nanjing
      ['2027-03-16T06:00:00.000Z', '2027-03-16T08:00:00.000Z'], // 14:00–16:00
    ]);
    for (const s of sessions) {
      expect(s.starts_at.getTime()).toBeGreaterThanOrEqual(post.starts.getTime());
      expect(s.ends_at.getTime()).toBeLessThanOrEqual(post.ends.getTime());
    }
    const available = await query<{ organization_id: string }>(
      `SELECT DISTINCT a.organization_id FROM meeting_availability a JOIN meeting_sessions s ON s.id = a.session_id
        WHERE a.post_id = $1 AND s.post_id = $1 ORDER BY 1`,
      [PROMOTION_CONFERENCE_2027],
    );
    expect(available.map((a) => a.organization_id)).toEqual(await participants());
  });

  it('holds meetings between participants only, one live per pair, nothing placed yet', async () => {
    const rows = await query<{
      id: string;
      requester: string;
      requested: string;
      status: string;
      requested_by_org: string;
      decided_by_org: string | null;
      session_id: string | null;
      slot_starts_at: Date | null;
      table_number: number | null;
    }>(
      `SELECT m.id, m.requester_organization_id AS requester, m.requested_organization_id AS requested, m.status,
              rb.organization_id AS requested_by_org, db.organization_id AS decided_by_org,
              m.session_id, m.slot_starts_at, m.table_number
         FROM meetings m JOIN users rb ON rb.id = m.requested_by_user_id LEFT JOIN users db ON db.id = m.decided_by_user_id
        WHERE m.post_id = $1 ORDER BY m.id`,
      [PROMOTION_CONFERENCE_2027],
    );
    expect(rows.map((r) => r.id)).toEqual(DEMO_MEETINGS.map((m) => m.id));
    const taking = new Set(await participants());
    const live = new Set<string>();
    for (const m of rows) {
      expect(taking.has(m.requester) && taking.has(m.requested)).toBe(true);
      expect(m.requester).not.toBe(m.requested);
      // Asked by a user of the requester, answered by one of the requested side.
      expect(m.requested_by_org).toBe(m.requester);
      expect(m.decided_by_org).toBe(m.status === 'requested' ? null : m.requested);
      expect([m.session_id, m.slot_starts_at, m.table_number]).toEqual([null, null, null]);
      if (m.status === 'requested' || m.status === 'accepted') {
        const pair = [m.requester, m.requested].sort().join(' ');
        expect(live.has(pair)).toBe(false);
        live.add(pair);
      }
    }
    const count = (status: string) => rows.filter((m) => m.status === status).length;
    expect(count('accepted')).toBeGreaterThanOrEqual(3);
    expect(count('declined')).toBe(1);
    expect([1, 2]).toContain(count('requested'));
  });

  it('leaves the scheduler one accepted meeting to report: the two sides share no session', async () => {
    const sessions = await query<{ id: string; starts_at: Date; ends_at: Date }>(
      'SELECT id, starts_at, ends_at FROM meeting_sessions WHERE post_id = $1',
      [PROMOTION_CONFERENCE_2027],
    );
    const availability: Record<string, string[]> = {};
    for (const a of await query<{ organization_id: string; session_id: string }>(
      'SELECT organization_id, session_id FROM meeting_availability WHERE post_id = $1',
      [PROMOTION_CONFERENCE_2027],
    ))
      (availability[a.organization_id] ??= []).push(a.session_id);
    const accepted = await query<{ id: string; a: string; b: string }>(
      `SELECT id, requester_organization_id AS a, requested_organization_id AS b FROM meetings
        WHERE post_id = $1 AND status = 'accepted' ORDER BY decided_at, id`,
      [PROMOTION_CONFERENCE_2027],
    );
    const result = scheduleMeetings({
      slots: meetingSlots(
        sessions.map((s) => ({ id: s.id, startsAt: s.starts_at, endsAt: s.ends_at })),
        20,
      ),
      tables: 6,
      availability,
      meetings: accepted,
    });
    expect(result.placements).toHaveLength(accepted.length - 1);
    expect(result.unplaced).toEqual([{ meetingId: meetingsDemoId(37), reason: 'NO_SHARED_SESSION' }]);
  });

  it('changes nothing when seeded again, and keeps what people changed since', async () => {
    const snapshot = () =>
      query(
        `SELECT (SELECT json_agg(m ORDER BY m.id) FROM meetings m WHERE post_id = $1) AS meetings,
                (SELECT json_agg(s ORDER BY s.id) FROM meeting_sessions s WHERE post_id = $1) AS sessions,
                (SELECT json_agg(a ORDER BY a.session_id, a.organization_id) FROM meeting_availability a WHERE post_id = $1) AS availability,
                (SELECT json_agg(p) FROM meeting_programmes p WHERE post_id = $1) AS programme,
                (SELECT json_agg(r ORDER BY r.id) FROM event_registrations r WHERE post_id = $1) AS registrations,
                (SELECT json_agg(p) FROM posts p WHERE id IN ($1, $2)) AS posts`,
        [PROMOTION_CONFERENCE_2027, JAKARTA_CONFERENCE_2019],
      );
    const before = await snapshot();
    expect(await t.db.dataSource.transaction((m) => seedMeetings(m))).toBe(0);
    expect(await seedDemoData(t.db.dataSource)).toBe(0);
    expect(await snapshot()).toEqual(before);

    // A participant who takes back an afternoon, and a request declined since, stay as they are.
    await query('DELETE FROM meeting_availability WHERE organization_id = $1 AND session_id = $2', [
      ORG.nanjing,
      meetingsDemoId(22),
    ]);
    await query(`UPDATE meetings SET status = 'declined', decided_at = now() WHERE id = $1`, [meetingsDemoId(39)]);
    const changed = await snapshot();
    expect(await seedDemoData(t.db.dataSource)).toBe(0);
    expect(await snapshot()).toEqual(changed);
  });
});
