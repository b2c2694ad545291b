import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { Organization } from '../organizations/entities/organization.entity';
import { visibleOrganizations } from '../organizations/organizations.queries';
import { Park } from '../parks/entities/park.entity';
import { Post } from '../posts/entities/post.entity';
import { RANK, searchCondition } from '../posts/post-search';
import { selectSummary } from '../posts/posts.queries';
import { visiblePosts } from '../posts/visible-posts';

/** How many of the newest matching posts a search ranks. */
const CANDIDATES = 200;

/** Words of a query matched one by one in names and descriptions (more are ignored). */
const MAX_WORDS = 8;

/** A record that matched, with its rank as the database computed it. */
export interface Ranked<T> {
  record: T;
  rank: string | number | undefined;
}

/**
 * The SQL of the search box: each kind of record matched and ranked in the database, and scoped
 * to what the reader may see (published posts they may read; parks and organizations of the directory).
 */
@Injectable()
export class SearchQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Published posts the viewer may read, by full-text rank, then the newest: ranked among the
   * newest matches (CANDIDATES of them). A word common to half the posts matched 50,000 of them on
   * the benchmark's data, and ranking every one took a second; the newest matches come in date
   * order from an index, so the cost no longer grows with the number of posts.
   */
  async posts(viewer: AuthenticatedUser | null, text: string, limit: number): Promise<Ranked<Post>[]> {
    const candidates = searchCondition(
      visiblePosts(
        this.dataSource.getRepository(Post).createQueryBuilder('p').select('p.id').innerJoin('p.organization', 'o'),
        viewer,
      ).andWhere("p.status = 'published'"),
      text,
    )
      .orderBy('p.published_at', 'DESC')
      .limit(CANDIDATES);
    // The candidates' parameters include the query's text, which the rank reads too.
    const qb = selectSummary(this.dataSource.getRepository(Post).createQueryBuilder('p'))
      .where(`p.id IN (${candidates.getQuery()})`)
      .setParameters(candidates.getParameters())
      .addSelect(RANK, 'rank')
      .orderBy('rank', 'DESC')
      .addOrderBy('p.published_at', 'DESC')
      .limit(limit);
    return ranked(await qb.getRawAndEntities<{ rank: string | number }>());
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
