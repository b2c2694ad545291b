import { Injectable } from '@nestjs/common';
import {
  COOPERATION_OPEN_MONTHS,
  COOPERATION_PROJECT_TRANSITIONS,
  EXPRESSION_TRANSITIONS,
  move,
  type Action,
  type AuditAction,
  type CooperationProjectAction,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { AppError, notFound, unprocessable } from '../../../common/errors/app-error';
import { assertCan } from '../../../common/policy/scope';
import { withoutUndefined } from '../../../common/validation/transforms';
import { AttachmentsService } from '../../attachments/attachments.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { Organization } from '../../organizations/entities/organization.entity';
import { Park } from '../../parks/entities/park.entity';
import { CooperationProject } from '../entities/cooperation-project.entity';
import { ExpressionOfInterest } from '../entities/expression-of-interest.entity';
import {
  addMonths,
  assertAction,
  deadlineEnd,
  expiryOf,
  PROJECT_RECORD,
  projectState,
  titlesOf,
  todayUtc,
} from './cooperation-project-records';
import { CooperationMatchesService } from '../matches/cooperation-matches.service';
import { CooperationProjectReadsService } from './cooperation-project-reads.service';
import { CooperationProjectsQueries } from './cooperation-projects.queries';
import type { CooperationProjectResponse } from './dto/cooperation-project-response.dto';
import type {
  CloseCooperationProjectDto,
  CreateCooperationProjectDto,
  ReturnCooperationProjectDto,
  UpdateCooperationProjectDto,
} from './dto/cooperation-project.dto';

/** What a step does besides moving the project: more to audit, and whom to tell once audited. */
interface StepResult {
  after?: object;
  tell?: () => Promise<unknown>;
}

/** The owner's steps and the capability each asks of the project's organization (404 on another's project). */
const OWNER_ABILITY: Partial<Record<CooperationProjectAction, Action>> = {
  update: 'update',
  submit: 'submit',
  reopen: 'update',
  close: 'close',
  renew: 'renew',
};

const stale = (current: number) =>
  new AppError(409, 'CONFLICT', 'Someone else changed this project since you opened it; reload it and try again', [
    { field: 'version', constraint: 'current', message: String(current) },
  ]);

/**
 * Cooperation projects: written by a member organization, reviewed by the secretariat before
 * publication (or sent back with a reason), reopened after talks that came to nothing, closed with an
 * outcome and a reason, renewed before they expire. Each step locks the project, checks who may take it
 * and whether its status allows it, moves it, audits it and tells those concerned, in one transaction.
 */
@Injectable()
export class CooperationProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
    private readonly queries: CooperationProjectsQueries,
    private readonly reads: CooperationProjectReadsService,
    private readonly matches: CooperationMatchesService,
  ) {}

  async create(auth: AuthenticatedUser, dto: CreateCooperationProjectDto): Promise<CooperationProjectResponse> {
    const { attachmentIds, ...content } = dto;
    const draft = { ...content, audience: content.audience ?? 'members' };
    checkContent(draft);
    if (draft.deadline) checkDeadline(draft.deadline);
    return this.dataSource.transaction(async (manager) => {
      const organizationId = auth.organization.id;
      // Shared lock: a suspension committed meanwhile is seen here, not after the project is in.
      const organization = await manager.findOne(Organization, {
        where: { id: organizationId },
        lock: { mode: 'pessimistic_read' },
      });
      if (organization?.status !== 'active')
        throw unprocessable('PROJECT_ORGANIZATION_INACTIVE', 'Only an active member organization publishes projects');
      if (draft.parkId) await checkPark(manager, draft.parkId, organizationId);
      const project = await manager.save(
        manager.create(CooperationProject, {
          ...draft,
          organizationId,
          parkId: draft.parkId ?? null,
          status: 'draft',
          sizeUsd: draft.sizeUsd ?? null,
          deadline: draft.deadline ?? null,
          sample: false,
          createdByUserId: auth.user.id,
        }),
      );
      if (attachmentIds !== undefined)
        await this.attachments.attach(manager, auth, PROJECT_RECORD, project.id, organizationId, attachmentIds);
      await this.audit.record(manager, {
        action: 'cooperation_project.create',
        entityType: 'CooperationProject',
        entityId: project.id,
        organizationId,
        after: { ...projectState(project), attachmentIds: attachmentIds ?? [] },
      });
      return this.reads.view(manager, auth, project.id);
    });
  }

  /** Edits a draft, or a published project (a deadline brought forward brings its expiry with it). */
  update(auth: AuthenticatedUser, id: string, dto: UpdateCooperationProjectDto): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'update', dto.version, async (manager, project) => {
      const { version: _version, attachmentIds, ...changes } = dto;
      const sent = withoutUndefined(changes);
      const newDeadline = sent.deadline && sent.deadline !== project.deadline ? sent.deadline : null;
      if (newDeadline) checkDeadline(newDeadline);
      if (sent.parkId && sent.parkId !== project.parkId) await checkPark(manager, sent.parkId, project.organizationId);
      Object.assign(project, sent);
      checkContent(project);
      // A published project's new deadline, if earlier, becomes its expiry; a later one waits for a renewal.
      if (newDeadline && project.expiresAt && deadlineEnd(newDeadline) < project.expiresAt)
        project.expiresAt = deadlineEnd(newDeadline);
      if (attachmentIds !== undefined)
        await this.attachments.attach(manager, auth, PROJECT_RECORD, project.id, project.organizationId, attachmentIds);
      return { after: attachmentIds !== undefined ? { attachmentIds } : {} };
    });
  }

  /** To the secretariat's review. */
  submit(auth: AuthenticatedUser, id: string, version: number): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'submit', version, async (manager, project) => {
      move(COOPERATION_PROJECT_TRANSITIONS, 'submit', project);
      project.submittedAt = new Date();
      return {
        tell: async () =>
          this.notifications.notifyOrganizations(manager, {
            organizationIds: await this.queries.secretariatIds(manager),
            actorUserId: auth.user.id,
            type: 'project_submitted',
            recordType: 'cooperation_project',
            recordId: project.id,
            ...titlesOf(project),
            fromEn: auth.organization.nameEn,
            fromZh: auth.organization.nameZh,
          }),
      };
    });
  }

  /** The secretariat publishes it: open until its deadline or for twelve months, whichever ends first. */
  approve(auth: AuthenticatedUser, id: string, version: number): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'approve', version, async (manager, project) => {
      if (project.deadline && project.deadline < todayUtc())
        throw unprocessable(
          'PROJECT_DEADLINE_PAST',
          'The project’s deadline has passed: send it back for a new one',
          'deadline',
        );
      move(COOPERATION_PROJECT_TRANSITIONS, 'approve', project);
      const now = new Date();
      project.publishedAt = now;
      project.expiresAt = expiryOf(now, project.deadline);
      project.remindedFor = null;
      project.returnReason = null;
      return {
        after: { publishedAt: now },
        tell: async () => {
          await this.tellOwner(manager, auth, project, 'project_approved');
          // Followers hear of it (never the owner's own people); members-only projects reach members only, as followers are.
          const followers = await this.queries.followersOf(manager, project, auth.user.id);
          await this.notifications.notifyRecipients(manager, followers, {
            actorUserId: auth.user.id,
            type: 'project_published',
            recordType: 'cooperation_project',
            recordId: project.id,
            ...titlesOf(project),
          });
          // The organizations it fits best hear of it too (in the app, and in their digest or at once).
          await this.matches.notifyStrongMatches(manager, project.id);
        },
      };
    });
  }

  /** The secretariat sends it back to its owner, saying why. */
  return(auth: AuthenticatedUser, id: string, dto: ReturnCooperationProjectDto): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'return', dto.version, async (manager, project) => {
      if (!dto.reason)
        throw unprocessable('PROJECT_RETURN_REASON_REQUIRED', 'Say what the owner should change', 'reason');
      move(COOPERATION_PROJECT_TRANSITIONS, 'return', project);
      project.returnReason = dto.reason;
      return { tell: () => this.tellOwner(manager, auth, project, 'project_returned') };
    });
  }

  /** Back to open after talks that came to nothing. */
  reopen(auth: AuthenticatedUser, id: string, version: number): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'reopen', version, async (_manager, project) => {
      move(COOPERATION_PROJECT_TRANSITIONS, 'reopen', project);
      return {};
    });
  }

  /** The owner closes it, concluded or withdrawn, with a reason; expressions still waiting lapse. */
  close(auth: AuthenticatedUser, id: string, dto: CloseCooperationProjectDto): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'close', dto.version, async (manager, project) => {
      if (!dto.reason) throw unprocessable('PROJECT_CLOSE_REASON_REQUIRED', 'Say why the project closes', 'reason');
      move(COOPERATION_PROJECT_TRANSITIONS, 'close', project);
      project.closeOutcome = dto.outcome;
      project.closeReason = dto.reason;
      project.closedAt = new Date();
      const lapsed = await this.lapseOpenExpressions(manager, project);
      return { after: { closeOutcome: dto.outcome, closeReason: dto.reason, lapsedExpressions: lapsed } };
    });
  }

  /** Keeps a project open twelve months more (from its current expiry), once its reminder is due. */
  renew(auth: AuthenticatedUser, id: string, version: number): Promise<CooperationProjectResponse> {
    return this.change(auth, id, 'renew', version, async (_manager, project) => {
      project.expiresAt = addMonths(project.expiresAt as Date, COOPERATION_OPEN_MONTHS);
      project.remindedFor = null;
      return {};
    });
  }

  /** The project's expressions still waiting lapse with it (each audited; nobody is told). */
  async lapseOpenExpressions(manager: EntityManager, project: CooperationProject): Promise<number> {
    const open = await this.queries.openExpressionsLocked(manager, project.id);
    for (const expression of open) {
      const from = move(EXPRESSION_TRANSITIONS, 'lapse', expression);
      await manager.update(
        ExpressionOfInterest,
        { id: expression.id },
        { status: expression.status, version: () => 'version + 1' },
      );
      await this.audit.record(manager, {
        action: 'expression_of_interest.lapse',
        entityType: 'ExpressionOfInterest',
        entityId: expression.id,
        organizationId: expression.organizationId,
        before: { status: from },
        after: { status: expression.status, projectId: project.id },
      });
    }
    return open.length;
  }

  /**
   * Loads the project locked (404 if the caller may not open it, or may not act on another
   * organization's project), refuses a stale version (409) and what the caller or the status does not
   * allow (422 / 409 / 403), applies the step, audits it and tells those concerned, in one transaction;
   * answers with the project as the caller sees it.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: CooperationProjectAction,
    version: number,
    apply: (manager: EntityManager, project: CooperationProject) => Promise<StepResult>,
  ): Promise<CooperationProjectResponse> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.queries.locked(manager, auth, id);
      if (!project) throw notFound('Cooperation project');
      const ability = OWNER_ABILITY[action];
      if (ability)
        assertCan(
          auth.ability,
          ability,
          'CooperationProject',
          { organizationId: project.organizationId },
          'Cooperation project',
        );
      if (project.version !== version) throw stale(project.version);
      assertAction(project, auth, action);
      const before = projectState(project);
      const result = await apply(manager, project);
      await manager.save(project);
      await this.audit.record(manager, {
        action: `cooperation_project.${action}` as AuditAction,
        entityType: 'CooperationProject',
        entityId: project.id,
        organizationId: project.organizationId,
        before,
        after: { ...projectState(project), ...result.after },
        always: action !== 'update',
      });
      await result.tell?.();
      return this.reads.view(manager, auth, id);
    });
  }

  private tellOwner(
    manager: EntityManager,
    auth: AuthenticatedUser,
    project: CooperationProject,
    type: 'project_approved' | 'project_returned',
  ) {
    return this.notifications.notifyOrganizations(manager, {
      organizationIds: [project.organizationId],
      actorUserId: auth.user.id,
      type,
      recordType: 'cooperation_project',
      recordId: project.id,
      ...titlesOf(project),
    });
  }
}

/** A title and a summary in at least one language, and one to five sectors. */
function checkContent(project: {
  titleEn?: string | null;
  titleZh?: string | null;
  summaryEn?: string | null;
  summaryZh?: string | null;
  sectors: readonly string[];
}): void {
  if (!project.titleEn && !project.titleZh)
    throw unprocessable('PROJECT_TITLE_REQUIRED', 'A project needs a title in English or Chinese', 'titleEn');
  if (!project.summaryEn && !project.summaryZh)
    throw unprocessable('PROJECT_SUMMARY_REQUIRED', 'A project needs a summary in English or Chinese', 'summaryEn');
  if (project.sectors.length === 0)
    throw unprocessable('PROJECT_SECTOR_REQUIRED', 'A project needs at least one sector', 'sectors');
}

/** A real calendar date, today or later (UTC). */
function checkDeadline(deadline: string): void {
  const parsed = new Date(`${deadline}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== deadline)
    throw new AppError(400, 'VALIDATION_FAILED', 'deadline must be a date YYYY-MM-DD', [
      { field: 'deadline', constraint: 'isDate', message: 'deadline must be a real calendar date' },
    ]);
  if (deadline < todayUtc())
    throw unprocessable('PROJECT_DEADLINE_PAST', 'The deadline has already passed', 'deadline');
}

async function checkPark(manager: EntityManager, parkId: string, organizationId: string): Promise<void> {
  const park = await manager.findOneBy(Park, { id: parkId });
  if (park?.organizationId !== organizationId)
    throw unprocessable('PROJECT_PARK_NOT_YOURS', 'The park must be one of your organization’s own', 'parkId');
}
