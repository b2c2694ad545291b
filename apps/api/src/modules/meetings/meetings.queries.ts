import { Injectable } from '@nestjs/common';
import type {
  MatchOrganization,
  MatchProject,
  MeetingOrganizationRef,
  OrganizationType,
  Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import {
  candidateOf,
  FIGURE_COLUMNS,
  FIGURES,
  type OrganizationRow,
} from '../cooperation/matches/cooperation-matches.queries';
import { Post } from '../posts/entities/post.entity';
import { visiblePosts } from '../posts/visible-posts';
import type {
  ListMeetingParticipantsQueryDto,
  ListMeetingRequestsQueryDto,
  ListOrganizerMeetingsQueryDto,
} from './dto/meeting.dto';
import { MeetingProgramme } from './entities/meeting-programme.entity';
import { MeetingSession } from './entities/meeting-session.entity';
import { Meeting } from './entities/meeting.entity';

/**
 * The organizations taking part in `event`: those with a confirmed registration of one of their
 * users, active members other than the secretariat (which organizes meetings but takes part in none).
 * The registrations' users, then their organizations, are gathered through indexes first and read by
 * primary key: joined, PostgreSQL hashes every user to match the event's few hundred registrations.
 */
const PARTICIPANTS = (event: string) => `
  SELECT po.id FROM organizations po
   WHERE po.id = ANY(ARRAY(
           SELECT u.organization_id FROM users u
            WHERE u.id = ANY(ARRAY(SELECT r.user_id FROM event_registrations r
                                    WHERE r.post_id = ${event} AND r.status = 'confirmed'))))
     AND po.status = 'active' AND po.type <> 'secretariat'`;

/** The sessions of `event` in time order, as a JSON array of `{ id, startsAt, endsAt }`. */
const SESSIONS_JSON = (event: string) => `
  (SELECT COALESCE(json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at)
                            ORDER BY s.starts_at, s.id), '[]')
     FROM meeting_sessions s WHERE s.post_id = ${event})`;

/** The sessions each organization is available in at `event`, as a JSON object (the scheduler's map). */
const AVAILABILITY_JSON = (event: string) => `
  (SELECT COALESCE(json_object_agg(a.organization_id, a.sessions), '{}')
     FROM (SELECT organization_id, array_agg(session_id::text ORDER BY session_id) AS sessions
             FROM meeting_availability WHERE post_id = ${event} GROUP BY organization_id) a)`;

type SessionJson = { id: string; startsAt: string; endsAt: string };
const sessionOf = (s: SessionJson) => ({ id: s.id, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) });

/** Live meetings: a request waiting for its answer, or an accepted meeting. */
const LIVE = `('requested', 'accepted')`;

/** An event post with its organization and its programme of meetings (if opened). */
export type MeetingEvent = Post & { meetingProgramme: MeetingProgramme | null };

export interface MeetingContext {
  event: MeetingEvent;
  programme: MeetingProgramme | null;
  /** Whether the reader's organization takes part (a confirmed registration). */
  participating: boolean;
}

/** What the scheduler weighs besides the meetings: the programme's sessions and who is available in which. */
export interface MeetingBoard {
  /** In time order. */
  sessions: { id: string; startsAt: Date; endsAt: Date }[];
  availability: Record<string, string[]>;
}

export interface ProgrammeSummary {
  participants: number;
  myAvailability: string[];
  sessions: { id: string; startsAt: Date; endsAt: Date }[];
  counts: { requested: number; accepted: number; scheduled: number; declined: number; cancelled: number };
}

export interface AgendaRows {
  organization: MeetingOrganizationRef;
  items: { meetingId: string; startsAt: Date; table: number; counterpart: MeetingOrganizationRef }[];
}

export interface ParticipantRow extends OrganizationRow {
  description_en: string | null;
  description_zh: string | null;
  meeting_id: string | null;
  meeting_status: Meeting['status'] | null;
  meeting_sent: boolean | null;
  total: number;
}

/** A meeting with its event's programme and post (the organizer's list across events). */
export type MeetingWithEvent = Meeting & { programme: MeetingProgramme & { post: Post } };

/** The SQL of B2B meetings: an event's programme, its participants, availability and meetings, scoped to who reads. */
@Injectable()
export class MeetingsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The event if `viewer` may read its post (null: not found or not for them), with its programme and
   * whether the reader's organization takes part: one statement.
   */
  async context(
    manager: EntityManager,
    viewer: AuthenticatedUser | null,
    eventId: string,
  ): Promise<MeetingContext | null> {
    return (await this.contextRow(manager, viewer, eventId, false))?.context ?? null;
  }

  /** The context with the programme's sessions and availability (the organizer's grid): one statement. */
  async contextWithBoard(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    eventId: string,
  ): Promise<(MeetingContext & { board: MeetingBoard }) | null> {
    const row = await this.contextRow(manager, viewer, eventId, true);
    if (!row) return null;
    const raw = row.raw as { board_sessions: SessionJson[]; board_availability: Record<string, string[]> };
    return {
      ...row.context,
      board: { sessions: raw.board_sessions.map(sessionOf), availability: raw.board_availability },
    };
  }

  private async contextRow(
    manager: EntityManager,
    viewer: AuthenticatedUser | null,
    eventId: string,
    withBoard: boolean,
  ): Promise<{ context: MeetingContext; raw: Record<string, unknown> } | null> {
    const qb = manager
      .getRepository(Post)
      .createQueryBuilder('p')
      .select([
        'p.id',
        'p.kind',
        'p.status',
        'p.organizationId',
        'p.titleEn',
        'p.titleZh',
        'p.visibility',
        'p.eventStartsAt',
        'p.eventEndsAt',
        'p.eventTimeZone',
        'p.eventPlace',
        'p.eventOnlineUrl',
      ])
      .innerJoin('p.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh', 'o.type', 'o.status'])
      .leftJoinAndMapOne('p.meetingProgramme', MeetingProgramme, 'mp', 'mp.post_id = p.id')
      .where('p.id = :eventId', { eventId });
    if (viewer)
      qb.addSelect(
        `EXISTS (SELECT 1 FROM event_registrations vr JOIN users vu ON vu.id = vr.user_id
                  WHERE vr.post_id = p.id AND vr.status = 'confirmed' AND vu.organization_id = :viewerOrganization)`,
        'participating',
      ).setParameter('viewerOrganization', viewer.organization.id);
    if (withBoard)
      qb.addSelect(SESSIONS_JSON('p.id'), 'board_sessions').addSelect(AVAILABILITY_JSON('p.id'), 'board_availability');
    const { entities, raw } = await visiblePosts(qb, viewer).getRawAndEntities<Record<string, unknown>>();
    const event = entities[0] as MeetingEvent | undefined;
    if (!event) return null;
    event.meetingProgramme ??= null;
    const participating =
      viewer !== null &&
      raw[0]?.participating === true &&
      viewer.organization.status === 'active' &&
      // The secretariat organizes meetings and takes part in none (the policy refuses it `create`).
      viewer.ability.can('create', 'Meeting');
    return { context: { event, programme: event.meetingProgramme, participating }, raw: raw[0] ?? {} };
  }

  /** The programme row, locked: every change to an event's meetings queues behind it. */
  lockProgramme(manager: EntityManager, postId: string): Promise<MeetingProgramme | null> {
    return manager.findOne(MeetingProgramme, { where: { postId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The event's post row, locked (opening its meetings: two organizers at once open one programme). */
  async lockEvent(manager: EntityManager, postId: string): Promise<void> {
    await manager.findOne(Post, { where: { id: postId }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
  }

  sessions(manager: EntityManager, postId: string): Promise<MeetingSession[]> {
    return manager.find(MeetingSession, { where: { postId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** What the programme's page shows besides its settings, in one statement. */
  async summary(manager: EntityManager, postId: string, organizationId: string | null): Promise<ProgrammeSummary> {
    const [row] = (await manager.query(
      `SELECT (SELECT count(*) FROM (${PARTICIPANTS('$1')}) x)::int AS participants,
              (SELECT COALESCE(array_agg(a.session_id::text ORDER BY a.session_id), '{}') FROM meeting_availability a
                WHERE a.post_id = $1 AND a.organization_id = $2) AS my_availability,
              ${SESSIONS_JSON('$1')} AS sessions,
              count(*) FILTER (WHERE m.status = 'requested')::int AS requested,
              count(*) FILTER (WHERE m.status = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE m.status = 'accepted' AND m.slot_starts_at IS NOT NULL)::int AS scheduled,
              count(*) FILTER (WHERE m.status = 'declined')::int AS declined,
              count(*) FILTER (WHERE m.status = 'cancelled')::int AS cancelled
         FROM meetings m WHERE m.post_id = $1`,
      [postId, organizationId],
    )) as {
      participants: number;
      my_availability: string[];
      sessions: SessionJson[];
      requested: number;
      accepted: number;
      scheduled: number;
      declined: number;
      cancelled: number;
    }[];
    return {
      participants: row.participants,
      myAvailability: row.my_availability,
      sessions: row.sessions.map(sessionOf),
      counts: {
        requested: row.requested,
        accepted: row.accepted,
        scheduled: row.scheduled,
        declined: row.declined,
        cancelled: row.cancelled,
      },
    };
  }

  async isParticipant(manager: EntityManager, postId: string, organizationId: string): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM (${PARTICIPANTS('$1')}) x WHERE x.id = $2`, [
      postId,
      organizationId,
    ])) as unknown[];
    return rows.length > 0;
  }

  async participantIds(manager: EntityManager, postId: string): Promise<string[]> {
    const rows = (await manager.query(PARTICIPANTS('$1'), [postId])) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** The sessions each organization is available in (the scheduler's map). */
  async availability(manager: EntityManager, postId: string): Promise<Record<string, string[]>> {
    const [row] = (await manager.query(`SELECT ${AVAILABILITY_JSON('$1')} AS availability`, [postId])) as {
      availability: Record<string, string[]>;
    }[];
    return row.availability;
  }

  /** Replaces an organization's availability by `sessionIds` (sessions of the programme, checked by the caller). */
  async replaceAvailability(
    manager: EntityManager,
    postId: string,
    organizationId: string,
    sessionIds: string[],
  ): Promise<void> {
    await manager.query(
      `DELETE FROM meeting_availability WHERE post_id = $1 AND organization_id = $2 AND NOT session_id = ANY($3::uuid[])`,
      [postId, organizationId, sessionIds],
    );
    if (sessionIds.length)
      await manager.query(
        `INSERT INTO meeting_availability (session_id, organization_id, post_id)
         SELECT s, $2, $1 FROM unnest($3::uuid[]) AS s ON CONFLICT DO NOTHING`,
        [postId, organizationId, sessionIds],
      );
  }

  /** Whether the two organizations have a live meeting at the event, whoever asked (the unique index's rule). */
  async hasLivePair(manager: EntityManager, postId: string, a: string, b: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM meetings m WHERE m.post_id = $1 AND m.status IN ${LIVE}
          AND LEAST(m.requester_organization_id, m.requested_organization_id) = LEAST($2::uuid, $3::uuid)
          AND GREATEST(m.requester_organization_id, m.requested_organization_id) = GREATEST($2::uuid, $3::uuid)`,
      [postId, a, b],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Live requests the organization sent at the event. */
  async liveSent(manager: EntityManager, postId: string, organizationId: string): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM meetings m
        WHERE m.requester_organization_id = $1 AND m.post_id = $2 AND m.status IN ${LIVE}`,
      [organizationId, postId],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * The meeting with its event's programme, if `viewer` may read it: its two organizations and the
   * organizer (the event's organization, or the secretariat); null for anyone else.
   */
  meeting(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    id: string,
  ): Promise<(Meeting & { programme: MeetingProgramme & { post: Post } }) | null> {
    const qb = this.meetingRows(manager)
      .innerJoinAndSelect('m.programme', 'mp')
      .innerJoin('mp.post', 'p')
      .addSelect([
        'p.id',
        'p.organizationId',
        'p.titleEn',
        'p.titleZh',
        'p.eventStartsAt',
        'p.eventEndsAt',
        'p.eventTimeZone',
      ])
      .andWhere('m.id = :id', { id });
    if (!viewer.ability.can('readAll', 'Meeting'))
      qb.andWhere(
        `(m.requester_organization_id = :viewerOrganization OR m.requested_organization_id = :viewerOrganization
          OR p.organization_id = :viewerOrganization)`,
        { viewerOrganization: viewer.organization.id },
      );
    return qb.getOne() as Promise<(Meeting & { programme: MeetingProgramme & { post: Post } }) | null>;
  }

  lockMeeting(manager: EntityManager, id: string): Promise<Meeting | null> {
    return manager.findOne(Meeting, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A meeting as its response shows it (after a change the caller was allowed to make). */
  loaded(manager: EntityManager, id: string): Promise<Meeting> {
    return this.meetingRows(manager).andWhere('m.id = :id', { id }).getOneOrFail();
  }

  /**
   * A page of the event's meetings, newest first: those the organization received or sent, or (the
   * organizer) all of them. Each box reads one index.
   */
  requests<R>(
    postId: string,
    organizationId: string,
    query: ListMeetingRequestsQueryDto,
    map: (meeting: Meeting) => R,
  ): Promise<Paginated<R>> {
    const qb = this.meetingRows(this.dataSource.manager).andWhere('m.post_id = :postId', { postId });
    const box = query.box ?? 'received';
    if (box === 'received') qb.andWhere('m.requested_organization_id = :organizationId', { organizationId });
    if (box === 'sent') qb.andWhere('m.requester_organization_id = :organizationId', { organizationId });
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC');
    return paginate(qb, query, map);
  }

  /**
   * A page of every event's meetings, newest first, each with its event and programme (the
   * secretariat's list across events), by status and by whether placed in a slot. One statement: the
   * page is read in its order from IDX_meetings_status_created (a status given, the placement read
   * from the index too) or IDX_meetings_created.
   */
  acrossEvents<R>(query: ListOrganizerMeetingsQueryDto, map: (meeting: MeetingWithEvent) => R): Promise<Paginated<R>> {
    const qb = this.meetingRows(this.dataSource.manager)
      .innerJoinAndSelect('m.programme', 'mp')
      .innerJoin('mp.post', 'p')
      .addSelect(['p.id', 'p.organizationId', 'p.titleEn', 'p.titleZh', 'p.eventStartsAt', 'p.eventTimeZone']);
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.scheduled !== undefined)
      qb.andWhere(query.scheduled ? 'm.slot_starts_at IS NOT NULL' : 'm.slot_starts_at IS NULL');
    qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC');
    return paginate(qb, query, (row) => map(row as MeetingWithEvent));
  }

  /** The event's accepted meetings in the order they were accepted (the scheduler's order), with their sides. */
  accepted(manager: EntityManager, postId: string): Promise<Meeting[]> {
    return this.meetingRows(manager, "x.post_id = :postId AND x.status = 'accepted'")
      .andWhere("m.post_id = :postId AND m.status = 'accepted'", { postId })
      .orderBy('m.decided_at', 'ASC', 'NULLS FIRST')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  /** The accepted meetings placed in a slot (what a by-hand move or a change of sessions is checked against). */
  placed(manager: EntityManager, postId: string): Promise<Meeting[]> {
    return manager
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .where("m.post_id = :postId AND m.status = 'accepted' AND m.slot_starts_at IS NOT NULL", { postId })
      .orderBy('m.slot_starts_at', 'ASC')
      .addOrderBy('m.table_number', 'ASC')
      .getMany();
  }

  /**
   * Writes a run's placements: the meetings whose place changes are first taken out of their slots,
   * then put in their new ones, so that two swapping tables never meet in the unique index.
   */
  async applyPlacements(
    manager: EntityManager,
    changes: { id: string; sessionId: string | null; slot: string | null; table: number | null }[],
  ): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE meetings SET session_id = NULL, slot_starts_at = NULL, table_number = NULL, placed_by_hand = false,
                           updated_at = now(), version = version + 1
        WHERE id = ANY($1::uuid[])`,
      [changes.map((c) => c.id)],
    );
    const placed = changes.filter((c) => c.slot !== null);
    if (placed.length === 0) return;
    await manager.query(
      `UPDATE meetings m SET session_id = x.session_id, slot_starts_at = x.slot, table_number = x.table_number
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::int[]) AS x(id, session_id, slot, table_number)
        WHERE m.id = x.id`,
      [placed.map((c) => c.id), placed.map((c) => c.sessionId), placed.map((c) => c.slot), placed.map((c) => c.table)],
    );
  }

  /**
   * A page of the event's participants in name order (but `reader`, the reader's own organization),
   * filtered, with their published figures; for a participating reader also the live meeting between
   * the two, its own figures and the open projects of both sides that their fit is scored on (the
   * organizations' ids gathered first and the projects read through their organization's index: an
   * OR of the reader and the page has PostgreSQL scan every project), those two on the first row only
   * (on every row they were megabytes of JSON for the API to parse). One statement (a page past the
   * end counts again).
   */
  async participants(
    postId: string,
    reader: string | null,
    query: ListMeetingParticipantsQueryDto,
  ): Promise<{ rows: ParticipantRow[]; total: number; reader: MatchOrganization | null; projects: MatchProject[] }> {
    const q = query.q?.trim() ? `%${escapeLike(query.q.trim())}%` : null;
    const offset = (query.page - 1) * query.limit;
    const hit = `
      hit AS (
        SELECT ${FIGURE_COLUMNS}, o.description_en, o.description_zh
          FROM (${PARTICIPANTS('$1')}) part JOIN organizations o ON o.id = part.id ${FIGURES}
         WHERE o.id IS DISTINCT FROM $2::uuid
           AND ($3::text IS NULL OR o.name_en ILIKE $3 OR o.name_zh ILIKE $3)
           AND ($4::text IS NULL OR $4 = ANY(sx.sectors))
           AND ($5::text IS NULL OR o.country = $5 OR $5 = ANY(pk.countries)))`;
    const filters = [postId, reader, q, query.sector ?? null, query.country ?? null];
    const rows = (await this.dataSource.query(
      `WITH ${hit},
       page AS (
         SELECT hit.*, (SELECT count(*) FROM hit)::int AS total FROM hit
          ORDER BY COALESCE(hit.name_en, hit.name_zh), hit.id
          LIMIT ${Math.trunc(query.limit)} OFFSET ${Math.trunc(offset)}),
       reader AS (SELECT ${FIGURE_COLUMNS} FROM organizations o ${FIGURES} WHERE o.id = $2::uuid)
       SELECT page.*, m.id AS meeting_id, m.status::text AS meeting_status,
              (m.requester_organization_id = $2::uuid) AS meeting_sent,
              CASE WHEN row_number() OVER byName = 1 THEN (SELECT row_to_json(reader) FROM reader) END AS reader_figures,
              CASE WHEN row_number() OVER byName = 1 THEN
                (SELECT COALESCE(json_agg(json_build_object('id', cp.id, 'organizationId', cp.organization_id,
                          'kind', cp.kind, 'sectors', cp.sectors, 'country', cp.country, 'sizeUsd', cp.size_usd::text,
                          'publishedAt', cp.published_at) ORDER BY cp.id), '[]')
                   FROM cooperation_projects cp
                  WHERE $2::uuid IS NOT NULL AND cp.status IN ('open', 'in_talks')
                    AND cp.organization_id = ANY(ARRAY(SELECT id FROM page UNION ALL SELECT $2::uuid))) END AS projects
         FROM page LEFT JOIN meetings m ON $2::uuid IS NOT NULL AND m.post_id = $1 AND m.status IN ${LIVE}
              AND LEAST(m.requester_organization_id, m.requested_organization_id) = LEAST(page.id, $2::uuid)
              AND GREATEST(m.requester_organization_id, m.requested_organization_id) = GREATEST(page.id, $2::uuid)
       WINDOW byName AS (ORDER BY COALESCE(page.name_en, page.name_zh), page.id)
        ORDER BY COALESCE(page.name_en, page.name_zh), page.id`,
      filters,
    )) as (ParticipantRow & { reader_figures: OrganizationRow | null; projects: MatchProject[] | null })[];
    const first = rows[0];
    const figures = {
      reader: first?.reader_figures ? candidateOf(first.reader_figures).figures : null,
      projects: first?.projects ?? [],
    };
    if (first || offset === 0) return { rows, total: first?.total ?? 0, ...figures };
    // A page past the end has no row to carry the total.
    const [count] = (await this.dataSource.query(`WITH ${hit} SELECT count(*)::int AS total FROM hit`, filters)) as {
      total: number;
    }[];
    return { rows, total: count.total, ...figures };
  }

  /**
   * An organization with its placed meetings at the event in time order, each with the other side
   * (none when `withItems` is false: an agenda not yet published), in one statement; null when there
   * is no such organization.
   */
  async agenda(postId: string, organizationId: string, withItems: boolean): Promise<AgendaRows | null> {
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.name_en, o.name_zh, o.type::text AS type,
              COALESCE((SELECT json_agg(json_build_object('meetingId', m.id, 'startsAt', m.slot_starts_at,
                                 'table', m.table_number, 'counterpart', json_build_object('id', c.id,
                                 'nameEn', c.name_en, 'nameZh', c.name_zh, 'type', c.type))
                                 ORDER BY m.slot_starts_at, m.id)
                          FROM meetings m
                          JOIN organizations c ON c.id = CASE WHEN m.requester_organization_id = o.id
                                                              THEN m.requested_organization_id
                                                              ELSE m.requester_organization_id END
                         WHERE $3::boolean AND m.post_id = $1 AND m.status = 'accepted' AND m.slot_starts_at IS NOT NULL
                           AND (m.requester_organization_id = o.id OR m.requested_organization_id = o.id)), '[]') AS items
         FROM organizations o WHERE o.id = $2`,
      [postId, organizationId, withItems],
    )) as {
      id: string;
      name_en: string | null;
      name_zh: string | null;
      type: OrganizationType;
      items: (Omit<AgendaRows['items'][number], 'startsAt'> & { startsAt: string })[];
    }[];
    const row = rows[0];
    if (!row) return null;
    return {
      organization: { id: row.id, nameEn: row.name_en, nameZh: row.name_zh, type: row.type },
      items: row.items.map((item) => ({ ...item, startsAt: new Date(item.startsAt) })),
    };
  }

  /** Programmes open or published whose event has ended, locked for the job that closes them. */
  lockEnded(manager: EntityManager): Promise<MeetingProgramme[]> {
    return manager
      .getRepository(MeetingProgramme)
      .createQueryBuilder('mp')
      .innerJoin('mp.post', 'p')
      .addSelect(['p.id', 'p.organizationId'])
      .where("mp.status IN ('open', 'published') AND p.event_ends_at <= now()")
      .setLock('pessimistic_write', undefined, ['mp'])
      .getMany();
  }

  /**
   * Meetings with their two organizations and the user who asked. `many`, the condition (on alias `x`)
   * of a long list of meetings, has the askers gathered first and read by primary key: joined to a
   * thousand meetings, PostgreSQL hashes every user.
   */
  private meetingRows(manager: EntityManager, many?: string): SelectQueryBuilder<Meeting> {
    return manager
      .getRepository(Meeting)
      .createQueryBuilder('m')
      .innerJoin('m.requesterOrganization', 'ro')
      .addSelect(['ro.id', 'ro.nameEn', 'ro.nameZh', 'ro.type'])
      .innerJoin('m.requestedOrganization', 'qo')
      .addSelect(['qo.id', 'qo.nameEn', 'qo.nameZh', 'qo.type'])
      .leftJoin(
        'm.requestedBy',
        'rb',
        many ? `rb.id = ANY(ARRAY(SELECT x.requested_by_user_id FROM meetings x WHERE ${many}))` : undefined,
      )
      .addSelect(['rb.id', 'rb.displayName']);
  }
}
