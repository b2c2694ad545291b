import type { SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import type { Post } from './entities/post.entity';

/**
 * Who reads what: visitors read published public posts of active members; signed-in members
 * also members-only ones, and every post of their own organization but removed ones; the
 * secretariat reads everything. Expired notices are gone even before the timer archives them.
 */
export function visiblePosts<T extends Post>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
): SelectQueryBuilder<T> {
  if (viewer?.ability.can('readAll', 'Post')) return qb;
  const live = "p.status = 'published' AND o.status = 'active' AND (p.expires_at IS NULL OR p.expires_at > now())";
  if (!viewer) return qb.andWhere(`${live} AND p.visibility = 'public'`);
  return qb.andWhere(`((${live}) OR (p.organization_id = :viewerOrg AND p.status <> 'removed'))`, {
    viewerOrg: viewer.organization.id,
  });
}
