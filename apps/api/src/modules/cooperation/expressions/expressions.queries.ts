import { Injectable } from '@nestjs/common';
import type { Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { paginate } from '../../../common/pagination/page-query.dto';
import { CooperationMessage } from '../entities/cooperation-message.entity';
import { CooperationProject } from '../entities/cooperation-project.entity';
import { Deal } from '../entities/deal.entity';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity';
import type { ExpressionSummaryDto } from '@alliance/contracts';
import { ExpressionSummaryResponse } from './dto/expression-response.dto';
import type { ListExpressionsQueryDto, ListProjectExpressionsQueryDto } from './dto/expression.dto';

/** The statuses in which a project shows to members of other organizations (and takes expressions). */
export const PUBLISHED_PROJECT_STATUSES = ['open', 'in_talks'] as const;

/**
 * A project opens to its own organization in any status, to the secretariat in any status, and to
 * other members once published (open or in talks).
 */
function visibleProjects<T extends CooperationProject>(qb: SelectQueryBuilder<T>, viewer: AuthenticatedUser, p = 'p') {
  if (viewer.ability.can('readAll', 'CooperationProject')) return qb;
  return qb.andWhere(`(${p}.organization_id = :viewerOrg OR ${p}.status IN (:...published))`, {
    viewerOrg: viewer.organization.id,
    published: PUBLISHED_PROJECT_STATUSES,
  });
}

/** An expression opens to the organization that expressed it and to the project's owner: nobody else. */
function visibleExpressions<T extends ExpressionOfInterest>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser,
  e = 'e',
  p = 'p',
) {
  if (!viewer.ability.can('read', 'ExpressionOfInterest')) return qb.andWhere('1 = 0');
  return qb.andWhere(`(${e}.organization_id = :viewerOrg OR ${p}.organization_id = :viewerOrg)`, {
    viewerOrg: viewer.organization.id,
  });
}

/** The SQL of expressions of interest and their threads, scoped to the two organizations. */
@Injectable()
export class ExpressionsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The project if `viewer` may see it (null: not found or not for them), locked as asked. */
  project(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    id: string,
    lock?: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<CooperationProject | null> {
    const qb = manager.getRepository(CooperationProject).createQueryBuilder('p').where('p.id = :id', { id });
    if (lock) qb.setLock(lock);
    return visibleProjects(qb, viewer).getOne();
  }

  /** The project's expressions, newest first, for its owner (the caller checked the owner). */
  listForProject(projectId: string, query: ListProjectExpressionsQueryDto): Promise<Paginated<ExpressionSummaryDto>> {
    const qb = this.summaryRows(this.dataSource.manager).andWhere('e.project_id = :projectId', { projectId });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC');
    return paginate(qb, query, ExpressionSummaryResponse.from);
  }

  /** The reader's organization's expressions: those it sent, those on its projects, or both; newest first. */
  list(viewer: AuthenticatedUser, query: ListExpressionsQueryDto): Promise<Paginated<ExpressionSummaryDto>> {
    const qb = this.summaryRows(this.dataSource.manager);
    const viewerOrg = viewer.organization.id;
    if (query.side === 'sent') qb.andWhere('e.organization_id = :viewerOrg', { viewerOrg });
    // On its projects: their ids gathered first (the projects' index by organization), then each one's
    // expressions by the expressions' index by project; across the join PostgreSQL read every expression.
    else if (query.side === 'received')
      qb.andWhere(
        `e.project_id = ANY(ARRAY(SELECT xp.id FROM cooperation_projects xp WHERE xp.organization_id = :viewerOrg))`,
        { viewerOrg },
      );
    // Either side: the ids of the two index-served sets (an organization never expresses interest in its
    // own project), gathered first and read by primary key; an OR across the join, or a semi-join on
    // them, has PostgreSQL scan every expression.
    else
      qb.andWhere(
        `e.id = ANY(ARRAY(SELECT x.id FROM expressions_of_interest x WHERE x.organization_id = :viewerOrg
                          UNION ALL
                          SELECT x.id FROM expressions_of_interest x JOIN cooperation_projects xp ON xp.id = x.project_id
                           WHERE xp.organization_id = :viewerOrg))`,
        { viewerOrg },
      );
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC');
    return paginate(qb, query, ExpressionSummaryResponse.from);
  }

  /** The expression as its page shows it, if `viewer` is of one of the two organizations. */
  expression(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<ExpressionOfInterest | null> {
    const qb = this.summaryRows(manager)
      .leftJoinAndSelect('e.author', 'au')
      .leftJoinAndSelect('e.decidedBy', 'db')
      .andWhere('e.id = :id', { id });
    return visibleExpressions(qb, viewer).getOne();
  }

  /** The expression with its project, if `viewer` is of one of the two organizations (no lock: who they are never changes). */
  expressionRef(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<ExpressionOfInterest | null> {
    const qb = manager
      .getRepository(ExpressionOfInterest)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.project', 'p')
      .where('e.id = :id', { id });
    return visibleExpressions(qb, viewer).getOne();
  }

  lockedExpression(manager: EntityManager, id: string): Promise<ExpressionOfInterest | null> {
    return manager.findOne(ExpressionOfInterest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockedProject(manager: EntityManager, id: string): Promise<CooperationProject | null> {
    return manager.findOne(CooperationProject, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether the organization already has an open expression on the project (the partial unique index's rule). */
  hasOpenExpression(manager: EntityManager, projectId: string, organizationId: string): Promise<boolean> {
    return manager.existsBy(ExpressionOfInterest, { projectId, organizationId, status: 'open' });
  }

  /** The thread, oldest first, with each author. */
  messages(manager: EntityManager, expressionId: string): Promise<CooperationMessage[]> {
    return manager
      .getRepository(CooperationMessage)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.author', 'a')
      .where('m.expression_id = :expressionId', { expressionId })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  deal(manager: EntityManager, expressionId: string): Promise<Pick<Deal, 'id' | 'stage'> | null> {
    return manager.findOne(Deal, { where: { expressionId }, select: { id: true, stage: true } });
  }

  private summaryRows(manager: EntityManager): SelectQueryBuilder<ExpressionOfInterest> {
    return manager
      .getRepository(ExpressionOfInterest)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.organization', 'o')
      .innerJoin('e.project', 'p')
      .addSelect(['p.id', 'p.titleEn', 'p.titleZh', 'p.kind', 'p.country', 'p.organizationId', 'p.status'])
      .innerJoinAndSelect('p.organization', 'po');
  }
}
