import { Injectable } from '@nestjs/common';
import {
  ATTACHMENT_TYPES,
  IllegalTransitionError,
  move,
  POLICY_BRIEF_TRANSITIONS,
  POLICY_BRIEF_VERSION_TRANSITIONS,
  canReviewBriefVersion,
  policyBriefActions,
  type PolicyBriefAction,
} from '@alliance/contracts';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { assertCan } from '../../common/policy/scope';
import { withoutUndefined } from '../../common/validation/transforms';
import { Attachment } from '../attachments/entities/attachment.entity';
import { AttachmentsService } from '../attachments/attachments.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Organization } from '../organizations/entities/organization.entity';
import { PolicyBriefCommentResponse, type PolicyBriefResponse } from './dto/policy-brief-response.dto';
import type { CreatePolicyBriefDto, UpdatePolicyBriefDto } from './dto/policy-brief.dto';
import { PolicyBriefComment } from './entities/policy-brief-comment.entity';
import { PolicyBriefVersion } from './entities/policy-brief-version.entity';
import { PolicyBrief } from './entities/policy-brief.entity';
import {
  actorOf,
  BRIEF_VERSION_RECORD,
  contentOf,
  insider,
  mirror,
  ownOrganization,
  render,
  stateOf,
} from './policy-brief-records';
import { PolicyBriefReadsService } from './policy-brief-reads.service';
import { PolicyBriefsQueries } from './policy-briefs.queries';

type ReviewAction = 'submit' | 'request_changes' | 'publish';

/**
 * Policy briefs: written by a member organization, reviewed by the secretariat (never by the one
 * who wrote the version), published in versions, retracted when they must be. Each step locks the
 * brief, checks who may take it and whether its status allows it, changes it, audits and notifies,
 * in one transaction.
 */
@Injectable()
export class PolicyBriefsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
    private readonly queries: PolicyBriefsQueries,
    private readonly reads: PolicyBriefReadsService,
  ) {}

  async create(auth: AuthenticatedUser, dto: CreatePolicyBriefDto): Promise<PolicyBriefResponse> {
    const { organizationId: requested, attachmentIds, ...content } = dto;
    const organizationId = requested ?? auth.organization.id;
    assertCan(auth.ability, 'create', 'PolicyBrief', { organizationId }, 'Organization');
    if (!content.titleEn && !content.titleZh)
      throw unprocessable('BRIEF_TITLE_REQUIRED', 'A brief needs a title in English or Chinese', 'titleEn');
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOneBy(Organization, { id: organizationId });
      if (!organization) throw notFound('Organization');
      if (organization.status !== 'active')
        throw unprocessable(
          'BRIEF_ORGANIZATION_INACTIVE',
          'Only an active member organization writes briefs',
          'organizationId',
        );
      const brief = manager.create(PolicyBrief, {
        organizationId,
        authorUserId: auth.user.id,
        status: 'draft',
        publishedVersion: null,
        workingVersion: 1,
        workingStatus: 'draft',
      });
      const version = manager.create(PolicyBriefVersion, {
        ...content,
        number: 1,
        status: 'draft',
        authorUserId: auth.user.id,
      });
      render(version);
      mirror(brief, version);
      const saved = await manager.save(brief);
      version.briefId = saved.id;
      const savedVersion = await manager.save(version);
      await this.attachPdfs(manager, auth, savedVersion, organizationId, attachmentIds);
      await this.audit.record(manager, {
        action: 'policy_brief.create',
        entityType: 'PolicyBrief',
        entityId: saved.id,
        organizationId,
        after: { ...contentOf(savedVersion), number: 1, attachmentIds: attachmentIds ?? [] },
      });
      return this.reads.view(manager, auth, saved.id);
    });
  }

  /** Edits the version being written (a draft, or one sent back); readers keep the published one meanwhile. */
  update(auth: AuthenticatedUser, id: string, dto: UpdatePolicyBriefDto): Promise<PolicyBriefResponse> {
    return this.change(auth, id, 'update', async (manager, brief, working) => {
      const { version, attachmentIds, ...changes } = dto;
      if (version !== undefined && version !== brief.version)
        throw new AppError(
          409,
          'CONFLICT',
          'Someone else changed this brief since you opened it; reload and apply your changes again',
          [{ field: 'version', constraint: 'current', message: String(brief.version) }],
        );
      const draft = working as PolicyBriefVersion;
      Object.assign(draft, withoutUndefined(changes));
      if (!draft.titleEn && !draft.titleZh)
        throw unprocessable('BRIEF_TITLE_REQUIRED', 'A brief needs a title in English or Chinese', 'titleEn');
      render(draft);
      await manager.save(draft);
      if (attachmentIds !== undefined) await this.attachPdfs(manager, auth, draft, brief.organizationId, attachmentIds);
      if (brief.publishedVersion === null) mirror(brief, draft);
      return contentOf(draft);
    });
  }

  /** `submit` (its organization), `request_changes` and `publish` (the secretariat, never on its own writing). */
  review(auth: AuthenticatedUser, id: string, action: ReviewAction, comment?: string): Promise<PolicyBriefResponse> {
    return this.change(auth, id, action, async (manager, brief, working) => {
      const draft = working as PolicyBriefVersion;
      move(POLICY_BRIEF_VERSION_TRANSITIONS, action, draft);
      const first = brief.publishedVersion === null;
      if (first) move(POLICY_BRIEF_TRANSITIONS, action, brief);
      const now = new Date();
      if (action === 'submit') draft.submittedAt = now;
      else draft.reviewerUserId = auth.user.id;
      brief.workingStatus = draft.status;
      if (action === 'publish') {
        draft.publishedAt = now;
        brief.publishedVersion = draft.number;
        brief.workingVersion = null;
        brief.workingStatus = null;
        if (first) brief.publishedAt = now;
        mirror(brief, draft);
      }
      await manager.save(draft);
      if (action === 'request_changes')
        await manager.insert(PolicyBriefComment, {
          briefId: brief.id,
          versionNumber: draft.number,
          authorUserId: auth.user.id,
          side: 'secretariat',
          kind: 'changes_requested',
          body: comment as string,
        });
      await this.tell(manager, auth, brief, draft, action, first);
      return { version: draft.number, status: draft.status, ...(comment ? { comment } : {}) };
    });
  }

  /** Withdraws a published brief from readers: it stays at its address, marked as retracted with the reason. */
  retract(auth: AuthenticatedUser, id: string, reason: string): Promise<PolicyBriefResponse> {
    return this.change(auth, id, 'retract', async (manager, brief) => {
      move(POLICY_BRIEF_TRANSITIONS, 'retract', brief);
      brief.retractedReason = reason;
      brief.retractedAt = new Date();
      await this.notifications.notifyOrganizations(manager, {
        organizationIds: [brief.organizationId],
        actorUserId: auth.user.id,
        type: 'brief_retracted',
        recordType: 'policy_brief',
        recordId: brief.id,
        titleEn: brief.titleEn,
        titleZh: brief.titleZh,
      });
      return { reason };
    });
  }

  /** Starts version n+1 of a published brief as a draft: the published version's content and files, to change. */
  newVersion(auth: AuthenticatedUser, id: string): Promise<PolicyBriefResponse> {
    return this.change(auth, id, 'new_version', async (manager, brief) => {
      const published = await this.queries.version(manager, brief.id, brief.publishedVersion as number);
      if (!published) throw notFound('Policy brief version');
      const draft = manager.create(PolicyBriefVersion, {
        ...contentOf(published),
        briefId: brief.id,
        number: published.number + 1,
        status: 'draft',
        authorUserId: auth.user.id,
      });
      render(draft);
      await manager.save(draft);
      await this.attachments.copy(
        manager,
        { recordType: BRIEF_VERSION_RECORD, recordId: published.id },
        { recordType: BRIEF_VERSION_RECORD, recordId: draft.id },
      );
      brief.workingVersion = draft.number;
      brief.workingStatus = 'draft';
      return { version: draft.number };
    });
  }

  async comment(auth: AuthenticatedUser, id: string, body: string): Promise<PolicyBriefCommentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const brief = await this.queries.locked(manager, id);
      if (!brief || !insider(brief, auth) || (brief.status === 'draft' && !ownOrganization(brief, auth)))
        throw notFound('Policy brief');
      this.allow(auth, brief, null, 'comment');
      const saved = await manager.save(
        manager.create(PolicyBriefComment, {
          briefId: id,
          versionNumber: brief.workingVersion ?? brief.publishedVersion ?? 1,
          authorUserId: auth.user.id,
          side: ownOrganization(brief, auth) ? 'author' : 'secretariat',
          kind: 'comment',
          body,
        }),
      );
      await this.audit.record(manager, {
        action: 'policy_brief.comment',
        entityType: 'PolicyBrief',
        entityId: id,
        organizationId: brief.organizationId,
        after: { commentId: saved.id, body },
      });
      return PolicyBriefCommentResponse.from({ ...saved, author: auth.user });
    });
  }

  /**
   * Loads the brief locked (404 if the caller may not open it, or may not act on another
   * organization's brief), refuses what the caller's role or the status does not allow, applies
   * the change and audits it, in one transaction.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: PolicyBriefAction,
    apply: (manager: EntityManager, brief: PolicyBrief, working: PolicyBriefVersion | null) => Promise<object>,
  ): Promise<PolicyBriefResponse> {
    return this.dataSource.transaction(async (manager) => {
      const brief = await this.queries.locked(manager, id);
      if (!brief || !insider(brief, auth) || (brief.status === 'draft' && !ownOrganization(brief, auth)))
        throw notFound('Policy brief');
      const working = brief.workingVersion
        ? await manager.findOne(PolicyBriefVersion, {
            where: { briefId: id, number: brief.workingVersion },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      this.allow(auth, brief, working, action);
      const before = { status: brief.status, workingStatus: brief.workingStatus, ...contentOf(working ?? brief) };
      const after = await apply(manager, brief, working);
      await manager.save(brief);
      await this.audit.record(manager, {
        action: `policy_brief.${action}`,
        entityType: 'PolicyBrief',
        entityId: id,
        organizationId: brief.organizationId,
        before,
        after: { status: brief.status, workingStatus: brief.workingStatus, ...after },
      });
      return this.reads.view(manager, auth, id);
    });
  }

  /**
   * Who may take `action` (403 naming the rule), then whether the brief's state allows it (409
   * naming the actions it allows).
   */
  private allow(
    auth: AuthenticatedUser,
    brief: PolicyBrief,
    working: PolicyBriefVersion | null,
    action: PolicyBriefAction,
  ): void {
    const actor = actorOf(auth);
    const own = ownOrganization(brief, auth);
    if ((action === 'update' || action === 'submit' || action === 'new_version') && !own)
      throw forbidden("Only the brief's own organization writes and submits it");
    if (action === 'update' || action === 'submit')
      assertCan(auth.ability, action, 'PolicyBrief', { organizationId: brief.organizationId }, 'Policy brief');
    if (action === 'new_version')
      assertCan(auth.ability, 'update', 'PolicyBrief', { organizationId: brief.organizationId }, 'Policy brief');
    if (action === 'request_changes' || action === 'publish') {
      if (!actor.secretariat) throw forbidden('Only the secretariat reviews policy briefs');
      if (working && !canReviewBriefVersion(working, actor))
        throw forbidden('You wrote this version: another secretariat user reviews it');
    }
    if (action === 'retract')
      assertCan(auth.ability, 'retract', 'PolicyBrief', { organizationId: brief.organizationId }, 'Policy brief');
    const allowed = policyBriefActions(stateOf(brief, working), actor);
    if (!allowed.includes(action)) {
      const status = working && action !== 'retract' ? working.status : brief.status;
      throw new IllegalTransitionError(action, status, allowed);
    }
  }

  /** Who hears of a step: the secretariat of a submission, the authors of the review's outcome, followers of a first publication. */
  private async tell(
    manager: EntityManager,
    auth: AuthenticatedUser,
    brief: PolicyBrief,
    version: PolicyBriefVersion,
    action: ReviewAction,
    first: boolean,
  ): Promise<void> {
    const step = {
      actorUserId: auth.user.id,
      recordType: 'policy_brief' as const,
      recordId: brief.id,
      titleEn: version.titleEn,
      titleZh: version.titleZh,
    };
    if (action === 'submit') {
      const secretariat = await manager.find(Organization, {
        where: { type: 'secretariat', status: 'active' },
        select: { id: true },
      });
      await this.notifications.notifyOrganizations(manager, {
        ...step,
        organizationIds: secretariat.map((o) => o.id),
        type: 'brief_submitted',
      });
      return;
    }
    await this.notifications.notifyOrganizations(manager, {
      ...step,
      organizationIds: [brief.organizationId],
      type: action === 'publish' ? 'brief_approved' : 'brief_changes_requested',
    });
    if (action === 'publish' && first)
      await this.notifications.briefPublished(manager, { ...brief, ...step }, auth.user.id);
  }

  /** PDFs only: a brief's files are documents a reader can cite. */
  private async attachPdfs(
    manager: EntityManager,
    auth: AuthenticatedUser,
    version: PolicyBriefVersion,
    organizationId: string,
    ids: string[] | undefined,
  ): Promise<void> {
    if (ids === undefined) return;
    if (ids.length && (await manager.existsBy(Attachment, { id: In(ids), mimeType: Not(ATTACHMENT_TYPES.pdf.mime) })))
      throw unprocessable('BRIEF_ATTACHMENT_NOT_PDF', 'A policy brief carries PDF files only', 'attachmentIds');
    await this.attachments.attach(manager, auth, BRIEF_VERSION_RECORD, version.id, organizationId, ids);
  }
}
