import { Inject, Injectable } from '@nestjs/common';
import type { Paginated, SimilarOrganizationDto } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { DatabaseHandle } from '../../common/database/database';
import { DATABASE_HANDLE } from '../../common/database/database.module';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import type { ListApplicationsQueryDto } from './dto/membership-application.dto';
import { MembershipApplication } from './entities/membership-application.entity';

/** At most this many look-alike organizations per application, at least this similar (0–1). */
const MAX_SIMILAR = 5;
const SIMILARITY_THRESHOLD = 0.5;

/**
 * The same scores as the function similar_organizations, computed for every organization: the embedded
 * PGlite (0.5) lost its session rows after the function ran in the process that had just migrated and
 * seeded the database (its settings of the trigram thresholds and the planner, a function's own), and
 * a development database holds a few organizations, where scoring them all costs nothing.
 */
const SCORE_EVERY_ORGANIZATION = `SELECT a.id AS application_id, s.id, s.name_en, s.name_zh, s.score
   FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS a(id, name_en, name_zh, organization_id)
   CROSS JOIN LATERAL (
     SELECT id, name_en, name_zh, score FROM (
       SELECT o.id, o.name_en, o.name_zh, GREATEST(
         COALESCE(similarity(o.name_en, a.name_en), 0),
         COALESCE(word_similarity(a.name_en, o.name_en), 0),
         COALESCE(similarity(o.name_zh, a.name_zh), 0),
         COALESCE(word_similarity(a.name_zh, o.name_zh), 0)
       ) AS score
       FROM organizations o
       WHERE o.id IS DISTINCT FROM a.organization_id
     ) scored
     WHERE score >= ${SIMILARITY_THRESHOLD}
     ORDER BY score DESC, id
     LIMIT $5
   ) s
  ORDER BY a.id, s.score DESC, s.id`;

/** The SQL of membership applications: the queue, the look-alike names, the per-address window. */
@Injectable()
export class MembershipQueries {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_HANDLE) private readonly database: DatabaseHandle,
  ) {}

  /** The sequence number the next application would get (answered to a bot, never used). */
  async nextSequence(): Promise<string> {
    const [{ next }] = (await this.dataSource.query(
      `SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END AS next FROM membership_application_reference_seq`,
    )) as { next: string }[];
    return String(next);
  }

  /** The next number of the applications' reference sequence, taken. */
  async takeSequence(manager: EntityManager): Promise<string> {
    const [{ n }] = (await manager.query(`SELECT nextval('membership_application_reference_seq') AS n`)) as {
      n: string;
    }[];
    return String(n);
  }

  /** The queue is worked oldest first; decided applications newest first. */
  page(query: ListApplicationsQueryDto): Promise<Paginated<MembershipApplication>> {
    const qb = this.dataSource.getRepository(MembershipApplication).createQueryBuilder('a');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.type) qb.andWhere('a.type = :type', { type: query.type });
    if (query.q) {
      qb.andWhere('(a.reference ILIKE :q OR a.nameEn ILIKE :q OR a.nameZh ILIKE :q OR a.contactEmail ILIKE :q)', {
        q: `%${escapeLike(query.q.trim())}%`,
      });
    }
    qb.orderBy("CASE WHEN a.status = 'pending' THEN 0 ELSE 1 END", 'ASC')
      .addOrderBy("CASE WHEN a.status = 'pending' THEN a.createdAt END", 'ASC')
      .addOrderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'ASC');
    return paginate(qb, query, (a) => a);
  }

  /** Existing organizations whose English or Chinese name resembles the applicant's (trigram similarity). */
  async similar(manager: EntityManager, application: MembershipApplication): Promise<SimilarOrganizationDto[]> {
    return (await this.similarToEach(manager, [application])).get(application.id) ?? [];
  }

  /** `similar` for several applications in one statement, by application id. */
  async similarToEach(
    manager: EntityManager,
    applications: MembershipApplication[],
  ): Promise<Map<string, SimilarOrganizationDto[]>> {
    const named = applications.filter((a) => a.nameEn || a.nameZh);
    const found = new Map<string, SimilarOrganizationDto[]>(applications.map((a) => [a.id, []]));
    if (named.length === 0) return found;
    // On a server, the function (migration SimilarOrganizations) finds candidates through the trigram indexes.
    const rows = (await manager.query(
      this.database.driver === 'pglite'
        ? SCORE_EVERY_ORGANIZATION
        : `SELECT application_id, id, name_en, name_zh, score
             FROM similar_organizations($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5)`,
      [
        named.map((a) => a.id),
        named.map((a) => a.nameEn),
        named.map((a) => a.nameZh),
        named.map((a) => a.organizationId),
        MAX_SIMILAR,
      ],
    )) as {
      application_id: string;
      id: string;
      name_en: string | null;
      name_zh: string | null;
      score: number | string;
    }[];
    for (const r of rows)
      found.get(r.application_id)?.push({
        id: r.id,
        nameEn: r.name_en,
        nameZh: r.name_zh,
        similarity: Math.round(Number(r.score) * 100) / 100,
      });
    return found;
  }

  /**
   * The applications from an address within the window, after taking a transaction-scoped advisory
   * lock per address, so simultaneous submissions count one by one.
   */
  async lockAndCountFromAddress(
    manager: EntityManager,
    ip: string,
    since: Date,
  ): Promise<{ count: number; oldest: Date | string | null }> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`membership-application:${ip}`]);
    const row = await manager
      .getRepository(MembershipApplication)
      .createQueryBuilder('a')
      .select('COUNT(*)', 'count')
      .addSelect('MIN(a.createdAt)', 'oldest')
      .where('a.submittedIp = :ip', { ip: ip.slice(0, 64) })
      .andWhere('a.createdAt > :since', { since })
      .getRawOne<{ count: string; oldest: Date | string | null }>();
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
  }
}
