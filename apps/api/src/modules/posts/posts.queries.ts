import { Injectable } from '@nestjs/common';
import { POST_TRANSITIONS } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { ListPostsQueryDto } from './dto/post.dto';
import { Post } from './entities/post.entity';
import { searchCondition } from './post-search';
import { visiblePosts } from './visible-posts';

/** The order of a feed: pinned first, then newest; the id settles ties so cursors never skip a post. */
const SORT_AT = 'COALESCE(p.published_at, p.created_at)';

/**
 * What a list shows of a post (PostSummaryResponse): never its bodies, and only the names of its
 * organization, author and park. A page of 20 posts read 60 columns with every body in both
 * languages and Markdown and HTML, to show excerpts.
 */
export function selectSummary(qb: SelectQueryBuilder<Post>): SelectQueryBuilder<Post> {
  return qb
    .select([
      'p.id',
      'p.kind',
      'p.organizationId',
      'p.titleEn',
      'p.titleZh',
      'p.excerptEn',
      'p.excerptZh',
      'p.countries',
      'p.sectors',
      'p.tags',
      'p.visibility',
      'p.status',
      'p.pinned',
      'p.expiresAt',
      'p.publishedAt',
      'p.createdAt',
      'p.updatedAt',
      'p.eventStartsAt',
      'p.eventEndsAt',
      'p.eventTimeZone',
    ])
    .innerJoin('p.organization', 'o')
    .addSelect(['o.id', 'o.nameEn', 'o.nameZh'])
    .leftJoin('p.author', 'a')
    .addSelect(['a.id', 'a.displayName'])
    .leftJoin('p.park', 'pk')
    .addSelect(['pk.id', 'pk.nameEn', 'pk.nameZh']);
}

/** Where a page of the feed starts: after this post. */
export interface FeedCursor {
  pinned: boolean;
  at: string;
  id: string;
}

/** The SQL of posts: the feed as each reader may see it, one post with what it shows, the expired notices. */
@Injectable()
export class PostsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Up to `limit` posts of the feed after `cursor`, in feed order, as the list shows them (selectSummary). */
  feed(
    viewer: AuthenticatedUser | null,
    query: ListPostsQueryDto,
    cursor: FeedCursor | null,
    limit: number,
  ): Promise<Post[]> {
    const qb = visiblePosts(selectSummary(this.dataSource.getRepository(Post).createQueryBuilder('p')), viewer);
    qb.andWhere('p.status = :status', { status: query.status ?? 'published' });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.country) qb.andWhere(':country = ANY(p.countries)', { country: query.country });
    if (query.sector) qb.andWhere(':sector = ANY(p.sectors)', { sector: query.sector });
    if (query.organizationId) qb.andWhere('p.organizationId = :org', { org: query.organizationId });
    if (query.from) qb.andWhere(`${SORT_AT} >= :from::date`, { from: query.from });
    if (query.to) qb.andWhere(`${SORT_AT} < (:to::date + 1)`, { to: query.to });
    if (query.q?.trim()) searchCondition(qb, query.q.trim());
    if (cursor) {
      qb.andWhere(`(p.pinned::int, ${SORT_AT}, p.id) < (:cPinned, :cAt::timestamptz, :cId::uuid)`, {
        cPinned: cursor.pinned ? 1 : 0,
        cAt: cursor.at,
        cId: cursor.id,
      });
    }
    return qb.orderBy('p.pinned', 'DESC').addOrderBy(SORT_AT, 'DESC').addOrderBy('p.id', 'DESC').limit(limit).getMany();
  }

  /** The post if `viewer` may read it, with its organization, author and park. */
  visibleOne(viewer: AuthenticatedUser | null, id: string): Promise<Post | null> {
    return this.visible(viewer).andWhere('p.id = :id', { id }).getOne();
  }

  /** The post alone (no relations) if `viewer` may read it, in the caller's transaction. */
  visibleBare(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<Post | null> {
    const qb = manager.getRepository(Post).createQueryBuilder('p').innerJoin('p.organization', 'o');
    return visiblePosts(qb.where('p.id = :id', { id }), viewer).getOne();
  }

  /** The post with its organization, author and park (after a change the caller was allowed to make). */
  loaded(manager: EntityManager, id: string): Promise<Post> {
    return this.withRelations(manager).where('p.id = :id', { id }).getOneOrFail();
  }

  /** Published notices whose expiry has passed, locked for the job that archives them. */
  lockExpired(manager: EntityManager): Promise<Post[]> {
    return manager
      .getRepository(Post)
      .createQueryBuilder('p')
      .where('p.status IN (:...from) AND p.expires_at <= now()', { from: [...POST_TRANSITIONS.expire.from] })
      .setLock('pessimistic_write')
      .getMany();
  }

  private visible(viewer: AuthenticatedUser | null): SelectQueryBuilder<Post> {
    return visiblePosts(this.withRelations(this.dataSource.manager), viewer);
  }

  private withRelations(manager: EntityManager): SelectQueryBuilder<Post> {
    return manager
      .getRepository(Post)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.organization', 'o')
      .leftJoinAndSelect('p.author', 'a')
      .leftJoinAndSelect('p.park', 'pk');
  }
}
