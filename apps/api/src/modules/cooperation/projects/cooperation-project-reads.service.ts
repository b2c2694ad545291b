import { Injectable, type OnModuleInit } from '@nestjs/common';
import { cooperationProjectActions, type Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { notFound } from '../../../common/errors/app-error';
import { AttachmentsService } from '../../attachments/attachments.service';
import { actorOf, isSecretariat, PROJECT_RECORD, stateOf } from './cooperation-project-records';
import { CooperationProjectsQueries } from './cooperation-projects.queries';
import {
  type CooperationProjectResponse,
  CooperationProjectSummaryResponse,
} from './dto/cooperation-project-response.dto';
import type { ListCooperationProjectsQueryDto } from './dto/cooperation-project.dto';

/**
 * What readers see of cooperation projects: the lists, and a project as its reader may open it (a
 * visitor its summary only: no description, no files; the owner's and the secretariat's eyes also the
 * review's reason). Project files are read by whoever may open the project, visitors never.
 */
@Injectable()
export class CooperationProjectReadsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentsService,
    private readonly queries: CooperationProjectsQueries,
  ) {}

  onModuleInit(): void {
    this.attachments.registerReader(PROJECT_RECORD, (viewer, id) =>
      viewer ? this.queries.visible(viewer, id) : Promise.resolve(false),
    );
  }

  async list(
    viewer: AuthenticatedUser | null,
    query: ListCooperationProjectsQueryDto,
  ): Promise<Paginated<CooperationProjectSummaryResponse>> {
    const page = await this.queries.list(viewer, query);
    // The owner's organization sees how many expressions wait on each of its projects (one statement more, only then).
    const own = viewer ? page.items.filter((p) => p.organization.id === viewer.organization.id) : [];
    if (own.length === 0) return page;
    const counts = await this.queries.openExpressionCounts(own.map((p) => p.id));
    return {
      ...page,
      items: page.items.map((p) => (own.includes(p) ? { ...p, openExpressions: counts.get(p.id) ?? 0 } : p)),
    };
  }

  get(viewer: AuthenticatedUser | null, id: string): Promise<CooperationProjectResponse> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /** The project as `viewer` may open it (404 otherwise), in `manager`'s transaction when a change answers with it. */
  async view(
    manager: EntityManager,
    viewer: AuthenticatedUser | null,
    id: string,
  ): Promise<CooperationProjectResponse> {
    const project = await this.queries.openable(manager, viewer, id);
    if (!project) throw notFound('Cooperation project');
    const owner = viewer !== null && project.organizationId === viewer.organization.id;
    const insider = viewer !== null && (owner || isSecretariat(viewer));
    // One after the other: in a change's transaction they share its connection.
    const facts = viewer ? await this.queries.expressionFacts(manager, id, viewer.organization.id) : null;
    const files = viewer ? await this.attachments.listFor(manager, PROJECT_RECORD, id) : [];
    const ownOpen = !owner && facts?.own?.status === 'open';
    return {
      ...CooperationProjectSummaryResponse.from(project, owner ? (facts?.open ?? 0) : null),
      descriptionEn: viewer ? project.descriptionEn : null,
      descriptionZh: viewer ? project.descriptionZh : null,
      returnReason: insider ? project.returnReason : null,
      closeOutcome: project.closeOutcome,
      closeReason: viewer ? project.closeReason : null,
      closedAt: project.closedAt?.toISOString() ?? null,
      submittedAt: project.submittedAt?.toISOString() ?? null,
      attachments: files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.mimeType, size: f.sizeBytes })),
      ownExpression: owner ? null : (facts?.own ?? null),
      actions: viewer ? cooperationProjectActions(stateOf(project, ownOpen), actorOf(viewer)) : [],
      version: project.version,
    };
  }
}
