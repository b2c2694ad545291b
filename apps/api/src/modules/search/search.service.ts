import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { SearchQueryDto, SearchResponse } from '../posts/dto/post.dto';
import { Post } from '../posts/entities/post.entity';
import { RANK, searchCondition } from '../posts/post-search';
import { visiblePosts } from '../posts/visible-posts';

/**
 * One search box across the portal's records, ranked, in either language. Posts today; the
 * other platforms add their records here as they arrive. Only published records the reader may see.
 */
@Injectable()
export class SearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(viewer: AuthenticatedUser | null, query: SearchQueryDto): Promise<SearchResponse> {
    const qb = this.dataSource.getRepository(Post).createQueryBuilder('p').innerJoinAndSelect('p.organization', 'o');
    visiblePosts(qb, viewer).andWhere("p.status = 'published'");
    searchCondition(qb, query.q).addSelect(RANK, 'rank').orderBy('rank', 'DESC').addOrderBy('p.published_at', 'DESC').limit(query.limit);
    const { entities, raw } = await qb.getRawAndEntities<{ rank: string | number }>();
    return {
      items: entities.map((p, i) => ({
        type: 'post' as const,
        id: p.id,
        titleEn: p.titleEn,
        titleZh: p.titleZh,
        excerptEn: p.excerptEn,
        excerptZh: p.excerptZh,
        kind: p.kind,
        organization: { id: p.organizationId, nameEn: p.organization?.nameEn ?? null, nameZh: p.organization?.nameZh ?? null },
        publishedAt: p.publishedAt?.toISOString() ?? null,
        rank: Math.round(Number(raw[i]?.rank ?? 0) * 1000) / 1000,
      })),
    };
  }
}
