import { Injectable } from '@nestjs/common';
import { COOPERATION_REMINDER_DAYS, type ExpressionStatus, type Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { escapeLike } from '../../../common/database/sql';
import { AppError, forbidden } from '../../../common/errors/app-error';
import { paginate } from '../../../common/pagination/page-query.dto';
import type { Recipient } from '../../notifications/notifications.queries';
import { CooperationProject } from '../entities/cooperation-project.entity';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity';
import { CooperationProjectSummaryResponse } from './dto/cooperation-project-response.dto';
import type { ListCooperationProjectsQueryDto } from './dto/cooperation-project.dto';

/** Words of a title query matched one by one (more are ignored). */
const MAX_WORDS = 8;

/** A published project of an active member: what everyone who may read it sees in lists and search. */
const published = (p: string, o: string) => `${p}.status IN ('open', 'in_talks') AND ${o}.status = 'active'`;

/**
 * Who reads which project: visitors the published ones meant for the public; members every published
 * one and each of their own organization's in any status; the secretariat all. Any other project is a
 * 404 (exactly as if it did not exist). `o` must join the project's organization.
 */
export function visibleProjects<T extends CooperationProject>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
  p = 'p',
  o = 'o',
): SelectQueryBuilder<T> {
  if (!viewer) return qb.andWhere(`${published(p, o)} AND ${p}.audience = 'public'`);
  if (viewer.ability.can('readAll', 'CooperationProject')) return qb;
  return qb.andWhere(`((${published(p, o)}) OR ${p}.organization_id = :viewerOrg)`, {
    viewerOrg: viewer.organization.id,
  });
}

/** What lists and search find: the published projects the reader may see (visitors: public ones). */
export function publishedProjects<T extends CooperationProject>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
  p = 'p',
  o = 'o',
): SelectQueryBuilder<T> {
  return qb.andWhere(viewer ? published(p, o) : `${published(p, o)} AND ${p}.audience = 'public'`);
}

/** Every word of `text` in the English or the Chinese title (trigram indexes). */
export function titleWords<T extends CooperationProject>(qb: SelectQueryBuilder<T>, text: string, p = 'p') {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  words.forEach((word, i) =>
    qb.andWhere(`(${p}.title_en ILIKE :projectWord${i} OR ${p}.title_zh ILIKE :projectWord${i})`, {
      [`projectWord${i}`]: `%${escapeLike(word)}%`,
    }),
  );
  return qb;
}

/** An open project whose owner was just reminded of its expiry. */
export interface RemindedProject {
  id: string;
  organization_id: string;
  title_en: string | null;
  title_zh: string | null;
  expires_at: Date;
}

/** The SQL of cooperation projects: lists by scope and filters, a project as its reader may open it, locks, the jobs' claims. */
@Injectable()
export class CooperationProjectsQueries {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  list(
    viewer: AuthenticatedUser | null,
    query: ListCooperationProjectsQueryDto,
  ): Promise<Paginated<CooperationProjectSummaryResponse>> {
    const qb = this.rows(this.dataSource.manager);
    if (query.scope === 'all') {
      visibleProjects(qb, viewer);
      if (!query.status) qb.andWhere(`p.status IN ('open', 'in_talks')`);
      // The order of IDX_cooperation_projects_titles (a published project always has its date).
      qb.orderBy('p.published_at', 'DESC').addOrderBy('p.id', 'DESC');
    } else if (!viewer) {
      throw new AppError(401, 'UNAUTHENTICATED', 'Sign in to see your organization’s projects');
    } else if (query.scope === 'mine') {
      qb.andWhere('p.organization_id = :viewerOrg', { viewerOrg: viewer.organization.id })
        .orderBy('p.updated_at', 'DESC')
        .addOrderBy('p.id', 'DESC');
    } else {
      if (!viewer.ability.can('review', 'CooperationProject'))
        throw forbidden('Only the secretariat reviews cooperation projects');
      qb.andWhere(`p.status = 'in_review'`).orderBy('p.submitted_at', 'ASC').addOrderBy('p.id', 'ASC');
    }
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.sector) qb.andWhere('p.sectors @> ARRAY[:sector]::text[]', { sector: query.sector });
    if (query.country) qb.andWhere('p.country = :country', { country: query.country });
    if (query.parkId) qb.andWhere('p.park_id = :parkId', { parkId: query.parkId });
    if (query.minSizeUsd) qb.andWhere('p.size_usd >= :minSize::numeric', { minSize: query.minSizeUsd });
    if (query.maxSizeUsd) qb.andWhere('p.size_usd <= :maxSize::numeric', { maxSize: query.maxSizeUsd });
    if (query.q) titleWords(qb, query.q);
    return paginate(qb, query, (row) => CooperationProjectSummaryResponse.from(row));
  }

  /** The project with its organization and park, if `viewer` may open it (null: not found, or not for them). */
  openable(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<CooperationProject | null> {
    return visibleProjects(this.rows(manager).andWhere('p.id = :id', { id }), viewer).getOne();
  }

  /** Whether `viewer` may open the project (for its files). */
  async visible(viewer: AuthenticatedUser | null, id: string): Promise<boolean> {
    const qb = this.dataSource
      .getRepository(CooperationProject)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .where('p.id = :id', { id });
    return (await visibleProjects(qb, viewer).getCount()) > 0;
  }

  /** The project locked for a change, if `viewer` may open it. */
  locked(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<CooperationProject | null> {
    const qb = manager
      .getRepository(CooperationProject)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['p']);
    return visibleProjects(qb, viewer).getOne();
  }

  /**
   * For one project: how many expressions wait for the owner's answer, and the reader's organization's
   * latest expression (one statement).
   */
  async expressionFacts(
    manager: EntityManager,
    projectId: string,
    organizationId: string | null,
  ): Promise<{ open: number; own: { id: string; status: ExpressionStatus } | null }> {
    const [row] = (await manager.query(
      `SELECT (SELECT count(*)::int FROM expressions_of_interest WHERE project_id = $1 AND status = 'open') AS open,
              (SELECT json_build_object('id', x.id, 'status', x.status) FROM expressions_of_interest x
                WHERE x.project_id = $1 AND x.organization_id = $2 ORDER BY x.created_at DESC, x.id DESC LIMIT 1) AS own`,
      [projectId, organizationId],
    )) as { open: number; own: { id: string; status: ExpressionStatus } | null }[];
    return row;
  }

  /** Open expressions of each project of `projectIds` (the owner's list shows them). */
  async openExpressionCounts(projectIds: string[]): Promise<Map<string, number>> {
    if (projectIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT project_id, count(*)::int AS n FROM expressions_of_interest
        WHERE project_id = ANY($1::uuid[]) AND status = 'open' GROUP BY project_id`,
      [projectIds],
    )) as { project_id: string; n: number }[];
    return new Map(rows.map((r) => [r.project_id, r.n]));
  }

  /** The project's open expressions, locked: they lapse when it closes. */
  openExpressionsLocked(manager: EntityManager, projectId: string): Promise<ExpressionOfInterest[]> {
    return manager.find(ExpressionOfInterest, {
      where: { projectId, status: 'open' },
      order: { createdAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The ids of the secretariat's active organizations (who review). */
  async secretariatIds(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM organizations WHERE type = 'secretariat' AND status = 'active'`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Active users of active organizations following the project's country or any of its sectors, each
   * once; never the owner's own users nor the one who acted.
   */
  followersOf(
    manager: EntityManager,
    project: Pick<CooperationProject, 'country' | 'sectors' | 'organizationId'>,
    actorUserId: string | null,
  ): Promise<Recipient[]> {
    return manager.query(
      `SELECT DISTINCT u.id, u.email, u.display_name, u.locale, u.notification_email_mode
         FROM follows f
         JOIN users u ON u.id = f.user_id
         JOIN organizations o ON o.id = u.organization_id
        WHERE u.status = 'active' AND o.status = 'active' AND u.organization_id <> $1 AND u.id IS DISTINCT FROM $2
          AND ((f.topic = 'country' AND f.value = $3) OR (f.topic = 'sector' AND f.value = ANY($4)))`,
      [project.organizationId, actorUserId, project.country, project.sectors],
    ) as Promise<Recipient[]>;
  }

  /** Open projects past their expiry, locked for the expiry job (skipping any a person is changing). */
  lockExpired(manager: EntityManager): Promise<CooperationProject[]> {
    return manager
      .getRepository(CooperationProject)
      .createQueryBuilder('p')
      .where(`p.status = 'open' AND p.expires_at <= now()`)
      .orderBy('p.expires_at', 'ASC')
      .limit(500)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /**
   * Claims the open projects expiring within the reminder window whose owner has not been reminded of
   * this expiry date: marks them reminded in the same statement, so that of two replicas running the
   * job at once only one gets each project.
   */
  claimReminders(manager: EntityManager): Promise<RemindedProject[]> {
    return manager
      .query(
        `UPDATE cooperation_projects p SET reminded_for = p.expires_at
          WHERE p.id IN (SELECT id FROM cooperation_projects
                          WHERE status = 'open' AND expires_at > now()
                            AND expires_at <= now() + make_interval(days => $1)
                            AND reminded_for IS DISTINCT FROM expires_at
                          ORDER BY expires_at LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING p.id, p.organization_id, p.title_en, p.title_zh, p.expires_at`,
        [COOPERATION_REMINDER_DAYS],
      )
      .then((result: [RemindedProject[], number] | RemindedProject[]) =>
        Array.isArray(result[0]) ? (result[0] as RemindedProject[]) : (result as RemindedProject[]),
      );
  }

  /** A project with what its page and its list row show: the owner's organization and the park. */
  private rows(manager: EntityManager): SelectQueryBuilder<CooperationProject> {
    return manager
      .getRepository(CooperationProject)
      .createQueryBuilder('p')
      .innerJoin('p.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh', 'o.type'])
      .leftJoin('p.park', 'pk')
      .addSelect(['pk.id', 'pk.nameEn', 'pk.nameZh']);
  }
}
