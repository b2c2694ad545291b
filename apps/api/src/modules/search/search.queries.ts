import { Injectable } from '@nestjs/common';
import { agreementTitleWords, visibleAgreements } from '../agreements/agreements.queries';
import { PartnerAgreement } from '../agreements/entities/partner-agreement.entity';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { CooperationProject } from '../cooperation/entities/cooperation-project.entity';
import { publishedProjects, titleWords } from '../cooperation/projects/cooperation-projects.queries';
import { Organization } from '../organizations/entities/organization.entity';
import { visibleOrganizations } from '../organizations/organizations.queries';
import { Park } from '../parks/entities/park.entity';
import { Post } from '../posts/entities/post.entity';
import { PolicyBrief } from '../policy-briefs/entities/policy-brief.entity';
import { publishedBriefs } from '../policy-briefs/policy-briefs.queries';
import { rankOf, searchCondition } from '../posts/post-search';
import { visiblePosts } from '../posts/visible-posts';

/** How many of the newest matching posts (and briefs) a search ranks. */
const CANDIDATES = 200;

/** Words of a query matched one by one in names and descriptions (more are ignored). */
const MAX_WORDS = 8;

/** A post, a policy brief or a cooperation project that matched, as the search's one statement returns it. */
export interface DocumentHit {
  type: 'post' | 'policy_brief' | 'cooperation_project' | 'partner_agreement';
  id: string;
  title_en: string | null;
  title_zh: string | null;
  excerpt_en: string | null;
  excerpt_zh: string | null;
  kind: string;
  country: string | null;
  organization_id: string | null;
  organization_name_en: string | null;
  organization_name_zh: string | null;
  published_at: Date | null;
  rank: string | number;
}

/** A record that matched, with its rank as the database computed it. */
export interface Ranked<T> {
  record: T;
  rank: string | number | undefined;
}

/**
 * The SQL of the search box: each kind of record matched and ranked in the database, and scoped
 * to what the reader may see (published posts and briefs they may read; parks and organizations of the directory).
 */
@Injectable()
export class SearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Published posts, policy briefs and cooperation projects the viewer may read, by rank, then the
   * newest, in one statement (a UNION of the three): each kind is ranked among its newest matches (CANDIDATES of
   * them). A word common to half the posts matched 50,000 of them on the benchmark's data, and
   * ranking every one took a second; the newest matches come in date order from an index, so the
   * cost no longer grows with the number of records.
   */
  async documents(viewer: AuthenticatedUser | null, text: string, limit: number): Promise<DocumentHit[]> {
    const postIds = searchCondition(
      visiblePosts(
        this.dataSource.getRepository(Post).createQueryBuilder('p').select('p.id').innerJoin('p.organization', 'o'),
        viewer,
      ).andWhere("p.status = 'published'"),
      text,
    )
      .orderBy('p.published_at', 'DESC')
      .limit(CANDIDATES);
    const briefIds = searchCondition(
      publishedBriefs(
        this.dataSource
          .getRepository(PolicyBrief)
          .createQueryBuilder('b')
          .select('b.id')
          .innerJoin('b.organization', 'bo'),
        viewer,
        'b',
        'bo',
      ),
      text,
      'b',
    )
      .orderBy('b.published_at', 'DESC')
      .limit(CANDIDATES);
    // Published cooperation projects whose title holds every word, the newest first: all rank alike, so
    // the newest `limit` are the branch's answer (more candidates made PostgreSQL read the whole table
    // to join them back).
    const projectIds = titleWords(
      publishedProjects(
        this.dataSource
          .getRepository(CooperationProject)
          .createQueryBuilder('c')
          .select('c.id')
          .innerJoin('c.organization', 'co'),
        viewer,
        'c',
        'co',
      ),
      text,
      'c',
    )
      .orderBy('c.published_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit);
    // Each branch ranks its candidates (whose parameters include the query's text, which the rank reads too).
    const posts = `SELECT 'post' AS type, p.id, p.title_en, p.title_zh, p.excerpt_en, p.excerpt_zh, p.kind::text AS kind,
        NULL::text AS country, p.organization_id, o.name_en AS organization_name_en, o.name_zh AS organization_name_zh,
        p.published_at, ${rankOf('p')} AS rank
      FROM posts p JOIN organizations o ON o.id = p.organization_id
      WHERE p.id IN (${postIds.getQuery()}) ORDER BY rank DESC, p.published_at DESC LIMIT :limit`;
    const briefs = `SELECT 'policy_brief' AS type, b.id, b.title_en, b.title_zh, b.summary_en, b.summary_zh, 'policy_brief',
        b.countries[1], b.organization_id, bo.name_en, bo.name_zh, b.published_at, ${rankOf('b')}
      FROM policy_briefs b JOIN organizations bo ON bo.id = b.organization_id
      WHERE b.id IN (${briefIds.getQuery()}) ORDER BY 13 DESC, b.published_at DESC LIMIT :limit`;
    // A project matched by its title, every word of it: ranked as a title hit.
    const projects = `SELECT 'cooperation_project', c.id, c.title_en, c.title_zh, c.summary_en, c.summary_zh, c.kind::text,
        c.country::text, c.organization_id, co.name_en, co.name_zh, c.published_at, 1::double precision
      FROM cooperation_projects c JOIN organizations co ON co.id = c.organization_id
      WHERE c.id IN (${projectIds.getQuery()}) ORDER BY c.published_at DESC, c.id DESC LIMIT :limit`;
    // Partner agreements the reader may read whose title holds every word (visitors: the active ones),
    // the latest signed first, named with their first counterparty: ranked as a title hit.
    const agreementIds = agreementTitleWords(
      visibleAgreements(
        this.dataSource.getRepository(PartnerAgreement).createQueryBuilder('a').select('a.id'),
        viewer,
        'a',
      ),
      text,
      'a',
    )
      .orderBy('a.signed_on', 'DESC', 'NULLS LAST')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    const agreements = `SELECT 'partner_agreement', a.id, a.title_en, a.title_zh, a.summary_en, a.summary_zh, a.kind::text,
        NULL::text, ao.id, ao.name_en, ao.name_zh, a.signed_on::timestamptz, 1::double precision
      FROM partner_agreements a
      LEFT JOIN LATERAL (SELECT o.id, o.name_en, o.name_zh FROM partner_agreement_counterparties pc
        JOIN organizations o ON o.id = pc.organization_id WHERE pc.agreement_id = a.id ORDER BY pc.position LIMIT 1) ao ON true
      WHERE a.id IN (${agreementIds.getQuery()}) ORDER BY a.signed_on DESC NULLS LAST, a.id DESC LIMIT :limit`;
    return this.dataSource
      .createQueryBuilder()
      .select('hits.*')
      .from(`((${posts}) UNION ALL (${briefs}) UNION ALL (${projects}) UNION ALL (${agreements}))`, 'hits')
      .setParameters({
        ...postIds.getParameters(),
        ...briefIds.getParameters(),
        ...projectIds.getParameters(),
        ...agreementIds.getParameters(),
        limit,
      })
      .getRawMany<DocumentHit>();
  }

  /** Parks of the directory whose name, city or description holds every word. */
  async parks(viewer: AuthenticatedUser | null, text: string, limit: number): Promise<Ranked<Park>[]> {
    const qb = visibleOrganizations(
      this.dataSource
        .getRepository(Park)
        .createQueryBuilder('p')
        .select(['p.id', 'p.organizationId', 'p.nameEn', 'p.nameZh', 'p.descriptionEn', 'p.descriptionZh'])
        .addSelect(['p.status', 'p.country'])
        .innerJoin('p.organization', 'o')
        .addSelect(['o.id', 'o.nameEn', 'o.nameZh']),
      viewer,
    );
    matchWords(qb, text, ['p.name_en', 'p.name_zh'], ['p.city', 'p.description_en', 'p.description_zh']);
    qb.orderBy('rank', 'DESC').addOrderBy('p.name_en', 'ASC').limit(limit);
    return ranked(await qb.getRawAndEntities<{ rank: string }>());
  }

  /** Organizations of the directory whose name or description holds every word. */
  async organizations(viewer: AuthenticatedUser | null, text: string, limit: number): Promise<Ranked<Organization>[]> {
    const qb = visibleOrganizations(
      this.dataSource
        .getRepository(Organization)
        .createQueryBuilder('o')
        .select(['o.id', 'o.nameEn', 'o.nameZh', 'o.descriptionEn', 'o.descriptionZh', 'o.type', 'o.country']),
      viewer,
    );
    matchWords(qb, text, ['o.name_en', 'o.name_zh'], ['o.description_en', 'o.description_zh']);
    qb.orderBy('rank', 'DESC').addOrderBy('o.name_en', 'ASC').limit(limit);
    return ranked(await qb.getRawAndEntities<{ rank: string }>());
  }
}

function ranked<T>({ entities, raw }: { entities: T[]; raw: { rank: string | number }[] }): Ranked<T>[] {
  return entities.map((record, i) => ({ record, rank: raw[i]?.rank }));
}

/**
 * Every word of the query (a Chinese query is one run of characters) in the record's names or
 * other text, in either language; ranked like a post: 1 when every word is in a name, else 0.3.
 */
function matchWords<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  text: string,
  names: string[],
  others: string[],
): void {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const inAny = (columns: string[], param: string) => `(${columns.map((c) => `${c} ILIKE :${param}`).join(' OR ')})`;
  const params: Record<string, string> = {};
  words.forEach((word, i) => (params[`searchWord${i}`] = `%${escapeLike(word)}%`));
  const all = (columns: string[]) => words.map((_, i) => inAny(columns, `searchWord${i}`)).join(' AND ');
  qb.andWhere(`(${all([...names, ...others])})`, params).addSelect(
    `CASE WHEN ${all(names)} THEN 1 ELSE 0.3 END`,
    'rank',
  );
}
