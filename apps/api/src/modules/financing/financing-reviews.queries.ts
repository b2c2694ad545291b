import { Injectable } from '@nestjs/common';
import {
  FINANCING_OFFER_TRANSITIONS,
  FINANCING_REVIEW_OPEN,
  type FinancingOfferTransition,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { notFound } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { scopeQuery } from '../../common/policy/scope';
import type { QueueQueryDto } from './dto/financing-request.dto';
import { FinancingDeclaration } from './entities/financing-declaration.entity';
import { FinancingOffer } from './entities/financing-offer.entity';
import type { FinancingRequest } from './entities/financing-request.entity';
import { FinancingReview } from './entities/financing-review.entity';
import { filterRequests, filterStatus, FinancingRequestsQueries } from './financing-requests.queries';
import { overdueCutoff } from './financing-views';

/** Statuses in which the institution still owes an answer (a review overdue in the queue is one of them). */
const OWING = ['new', 'in_review', 'info_requested'] as const;

/**
 * The SQL of reviews and their offers: an institution's queue (scoped to its own reviews), the
 * locks its actions take, and the updates that are no change of a review's status.
 */
@Injectable()
export class FinancingReviewsQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: FinancingRequestsQueries,
  ) {}

  /**
   * Reviews of the user's institution with their requests and the user's own declaration on each,
   * oldest first, filtered as the queue asks.
   */
  queue(auth: AuthenticatedUser, query: QueueQueryDto): Promise<Paginated<FinancingReview>> {
    const qb = this.dataSource
      .getRepository(FinancingReview)
      .createQueryBuilder('rv')
      .innerJoinAndSelect('rv.request', 'r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk')
      .leftJoinAndMapOne('rv.myDeclaration', FinancingDeclaration, 'd', 'd.reviewId = rv.id AND d.userId = :me', {
        me: auth.user.id,
      });
    scopeQuery(qb, auth.ability, 'review', 'FinancingReview', 'rv');
    if (query.reviewStatus) qb.andWhere('rv.status = :reviewStatus', { reviewStatus: query.reviewStatus });
    filterStatus(qb, query.status, true);
    if (query.overdue) {
      qb.andWhere('rv.status IN (:...owing) AND rv.createdAt < :cutoff', {
        owing: [...OWING],
        cutoff: overdueCutoff(),
      });
    }
    if (query.release) {
      qb.andWhere("EXISTS (SELECT 1 FROM financing_offers po WHERE po.review_id = rv.id AND po.status = 'prepared')");
    }
    if (query.answered) {
      // The thread's last message (its index by review and time) is an answer, and no offer came after it.
      qb.andWhere(`rv.status = 'in_review' AND EXISTS (
        SELECT 1 FROM (SELECT lm.kind, lm.created_at FROM financing_messages lm WHERE lm.review_id = rv.id
                        ORDER BY lm.created_at DESC, lm.id DESC LIMIT 1) last
         WHERE last.kind = 'answer'
           AND NOT EXISTS (SELECT 1 FROM financing_offers ao WHERE ao.review_id = rv.id AND ao.prepared_at >= last.created_at))`);
    }
    filterRequests(qb, query);
    qb.orderBy('rv.createdAt', 'ASC').addOrderBy('rv.id', 'ASC');
    return paginate(qb, query, (review) => review);
  }

  /**
   * One review with all its page shows, in one statement: the request (its organization, park and
   * author), the institution, the offer with who prepared and released it, the thread in order with
   * its authors, and the user's own declaration. Whether the user may see it is the caller's check.
   */
  withParts(manager: EntityManager, id: string, userId: string): Promise<FinancingReview | null> {
    return manager
      .getRepository(FinancingReview)
      .createQueryBuilder('rv')
      .innerJoinAndSelect('rv.request', 'r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk')
      .leftJoinAndSelect('r.createdBy', 'cb')
      .innerJoinAndSelect('rv.organization', 'io')
      .leftJoinAndSelect('rv.offer', 'fo')
      .leftJoinAndSelect('fo.preparedBy', 'fop')
      .leftJoinAndSelect('fo.releasedBy', 'for')
      .leftJoinAndSelect('rv.messages', 'm')
      .leftJoinAndSelect('m.author', 'ma')
      .leftJoinAndMapOne('rv.myDeclaration', FinancingDeclaration, 'd', 'd.reviewId = rv.id AND d.userId = :userId', {
        userId,
      })
      .where('rv.id = :id', { id })
      .orderBy('m.createdAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getOne();
  }

  /** The review with its request, both locked (request first); `mayLock` refuses on the review's institution before locking. */
  async lock(
    manager: EntityManager,
    id: string,
    mayLock?: (owner: { organizationId: string }) => void,
  ): Promise<{ request: FinancingRequest; review: FinancingReview }> {
    const found = await manager.findOne(FinancingReview, {
      where: { id },
      select: { id: true, requestId: true, organizationId: true },
    });
    if (!found) throw notFound('Review');
    mayLock?.(found);
    const request = await this.requests.lock(manager, found.requestId);
    const review = await manager.findOne(FinancingReview, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!review) throw notFound('Review');
    return { request, review };
  }

  /** The request's open reviews, locked (its request is locked already). */
  lockOpen(manager: EntityManager, requestId: string): Promise<FinancingReview[]> {
    return manager.find(FinancingReview, {
      where: { requestId, status: In([...FINANCING_REVIEW_OPEN]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** An offer, locked: by its id, or the offer of a review. */
  lockOffer(manager: EntityManager, where: { id: string } | { reviewId: string }): Promise<FinancingOffer | null> {
    return manager.findOne(FinancingOffer, { where, lock: { mode: 'pessimistic_write' } });
  }

  /** Moves the offers of these reviews that can take the (system) step, all at once: from the table's `from` to its `to`. */
  async moveOffers(
    manager: EntityManager,
    reviewIds: string[],
    action: Extract<FinancingOfferTransition, 'not_accept' | 'lapse'>,
  ): Promise<void> {
    if (reviewIds.length === 0) return;
    const { from, to } = FINANCING_OFFER_TRANSITIONS[action];
    await manager.update(FinancingOffer, { reviewId: In(reviewIds), status: In([...from]) }, { status: to });
  }

  /**
   * Marks the request's revision seen by the institution. A plain UPDATE: marking seen is not a
   * change of the review, so its version stays (no 409 for whoever acts next).
   */
  async markSeen(manager: EntityManager, reviewId: string, revision: number): Promise<void> {
    await manager.query('UPDATE financing_reviews SET seen_revision = $1 WHERE id = $2', [revision, reviewId]);
  }

  /** Bumps the review's version in the database and in hand, for a change made to its offer. */
  async bumpVersion(manager: EntityManager, review: FinancingReview): Promise<void> {
    await manager.query('UPDATE financing_reviews SET version = version + 1, updated_at = now() WHERE id = $1', [
      review.id,
    ]);
    review.version += 1;
  }

  /** The institution's active admins who may release a prepared offer: not its makers, not those who declared a conflict. */
  async offerReleasers(manager: EntityManager, review: FinancingReview, offer: FinancingOffer): Promise<number> {
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM users u
        WHERE u.organization_id = $1 AND u.org_role = 'admin' AND u.status = 'active' AND NOT (u.id = ANY($2::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM financing_declarations d WHERE d.review_id = $3 AND d.user_id = u.id AND d.conflict)`,
      [review.organizationId, offer.preparedByUserIds, review.id],
    )) as { count: number }[];
    return count;
  }
}
