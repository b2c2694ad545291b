import { Injectable } from '@nestjs/common';
import type { Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden } from '../../common/errors/app-error';
import { paginate } from '../../common/pagination/page-query.dto';
import { searchCondition } from '../posts/post-search';
import { PolicyBriefSummaryResponse } from './dto/policy-brief-response.dto';
import type { ListPolicyBriefsQueryDto } from './dto/policy-brief.dto';
import { PolicyBriefComment } from './entities/policy-brief-comment.entity';
import { PolicyBriefVersion } from './entities/policy-brief-version.entity';
import { PolicyBrief } from './entities/policy-brief.entity';

/** A list searched by text holds at most this many matches, the newest (its total says so). */
export const SEARCH_MATCHES = 200;

/**
 * What readers find in lists, search and feeds: published briefs of active members; visitors only
 * the public ones. Retracted briefs have left (their page still says so).
 */
export function publishedBriefs<T extends PolicyBrief>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
  b = 'b',
  o = 'o',
): SelectQueryBuilder<T> {
  const live = `${b}.status = 'published' AND ${o}.status = 'active'`;
  return qb.andWhere(viewer ? live : `${live} AND ${b}.audience = 'public'`);
}

/**
 * Whose page opens: a published or retracted brief to its readers (as above); every brief of the
 * reader's own organization; the secretariat, every brief once submitted (a draft never submitted
 * is its organization's own work).
 */
export function openableBriefs<T extends PolicyBrief>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
): SelectQueryBuilder<T> {
  const shown = "b.status IN ('published', 'retracted') AND o.status = 'active'";
  if (!viewer) return qb.andWhere(`${shown} AND b.audience = 'public'`);
  const secretariat = viewer.ability.can('review', 'PolicyBrief') ? " OR b.status <> 'draft'" : '';
  return qb.andWhere(`((${shown}) OR b.organization_id = :viewerOrg${secretariat})`, {
    viewerOrg: viewer.organization.id,
  });
}

/** The SQL of policy briefs: lists by scope and filters, a brief as its reader may open it, its versions and thread. */
@Injectable()
export class PolicyBriefsQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(
    viewer: AuthenticatedUser | null,
    query: ListPolicyBriefsQueryDto,
  ): Promise<Paginated<PolicyBriefSummaryResponse>> {
    const qb = this.dataSource
      .getRepository(PolicyBrief)
      .createQueryBuilder('b')
      .innerJoin('b.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh']);
    if (query.scope === 'published') {
      publishedBriefs(qb, viewer).orderBy('b.published_at', 'DESC').addOrderBy('b.id', 'DESC');
    } else if (!viewer) {
      throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to see your organization’s briefs');
    } else if (query.scope === 'mine') {
      qb.andWhere('b.organization_id = :viewerOrg', { viewerOrg: viewer.organization.id })
        .orderBy('b.updated_at', 'DESC')
        .addOrderBy('b.id', 'DESC');
      if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    } else {
      if (!viewer.ability.can('review', 'PolicyBrief')) throw forbidden('Only the secretariat reviews policy briefs');
      qb.andWhere("b.working_status = 'in_review'").orderBy('b.updated_at', 'ASC').addOrderBy('b.id', 'ASC');
    }
    if (query.country) qb.andWhere('b.countries @> ARRAY[:country]::text[]', { country: query.country });
    if (query.topic) qb.andWhere('b.topics @> ARRAY[:topic]::text[]', { topic: query.topic });
    if (query.organizationId)
      qb.andWhere('b.organization_id = :organizationId', { organizationId: query.organizationId });
    if (query.lang) qb.andWhere(query.lang === 'zh' ? 'b.title_zh IS NOT NULL' : 'b.title_en IS NOT NULL');
    if (query.from) qb.andWhere('b.published_at >= :from::date', { from: query.from });
    if (query.to) qb.andWhere("b.published_at < :to::date + interval '1 day'", { to: query.to });
    if (query.q?.trim()) {
      // The newest matches in the list's order: a common word matches most briefs, and matching every
      // one of them to count them read the whole table (60 ms on 12,000 briefs; now 20).
      const matches = searchCondition(qb.clone().select('b.id'), query.q.trim(), 'b').limit(SEARCH_MATCHES);
      qb.andWhere(`b.id IN (${matches.getQuery()})`).setParameters(matches.getParameters());
    }
    return paginate(qb, query, PolicyBriefSummaryResponse.from);
  }

  /** The brief with its organization, if `viewer` may open its page. */
  openable(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<PolicyBrief | null> {
    return openableBriefs(
      manager
        .getRepository(PolicyBrief)
        .createQueryBuilder('b')
        .innerJoinAndSelect('b.organization', 'o')
        .where('b.id = :id', { id }),
      viewer,
    ).getOne();
  }

  /** The brief locked for a change, with its organization. */
  locked(manager: EntityManager, id: string): Promise<PolicyBrief | null> {
    return manager.findOne(PolicyBrief, {
      where: { id },
      lock: { mode: 'pessimistic_write', tables: ['policy_briefs'] },
    });
  }

  /** Versions by number, with their authors and reviewers. */
  versions(manager: EntityManager, briefId: string, numbers?: number[]): Promise<PolicyBriefVersion[]> {
    const qb = manager
      .getRepository(PolicyBriefVersion)
      .createQueryBuilder('v')
      .leftJoinAndSelect('v.author', 'author')
      .leftJoinAndSelect('v.reviewer', 'reviewer')
      .where('v.brief_id = :briefId', { briefId })
      .orderBy('v.number', 'DESC');
    if (numbers) qb.andWhere('v.number = ANY(:numbers)', { numbers });
    return qb.getMany();
  }

  version(manager: EntityManager, briefId: string, number: number): Promise<PolicyBriefVersion | null> {
    return manager.findOne(PolicyBriefVersion, { where: { briefId, number } });
  }

  comments(manager: EntityManager, briefId: string): Promise<PolicyBriefComment[]> {
    return manager.find(PolicyBriefComment, {
      where: { briefId },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The brief a version belongs to, for an attachment's reader: the version's brief id and number. */
  versionRef(manager: EntityManager, versionId: string): Promise<PolicyBriefVersion | null> {
    return manager.findOne(PolicyBriefVersion, {
      where: { id: versionId },
      select: { id: true, briefId: true, number: true, status: true },
    });
  }
}
