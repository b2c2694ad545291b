import { Injectable } from '@nestjs/common';
import {
  MATCH_DIGEST_THRESHOLD,
  MATCH_LIST_LIMIT,
  MATCH_MIN_SCORE,
  matchExplanation,
  rankOrganizations,
  rankProjects,
  scoreMatch,
  type Locale,
} from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { notFound, unprocessable } from '../../../common/errors/app-error';
import { NotificationsService } from '../../notifications/notifications.service';
import { CooperationMatchesQueries, type MatchableProject } from './cooperation-matches.queries';
import type { DismissMatchDto } from './dto/match.dto';
import type { OrganizationMatchResponse, ProjectMatchResponse } from './dto/match-response.dto';

/**
 * How many candidates the SQL preselects by its estimate of the score for the contracts' functions
 * to rank: more than a list holds, so that rounding and ties at the edge never change the list.
 */
const PRESELECTED = MATCH_LIST_LIMIT * 3;
/** Lists of suggestions exist for published projects only. */
const LISTED = ['open', 'in_talks'];

/**
 * Matches of the investment cooperation platform: which organizations a project's owner should
 * approach, which open projects an organization should look at, the suggestions an organization
 * dismissed, and the digest's strong matches when a project is published. The SQL reads published
 * figures only (`CooperationMatchesQueries`); the scores are the pure functions of contracts.
 */
@Injectable()
export class CooperationMatchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: CooperationMatchesQueries,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Organizations to approach for one of the reader's organization's projects; anyone else's project is 404. */
  async forProject(viewer: AuthenticatedUser, projectId: string): Promise<OrganizationMatchResponse[]> {
    const project = await this.queries.ownProject(projectId, viewer.organization.id);
    if (!project) throw notFound('Cooperation project');
    if (!LISTED.includes(project.status)) return [];
    const candidates = await this.queries.candidatesFor(project.match, undefined, PRESELECTED);
    const byId = new Map(candidates.map((c) => [c.figures.id, c]));
    const locale = localeOf(viewer);
    return rankOrganizations(
      project.match,
      candidates.map((c) => c.figures),
    ).map((ranked) => {
      const org = byId.get(ranked.organizationId)!;
      return {
        organization: {
          id: org.figures.id,
          nameEn: org.nameEn,
          nameZh: org.nameZh,
          type: org.figures.type,
          country: org.country,
        },
        score: ranked.score,
        reasons: ranked.reasons,
        explanation: matchExplanation(ranked.reasons, locale),
      };
    });
  }

  /** Open projects of other members for the reader's organization, best first. */
  async forOrganization(viewer: AuthenticatedUser): Promise<ProjectMatchResponse[]> {
    // The preselection scores every open project sharing a sector or a country: cached until the data
    // changes; the candidates are ranked and explained here, with each project's age today.
    const own = viewer.organization.id;
    const { organization: org, projects } =
      (await this.queries.cachedCandidates(own)) ?? (await this.queries.computeCandidates(own, PRESELECTED));
    if (!org) return [];
    const byId = new Map(projects.map((p) => [p.match.id, p]));
    const locale = localeOf(viewer);
    return rankProjects(
      org.figures,
      projects.map((p) => p.match),
    ).map((ranked) => {
      const project = byId.get(ranked.projectId)!;
      return {
        project: {
          id: project.match.id,
          kind: project.match.kind,
          titleEn: project.titleEn,
          titleZh: project.titleZh,
          country: project.match.country,
          sectors: project.match.sectors,
          sizeUsd: project.match.sizeUsd,
          organization: project.owner,
        },
        score: ranked.score,
        reasons: ranked.reasons,
        explanation: matchExplanation(ranked.reasons, locale),
      };
    });
  }

  /**
   * Stops suggesting a project to the reader's organization (no `organizationId`), or, for the
   * project's owner, an organization for the project. For every user of the organization, once: a
   * second dismissal changes nothing. A pair that could never be suggested is refused
   * (MATCH_NOT_SUGGESTED); a project the reader may not see, or not its own, is 404.
   */
  async dismiss(viewer: AuthenticatedUser, dto: DismissMatchDto): Promise<void> {
    const own = viewer.organization.id;
    await this.dataSource.transaction(async (manager) => {
      let project: MatchableProject | null;
      let suggested: string;
      if (dto.organizationId) {
        project = await this.queries.ownProject(dto.projectId, own, manager);
        if (!project) throw notFound('Cooperation project');
        suggested = dto.organizationId;
      } else {
        project = await this.queries.publishedProject(dto.projectId, manager);
        if (!project) throw notFound('Cooperation project');
        suggested = own;
      }
      // An organization's own list holds open projects; a project's list is kept while it is in talks too.
      const listed = dto.organizationId ? LISTED : ['open'];
      await this.assertSuggestible(
        manager,
        project,
        suggested,
        listed,
        dto.organizationId ? 'organizationId' : 'projectId',
      );
      const id = await this.queries.dismiss(manager, {
        organizationId: own,
        projectId: project.match.id,
        suggestedOrganizationId: suggested,
        userId: viewer.user.id,
      });
      if (id)
        await this.audit.record(manager, {
          action: 'match.dismiss',
          entityType: 'MatchDismissal',
          entityId: id,
          organizationId: own,
          after: { projectId: project.match.id, suggestedOrganizationId: suggested },
        });
    });
  }

  /**
   * When a project is published: tells the active users of each organization that fits it at
   * `MATCH_DIGEST_THRESHOLD` or above (`match_suggested`, in the app and by e-mail at once or in the
   * daily digest as each user chose), in the caller's transaction. Never the same organization twice
   * for a project. Answers the number of users told.
   */
  async notifyStrongMatches(manager: EntityManager, projectId: string): Promise<number> {
    const project = await this.queries.project(projectId, manager);
    if (!project || !LISTED.includes(project.status)) return 0;
    const candidates = await this.queries.candidatesFor(project.match, manager);
    const strong = rankOrganizations(
      project.match,
      candidates.map((c) => c.figures),
      new Date(),
      Number.POSITIVE_INFINITY,
    )
      .filter((m) => m.score >= MATCH_DIGEST_THRESHOLD)
      .map((m) => m.organizationId);
    const told = await this.queries.alreadySuggested(manager, projectId, strong);
    return this.notifications.notifyOrganizations(manager, {
      organizationIds: strong.filter((id) => !told.has(id)),
      actorUserId: null,
      type: 'match_suggested',
      recordType: 'cooperation_project',
      recordId: projectId,
      titleEn: project.titleEn,
      titleZh: project.titleZh,
      fromEn: project.owner.nameEn,
      fromZh: project.owner.nameZh,
    });
  }

  /**
   * A pair is suggestible when the organization is an active member other than the project's owner
   * and scores at least MATCH_MIN_SCORE for it (dismissals and expressions aside, so that dismissing
   * twice stays a success).
   */
  private async assertSuggestible(
    manager: EntityManager,
    project: MatchableProject,
    organizationId: string,
    listed: string[],
    field: string,
  ): Promise<void> {
    const org =
      organizationId === project.match.organizationId ? null : await this.queries.organization(organizationId, manager);
    const fits =
      org !== null &&
      listed.includes(project.status) &&
      scoreMatch(project.match, org.figures).score >= MATCH_MIN_SCORE;
    if (!fits) throw unprocessable('MATCH_NOT_SUGGESTED', 'This match is not among the suggestions', field);
  }
}

function localeOf(viewer: AuthenticatedUser): Locale {
  return viewer.user.locale ?? 'en';
}
