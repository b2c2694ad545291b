import type { EntityManager } from 'typeorm';
import type { MeetingStatus } from '@alliance/contracts';
import { ORG } from './demo-data';
import { PROMOTION_CONFERENCE_2027 } from './demo-posts';

/**
 * B2B meetings at the 2027 promotion conference (issue 17; sample data, like the conference post of
 * seeds/demo-posts.ts). Six demo organizations registered (confirmed); the secretariat opened the
 * meetings (20 minutes, six tables, a morning and an afternoon session); every participant set its
 * availability; seven meetings are accepted and wait for the scheduler, one was declined and two are
 * still requested. Nothing is placed yet. Sinosure is available in the morning only and the lawyers
 * association in the afternoon only, so their accepted meeting is the one the scheduler reports it
 * cannot place (no shared session).
 *
 * Ids 00000000-0000-4000-8000-0000000036nn: 01 the event post, 11–16 registrations, 21–22 sessions,
 * 31–40 meetings. Everything is written by fixed id (running it twice changes nothing); the sessions
 * and availability come with the programme, once, so an organizer's or a participant's later changes
 * stay as they made them.
 */
export const meetingsDemoId = (n: number) => `00000000-0000-4000-8000-0000000036${String(n).padStart(2, '0')}`;

/** The demo accounts who take part (seeds/demo-data.ts). */
const USER = {
  operator: '00000000-0000-4000-8000-000000000102', // Sihanoukville SEZ
  operator2: '00000000-0000-4000-8000-000000000103', // Jiangsu–Indonesia park
  banker: '00000000-0000-4000-8000-000000000104', // Bank of Jiangsu
  approver: '00000000-0000-4000-8000-000000000105', // Bank of Jiangsu
  insurer: '00000000-0000-4000-8000-000000000106', // Sinosure
  partner: '00000000-0000-4000-8000-000000000107', // Jiangsu Lawyers Association
  researcher: '00000000-0000-4000-8000-000000000108', // Nanjing institute
} as const;

const at = (iso: string) => new Date(iso);

/** The programme: opened by the secretariat when the conference was announced. */
export const DEMO_MEETING_PROGRAMME = {
  postId: PROMOTION_CONFERENCE_2027,
  status: 'open' as const,
  meetingMinutes: 20,
  tables: 6,
  createdAt: at('2026-12-01T02:30:00Z'),
};

/** 10:00–12:00 and 14:00–16:00 in Nanjing (Asia/Shanghai, UTC+8) on 16 March 2027: six slots each. */
export const DEMO_MEETING_SESSIONS = [
  { id: meetingsDemoId(21), startsAt: at('2027-03-16T02:00:00Z'), endsAt: at('2027-03-16T04:00:00Z') },
  { id: meetingsDemoId(22), startsAt: at('2027-03-16T06:00:00Z'), endsAt: at('2027-03-16T08:00:00Z') },
];
const [MORNING, AFTERNOON] = DEMO_MEETING_SESSIONS.map((s) => s.id);

/** One confirmed registration per participating organization, by its demo account. */
export const DEMO_CONFERENCE_REGISTRATIONS = [
  { id: meetingsDemoId(11), userId: USER.operator, createdAt: at('2026-12-01T06:00:00Z') },
  { id: meetingsDemoId(12), userId: USER.operator2, createdAt: at('2026-12-01T08:30:00Z') },
  { id: meetingsDemoId(13), userId: USER.banker, createdAt: at('2026-12-02T01:15:00Z') },
  { id: meetingsDemoId(14), userId: USER.insurer, createdAt: at('2026-12-02T03:40:00Z') },
  { id: meetingsDemoId(15), userId: USER.partner, createdAt: at('2026-12-02T07:05:00Z') },
  { id: meetingsDemoId(16), userId: USER.researcher, createdAt: at('2026-12-02T09:20:00Z') },
];

/** The sessions each participating organization is available in. */
export const DEMO_MEETING_AVAILABILITY: { organizationId: string; sessionIds: string[] }[] = [
  { organizationId: ORG.ssez, sessionIds: [MORNING, AFTERNOON] },
  { organizationId: ORG.indonesia, sessionIds: [MORNING, AFTERNOON] },
  { organizationId: ORG.bankOfJiangsu, sessionIds: [MORNING, AFTERNOON] },
  // The insurer's delegation flies back to Beijing after lunch.
  { organizationId: ORG.sinosure, sessionIds: [MORNING] },
  // The association's lawyers speak at a morning panel of the conference.
  { organizationId: ORG.lawyers, sessionIds: [AFTERNOON] },
  { organizationId: ORG.nanjing, sessionIds: [MORNING, AFTERNOON] },
];

export interface DemoMeeting {
  id: string;
  requesterOrganizationId: string;
  requestedOrganizationId: string;
  requestedByUserId: string;
  status: MeetingStatus;
  reason: string;
  declineReason: string | null;
  decidedAt: Date | null;
  decidedByUserId: string | null;
  createdAt: Date;
}

/** A request `requester` → `requested` answered (or not) by `decidedBy` of the requested side. */
function meeting(
  n: number,
  requester: [organizationId: string, userId: string],
  requested: string,
  reason: string,
  createdAt: string,
  answer: { status: 'accepted' | 'declined'; by: string; at: string; reason?: string } | null = null,
): DemoMeeting {
  return {
    id: meetingsDemoId(n),
    requesterOrganizationId: requester[0],
    requestedOrganizationId: requested,
    requestedByUserId: requester[1],
    status: answer?.status ?? 'requested',
    reason,
    declineReason: answer?.reason ?? null,
    decidedAt: answer ? at(answer.at) : null,
    decidedByUserId: answer?.by ?? null,
    createdAt: at(createdAt),
  };
}

/** One meeting per pair of organizations; accepted ones in the order they were accepted (the scheduler's order). */
export const DEMO_MEETINGS: DemoMeeting[] = [
  meeting(
    31,
    [ORG.bankOfJiangsu, USER.banker],
    ORG.ssez,
    "Two of our garment clients are visiting the zone's workshops; we would like to go through the financing of their move with you.",
    '2026-12-02T02:00:00Z',
    { status: 'accepted', by: USER.operator, at: '2026-12-02T05:10:00Z' },
  ),
  meeting(
    32,
    [ORG.ssez, USER.operator],
    ORG.sinosure,
    'Investors we are talking to ask about political-risk cover in Cambodia; we would like to hear what Sinosure can insure.',
    '2026-12-02T04:00:00Z',
    { status: 'accepted', by: USER.insurer, at: '2026-12-02T08:45:00Z' },
  ),
  meeting(
    33,
    [ORG.indonesia, USER.operator2],
    ORG.lawyers,
    'Our tenants need advice on land-use rights and work permits in Indonesia; could the association open a legal service point in the park?',
    '2026-12-02T09:00:00Z',
    { status: 'accepted', by: USER.partner, at: '2026-12-03T01:30:00Z' },
  ),
  meeting(
    34,
    [ORG.nanjing, USER.researcher],
    ORG.indonesia,
    "We are writing a brief on Indonesia's incentives for industrial parks and would like to hear the park's own experience.",
    '2026-12-02T10:00:00Z',
    { status: 'accepted', by: USER.operator2, at: '2026-12-03T02:20:00Z' },
  ),
  meeting(
    35,
    [ORG.indonesia, USER.operator2],
    ORG.bankOfJiangsu,
    'Trade finance for our building-materials tenants who export within ASEAN.',
    '2026-12-03T01:00:00Z',
    { status: 'accepted', by: USER.approver, at: '2026-12-03T06:00:00Z' },
  ),
  meeting(
    36,
    [ORG.lawyers, USER.partner],
    ORG.ssez,
    'Introducing our overseas legal service centres; questions on Cambodian labour and contract law are welcome.',
    '2026-12-03T03:00:00Z',
    { status: 'accepted', by: USER.operator, at: '2026-12-03T08:15:00Z' },
  ),
  // Accepted, but the two sides share no session: the scheduler reports it unplaced.
  meeting(
    37,
    [ORG.sinosure, USER.insurer],
    ORG.lawyers,
    'Recovering insured claims abroad: we would like to work with the association on local counsel in host countries.',
    '2026-12-03T05:00:00Z',
    { status: 'accepted', by: USER.partner, at: '2026-12-04T02:00:00Z' },
  ),
  meeting(
    38,
    [ORG.nanjing, USER.researcher],
    ORG.sinosure,
    "We would like to compare our proposed country risk ratings with Sinosure's assessments of the parks' host countries.",
    '2026-12-03T07:00:00Z',
    {
      status: 'declined',
      by: USER.insurer,
      at: '2026-12-04T03:30:00Z',
      reason: 'Our country-risk colleagues are not at the conference; we will contact the institute directly after it.',
    },
  ),
  meeting(
    39,
    [ORG.sinosure, USER.insurer],
    ORG.indonesia,
    "Export credit insurance for the park's machinery buyers: we would like to know your tenants' main export markets.",
    '2026-12-04T06:00:00Z',
  ),
  meeting(
    40,
    [ORG.bankOfJiangsu, USER.banker],
    ORG.lawyers,
    "Legal opinions for members' project loans abroad: how the association's lawyers could work with our credit team.",
    '2026-12-05T01:30:00Z',
  ),
];

/**
 * Writes the conference's meetings that are missing (after the posts: the event post must exist, or
 * nothing is written). Answers how many rows it created.
 */
export async function seedMeetings(manager: EntityManager): Promise<number> {
  const inserted = async (sql: string, params: unknown[]) =>
    ((await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params)) as unknown[]).length;
  const post = PROMOTION_CONFERENCE_2027;
  const event = (await manager.query('SELECT 1 FROM posts WHERE id = $1', [post])) as unknown[];
  if (event.length === 0) return 0;
  let created = 0;
  for (const r of DEMO_CONFERENCE_REGISTRATIONS)
    created += await inserted(
      `INSERT INTO event_registrations (id, post_id, user_id, status, created_at, updated_at)
       VALUES ($1, $2, $3, 'confirmed', $4, $4)`,
      [r.id, post, r.userId, r.createdAt],
    );
  const p = DEMO_MEETING_PROGRAMME;
  const opened = await inserted(
    `INSERT INTO meeting_programmes (post_id, status, meeting_minutes, tables, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $5)`,
    [p.postId, p.status, p.meetingMinutes, p.tables, p.createdAt],
  );
  created += opened;
  // The sessions and the availability in them come with the programme, once.
  if (opened) {
    for (const s of DEMO_MEETING_SESSIONS)
      created += await inserted(
        `INSERT INTO meeting_sessions (id, post_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
        [s.id, post, s.startsAt, s.endsAt],
      );
    for (const a of DEMO_MEETING_AVAILABILITY)
      for (const sessionId of a.sessionIds)
        created += await inserted(
          `INSERT INTO meeting_availability (session_id, organization_id, post_id) VALUES ($1, $2, $3)`,
          [sessionId, a.organizationId, post],
        );
  }
  for (const m of DEMO_MEETINGS)
    created += await inserted(
      `INSERT INTO meetings (id, post_id, requester_organization_id, requested_organization_id, requested_by_user_id, status,
         reason, decline_reason, decided_at, decided_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        m.id,
        post,
        m.requesterOrganizationId,
        m.requestedOrganizationId,
        m.requestedByUserId,
        m.status,
        m.reason,
        m.declineReason,
        m.decidedAt,
        m.decidedByUserId,
        m.createdAt,
        m.decidedAt ?? m.createdAt,
      ],
    );
  return created;
}
