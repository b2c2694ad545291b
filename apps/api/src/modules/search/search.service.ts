import { Injectable } from '@nestjs/common';
import type { SearchResultDto } from '@alliance/contracts';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { Organization } from '../organizations/entities/organization.entity';
import { visibleOrganizations } from '../organizations/organizations.service';
import { Park } from '../parks/entities/park.entity';
import { Post } from '../posts/entities/post.entity';
import { RANK, searchCondition } from '../posts/post-search';
import { visiblePosts } from '../posts/visible-posts';
import type { SearchQueryDto } from './search.dto';

/** The longest excerpt of a description a hit carries. */
const EXCERPT_LENGTH = 240;
/** Words of a query matched one by one in names and descriptions (more are ignored). */
const MAX_WORDS = 8;

const round = (rank: unknown) => Math.round(Number(rank ?? 0) * 1000) / 1000;
const excerpt = (text: string | null) =>
  text && text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;

/**
 * One search box across the portal's records, ranked, in either language: posts (full text),
 * parks and organizations (by name, city and description); the other platforms add their
 * records here as they arrive. Only what the reader may see: published posts they may read,
 * parks and organizations of the directory (active members, plus the reader's own).
 */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<{ items: SearchResultDto[] }> {
    const [posts, parks, organizations] = [
      await this.posts(viewer, query),
      await this.parks(viewer, query),
      await this.organizations(viewer, query),
    ];
    const items = [...posts, ...parks, ...organizations].sort((a, b) => b.rank - a.rank).slice(0, query.limit);
    return { items };
  }

  private async posts(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResultDto[]> {
    const qb = this.dataSource.getRepository(Post).createQueryBuilder('p').innerJoinAndSelect('p.organization', 'o');
    visiblePosts(qb, viewer).andWhere("p.status = 'published'");
    searchCondition(qb, query.q)
      .addSelect(RANK, 'rank')
      .orderBy('rank', 'DESC')
      .addOrderBy('p.published_at', 'DESC')
      .limit(query.limit);
    const { entities, raw } = await qb.getRawAndEntities<{ rank: string | number }>();
    return entities.map((p, i) => ({
      type: 'post' as const,
      id: p.id,
      titleEn: p.titleEn,
      titleZh: p.titleZh,
      excerptEn: p.excerptEn,
      excerptZh: p.excerptZh,
      kind: p.kind,
      country: null,
      organization: {
        id: p.organizationId,
        nameEn: p.organization?.nameEn ?? null,
        nameZh: p.organization?.nameZh ?? null,
      },
      publishedAt: p.publishedAt?.toISOString() ?? null,
      rank: round(raw[i]?.rank),
    }));
  }

  private async parks(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResultDto[]> {
    const qb = visibleOrganizations(
      this.dataSource.getRepository(Park).createQueryBuilder('p').innerJoinAndSelect('p.organization', 'o'),
      viewer,
    );
    matchWords(qb, query.q, ['p.name_en', 'p.name_zh'], ['p.city', 'p.description_en', 'p.description_zh']);
    const { entities, raw } = await qb
      .orderBy('rank', 'DESC')
      .addOrderBy('p.name_en', 'ASC')
      .limit(query.limit)
      .getRawAndEntities<{ rank: string }>();
    return entities.map((p, i) => ({
      type: 'park' as const,
      id: p.id,
      titleEn: p.nameEn,
      titleZh: p.nameZh,
      excerptEn: excerpt(p.descriptionEn),
      excerptZh: excerpt(p.descriptionZh),
      kind: p.status,
      country: p.country,
      organization: {
        id: p.organizationId,
        nameEn: p.organization?.nameEn ?? null,
        nameZh: p.organization?.nameZh ?? null,
      },
      publishedAt: null,
      rank: round(raw[i]?.rank),
    }));
  }

  private async organizations(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResultDto[]> {
    const qb = visibleOrganizations(this.dataSource.getRepository(Organization).createQueryBuilder('o'), viewer);
    matchWords(qb, query.q, ['o.name_en', 'o.name_zh'], ['o.description_en', 'o.description_zh']);
    const { entities, raw } = await qb
      .orderBy('rank', 'DESC')
      .addOrderBy('o.name_en', 'ASC')
      .limit(query.limit)
      .getRawAndEntities<{ rank: string }>();
    return entities.map((o, i) => ({
      type: 'organization' as const,
      id: o.id,
      titleEn: o.nameEn,
      titleZh: o.nameZh,
      excerptEn: excerpt(o.descriptionEn),
      excerptZh: excerpt(o.descriptionZh),
      kind: o.type,
      country: o.country,
      organization: null,
      publishedAt: null,
      rank: round(raw[i]?.rank),
    }));
  }
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
