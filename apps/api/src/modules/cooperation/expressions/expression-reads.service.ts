import { Injectable } from '@nestjs/common';
import { expressionActions, type ExpressionDto, type ExpressionSummaryDto, type Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { notFound } from '../../../common/errors/app-error';
import type { Organization } from '../../organizations/entities/organization.entity';
import type { CooperationProject } from '../entities/cooperation-project.entity';
import {
  CooperationContactResponse,
  ExpressionMessageResponse,
  ExpressionSummaryResponse,
} from './dto/expression-response.dto';
import type { ListExpressionsQueryDto, ListProjectExpressionsQueryDto } from './dto/expression.dto';
import { cooperationActor, expressionState } from './expression-records';
import { ExpressionsQueries } from './expressions.queries';

/** What each side reads of expressions of interest: lists, the expression with its contacts and thread. */
@Injectable()
export class ExpressionReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ExpressionsQueries,
  ) {}

  /** A project's expressions, for its owner's organization only (404 to anyone else, as if the project were not there). */
  async listForProject(
    viewer: AuthenticatedUser,
    projectId: string,
    query: ListProjectExpressionsQueryDto,
  ): Promise<Paginated<ExpressionSummaryDto>> {
    const project = await this.queries.project(this.dataSource.manager, viewer, projectId);
    if (project?.organizationId !== viewer.organization.id) throw notFound('Cooperation project');
    return this.queries.listForProject(projectId, query);
  }

  list(viewer: AuthenticatedUser, query: ListExpressionsQueryDto): Promise<Paginated<ExpressionSummaryDto>> {
    return this.queries.list(viewer, query);
  }

  get(viewer: AuthenticatedUser, id: string): Promise<ExpressionDto> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /**
   * The expression as one of its two organizations sees it (404 to everyone else): once accepted,
   * both sides' contacts (the organization's and the person's: who expressed it, who accepted it),
   * the thread and the deal; before, neither side's contacts.
   */
  async view(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<ExpressionDto> {
    const expression = await this.queries.expression(manager, viewer, id);
    if (!expression) throw notFound('Expression of interest');
    const accepted = expression.status === 'accepted';
    const project = expression.project as CooperationProject;
    // The thread and the deal exist once accepted (the transaction's manager runs one statement at a time).
    const messages = accepted ? await this.queries.messages(manager, id) : [];
    const deal = accepted ? await this.queries.deal(manager, id) : null;
    return {
      ...ExpressionSummaryResponse.from(expression),
      authorName: expression.author?.displayName ?? null,
      declineReason: expression.declineReason,
      contacts: accepted
        ? {
            owner: CooperationContactResponse.of(project.organization as Organization, expression.decidedBy),
            interested: CooperationContactResponse.of(expression.organization as Organization, expression.author),
          }
        : null,
      messages: messages.map(ExpressionMessageResponse.from),
      deal: deal ? { id: deal.id, stage: deal.stage } : null,
      actions: expressionActions(expressionState(expression), cooperationActor(viewer)),
    };
  }
}
