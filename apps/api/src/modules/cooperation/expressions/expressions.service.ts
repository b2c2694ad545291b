import { Injectable } from '@nestjs/common';
import {
  COOPERATION_PROJECT_TRANSITIONS,
  EXPRESSION_TRANSITIONS,
  expressionActions,
  IllegalTransitionError,
  move,
  type ExpressionDto,
  type ExpressionMessageDto,
  type ExpressionTransition,
} from '@alliance/contracts';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { createOnce } from '../../../common/database/create-once';
import { AppError, forbidden, illegalTransition, notFound, unprocessable } from '../../../common/errors/app-error';
import { NotificationsService } from '../../notifications/notifications.service';
import { Organization } from '../../organizations/entities/organization.entity';
import { openDeal } from '../deals/deal-records';
import { CooperationMessage } from '../entities/cooperation-message.entity';
import type { CooperationProject } from '../entities/cooperation-project.entity';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity';
import { ExpressionMessageResponse } from './dto/expression-response.dto';
import type { DeclineExpressionDto, ExpressInterestDto, PostExpressionMessageDto } from './dto/expression.dto';
import { ExpressionReadsService } from './expression-reads.service';
import {
  cooperationActor,
  EXPRESSION_NOTIFICATIONS,
  expressionAuditState,
  expressionState,
  expressionSubject,
} from './expression-records';
import { ExpressionsQueries, PUBLISHED_PROJECT_STATUSES } from './expressions.queries';

const UNIQUE_OPEN = 'UQ_expressions_of_interest_open';

const alreadyOpen = () =>
  new AppError(409, 'CONFLICT', 'Your organization already has an open expression of interest in this project', [
    { field: 'projectId', constraint: 'unique', message: 'An open expression of interest exists' },
  ]);

const isPublished = (project: CooperationProject) =>
  (PUBLISHED_PROJECT_STATUSES as readonly string[]).includes(project.status);

/**
 * Expressions of interest and their private threads. Each step locks what it changes (the project
 * before the expression, always in that order), checks who may take it and whether the status
 * allows it, moves it through its table, audits it and tells the other side, in one transaction.
 */
@Injectable()
export class ExpressionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly queries: ExpressionsQueries,
    private readonly reads: ExpressionReadsService,
  ) {}

  /**
   * A user of another active member organization expresses interest in a published project, with a
   * message; one open expression per organization and project (the partial unique index decides
   * between two at once: the second is a 409).
   */
  /** Sent again with the same idempotency key by the same user: the expression it first created. */
  async express(
    auth: AuthenticatedUser,
    projectId: string,
    dto: ExpressInterestDto,
    idempotencyKey?: string,
  ): Promise<ExpressionDto> {
    const keyed = async (key: string) => {
      const expression = await this.dataSource.manager.findOne(ExpressionOfInterest, {
        select: { id: true },
        where: { authorUserId: auth.user.id, idempotencyKey: key },
      });
      return expression && this.reads.view(this.dataSource.manager, auth, expression.id);
    };
    return createOnce(idempotencyKey, keyed, () =>
      this.dataSource.transaction(async (manager) => {
        // Shared lock: an acceptance or a closing of the project waits for this expression, and the reverse.
        const project = await this.queries.project(manager, auth, projectId, 'pessimistic_read');
        if (!project) throw notFound('Cooperation project');
        if (!isPublished(project))
          throw unprocessable(
            'PROJECT_NOT_OPEN',
            `The project is ${project.status}: it takes no expression of interest`,
          );
        const organizationId = auth.organization.id;
        if (project.organizationId === organizationId)
          throw unprocessable('INTEREST_OWN_PROJECT', 'Your organization owns this project');
        // Shared lock: a suspension committed meanwhile is seen here, not after the expression is in.
        const organization = await manager.findOne(Organization, {
          where: { id: organizationId },
          lock: { mode: 'pessimistic_read' },
        });
        if (organization?.status !== 'active')
          throw unprocessable(
            'INTEREST_ORGANIZATION_INACTIVE',
            'Only an active member organization expresses interest in projects',
          );
        if (!dto.message)
          throw unprocessable(
            'INTEREST_MESSAGE_REQUIRED',
            'Say who you are and why the project interests you',
            'message',
          );
        if (await this.queries.hasOpenExpression(manager, projectId, organizationId)) throw alreadyOpen();
        const expression = await manager
          .save(
            manager.create(ExpressionOfInterest, {
              projectId,
              organizationId,
              authorUserId: auth.user.id,
              status: 'open',
              message: dto.message,
              idempotencyKey: idempotencyKey ?? null,
            }),
          )
          .catch((error: unknown) => {
            // Another request of the same organization got in first (both saw none open).
            if (
              error instanceof QueryFailedError &&
              (error.driverError as { constraint?: string }).constraint === UNIQUE_OPEN
            )
              throw alreadyOpen();
            throw error;
          });
        await this.audit.record(manager, {
          action: 'expression_of_interest.express',
          entityType: 'ExpressionOfInterest',
          entityId: expression.id,
          organizationId,
          after: expressionAuditState(expression),
        });
        await this.tell(manager, auth, project, 'express', expression.id, [project.organizationId]);
        return this.reads.view(manager, auth, expression.id);
      }),
    );
  }

  /** The author's organization takes back its open expression; the owner is told. */
  withdraw(auth: AuthenticatedUser, id: string): Promise<ExpressionDto> {
    return this.answer(auth, id, 'withdraw', async (manager, expression, project) => {
      await this.tell(manager, auth, project, 'withdraw', id, [project.organizationId]);
      return expression;
    });
  }

  /** The owner declines, with an optional reason shown to the interested organization, which is told. */
  decline(auth: AuthenticatedUser, id: string, dto: DeclineExpressionDto): Promise<ExpressionDto> {
    return this.answer(auth, id, 'decline', async (manager, expression, project) => {
      expression.declineReason = dto.reason ?? null;
      await this.tell(manager, auth, project, 'decline', id, [expression.organizationId]);
      return expression;
    });
  }

  /**
   * The owner accepts: the thread opens, both sides' contacts show, the project starts talks if it
   * was open, and a deal opens at `contact`, all in this one transaction; the interested organization is told.
   */
  accept(auth: AuthenticatedUser, id: string): Promise<ExpressionDto> {
    return this.answer(auth, id, 'accept', async (manager, expression, project) => {
      if (project.status === 'open') {
        move(COOPERATION_PROJECT_TRANSITIONS, 'start_talks', project);
        await manager.save(project);
        await this.audit.record(manager, {
          action: 'cooperation_project.start_talks',
          entityType: 'CooperationProject',
          entityId: project.id,
          organizationId: project.organizationId,
          before: { status: 'open' },
          after: { status: project.status, expressionId: id },
        });
      }
      await openDeal(manager, this.audit, expression, project, auth.user.id);
      await this.tell(manager, auth, project, 'accept', id, [expression.organizationId]);
      return expression;
    });
  }

  /** A message in the thread of an accepted expression, by either side; the other side's users are told. */
  async message(auth: AuthenticatedUser, id: string, dto: PostExpressionMessageDto): Promise<ExpressionMessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.expressionRef(manager, auth, id);
      const project = ref?.project;
      if (
        !ref ||
        !project ||
        !auth.ability.can(
          'read',
          expressionSubject('CooperationThread', {
            organizationId: ref.organizationId,
            projectOrganizationId: project.organizationId,
          }),
        )
      )
        throw notFound('Expression of interest');
      // Shared lock: the expression stays accepted while the message goes in.
      const expression = await manager.findOne(ExpressionOfInterest, {
        where: { id },
        lock: { mode: 'pessimistic_read' },
      });
      if (!expression) throw notFound('Expression of interest');
      expression.project = project;
      const allowed = expressionActions(expressionState(expression), cooperationActor(auth));
      if (!allowed.includes('message')) throw illegalTransition('message', expression.status, allowed);
      const side = project.organizationId === auth.organization.id ? 'owner' : 'interested';
      const message = await manager.save(
        manager.create(CooperationMessage, { expressionId: id, authorUserId: auth.user.id, side, body: dto.body }),
      );
      message.author = auth.user;
      await this.audit.record(manager, {
        action: 'expression_of_interest.message',
        entityType: 'ExpressionOfInterest',
        entityId: id,
        organizationId: auth.organization.id,
        // The words stay out of the log: the thread is the two organizations' alone.
        after: { messageId: message.id, side },
      });
      const otherSide = side === 'owner' ? expression.organizationId : project.organizationId;
      await this.tell(manager, auth, project, 'message', id, [otherSide]);
      return ExpressionMessageResponse.from(message);
    });
  }

  /**
   * One of the answers to an open expression: finds it (404 to anyone outside the two
   * organizations), refuses the side that may not give this answer (403), locks the project then the
   * expression, moves it (409 naming what is allowed), applies the step's own changes, audits it.
   */
  private answer(
    auth: AuthenticatedUser,
    id: string,
    transition: ExpressionTransition & ('accept' | 'decline' | 'withdraw'),
    apply: (
      manager: EntityManager,
      expression: ExpressionOfInterest,
      project: CooperationProject,
    ) => Promise<ExpressionOfInterest>,
  ): Promise<ExpressionDto> {
    return this.dataSource.transaction(async (manager) => {
      const ref = await this.queries.expressionRef(manager, auth, id);
      if (!ref?.project) throw notFound('Expression of interest');
      const parties = { organizationId: ref.organizationId, projectOrganizationId: ref.project.organizationId };
      const ability = transition === 'withdraw' ? 'withdraw' : 'accept';
      if (!auth.ability.can(ability, expressionSubject('ExpressionOfInterest', parties)))
        throw forbidden(
          transition === 'withdraw'
            ? 'Only the organization that expressed interest withdraws it'
            : "Only the project's owner answers expressions of interest",
        );
      const project = await this.queries.lockedProject(manager, ref.projectId);
      const expression = await this.queries.lockedExpression(manager, id);
      if (!project || !expression) throw notFound('Expression of interest');
      expression.project = project;
      const before = expressionAuditState(expression);
      const allowed = expressionActions(expressionState(expression), cooperationActor(auth));
      if (!allowed.includes(transition)) throw new IllegalTransitionError(transition, expression.status, allowed);
      move(EXPRESSION_TRANSITIONS, transition, expression, allowed);
      if (transition === 'accept' && !isPublished(project))
        throw unprocessable('PROJECT_NOT_OPEN', `The project is ${project.status}: it starts no talks`);
      if (transition !== 'withdraw') {
        expression.decidedAt = new Date();
        expression.decidedByUserId = auth.user.id;
      }
      await apply(manager, expression, project);
      await manager.save(expression);
      await this.audit.record(manager, {
        action: `expression_of_interest.${transition}`,
        entityType: 'ExpressionOfInterest',
        entityId: id,
        organizationId: ref.organizationId,
        before,
        after: expressionAuditState(expression),
      });
      return this.reads.view(manager, auth, id);
    });
  }

  /** Tells the other side's users of a step, naming the organization that took it. */
  private async tell(
    manager: EntityManager,
    auth: AuthenticatedUser,
    project: CooperationProject,
    step: keyof typeof EXPRESSION_NOTIFICATIONS,
    expressionId: string,
    organizationIds: string[],
  ): Promise<void> {
    await this.notifications.notifyOrganizations(manager, {
      organizationIds,
      actorUserId: auth.user.id,
      type: EXPRESSION_NOTIFICATIONS[step],
      recordType: 'expression_of_interest',
      recordId: expressionId,
      titleEn: project.titleEn,
      titleZh: project.titleZh,
      fromEn: auth.organization.nameEn,
      fromZh: auth.organization.nameZh,
    });
  }
}
