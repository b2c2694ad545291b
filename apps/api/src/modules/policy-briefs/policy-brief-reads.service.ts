import { Injectable, type OnModuleInit } from '@nestjs/common';
import { policyBriefActions, type Paginated } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { notFound, unprocessable } from '../../common/errors/app-error';
import { AttachmentsService } from '../attachments/attachments.service';
import {
  PolicyBriefCommentResponse,
  type PolicyBriefDiffResponse,
  type PolicyBriefResponse,
  PolicyBriefSummaryResponse,
  PolicyBriefVersionResponse,
  PolicyBriefVersionSummaryResponse,
} from './dto/policy-brief-response.dto';
import type { ListPolicyBriefsQueryDto } from './dto/policy-brief.dto';
import { versionsDiff } from './policy-brief-diff';
import { actorOf, BRIEF_VERSION_RECORD, insider, seesVersion, stateOf } from './policy-brief-records';
import { PolicyBriefsQueries } from './policy-briefs.queries';

/**
 * What readers see of policy briefs: lists, a brief as its reader may open it (the published version;
 * its organization and the secretariat also the one being written, and the review thread), versions,
 * the word diff between two, and the files of a version.
 */
@Injectable()
export class PolicyBriefReadsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: AttachmentsService,
    private readonly queries: PolicyBriefsQueries,
  ) {}

  onModuleInit(): void {
    this.attachments.registerReader(BRIEF_VERSION_RECORD, (viewer, id) => this.canReadVersionFiles(viewer, id));
  }

  list(
    viewer: AuthenticatedUser | null,
    query: ListPolicyBriefsQueryDto,
  ): Promise<Paginated<PolicyBriefSummaryResponse>> {
    return this.queries.list(viewer, query);
  }

  get(viewer: AuthenticatedUser | null, id: string): Promise<PolicyBriefResponse> {
    return this.view(this.dataSource.manager, viewer, id);
  }

  /** The versions a reader may see: the published ones; its organization and the secretariat also the one being written. */
  async versions(
    viewer: AuthenticatedUser | null,
    id: string,
  ): Promise<{ items: PolicyBriefVersionSummaryResponse[] }> {
    const manager = this.dataSource.manager;
    const brief = await this.queries.openable(manager, viewer, id);
    if (!brief) throw notFound('Policy brief');
    const versions = await this.queries.versions(manager, id);
    return { items: versions.filter((v) => seesVersion(brief, v, viewer)).map(PolicyBriefVersionSummaryResponse.from) };
  }

  async diff(viewer: AuthenticatedUser | null, id: string, from: number, to: number): Promise<PolicyBriefDiffResponse> {
    const manager = this.dataSource.manager;
    const brief = await this.queries.openable(manager, viewer, id);
    if (!brief) throw notFound('Policy brief');
    const versions = (await this.queries.versions(manager, id, [from, to])).filter((v) =>
      seesVersion(brief, v, viewer),
    );
    const older = versions.find((v) => v.number === from);
    const newer = versions.find((v) => v.number === to);
    if (!older || !newer)
      throw unprocessable('BRIEF_VERSION_UNKNOWN', 'The brief has no such version you may read', older ? 'to' : 'from');
    return versionsDiff(older, newer);
  }

  /** The review thread: its organization and the secretariat only (a 404 to anyone else). */
  async comments(auth: AuthenticatedUser, id: string): Promise<{ items: PolicyBriefCommentResponse[] }> {
    const manager = this.dataSource.manager;
    const brief = await this.queries.openable(manager, auth, id);
    if (!brief || !insider(brief, auth)) throw notFound('Policy brief');
    return { items: (await this.queries.comments(manager, id)).map(PolicyBriefCommentResponse.from) };
  }

  /** The brief as `viewer` may open it (404 otherwise), in `manager`'s transaction when a change answers with it. */
  async view(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<PolicyBriefResponse> {
    const brief = await this.queries.openable(manager, viewer, id);
    if (!brief) throw notFound('Policy brief');
    const inside = viewer !== null && insider(brief, viewer);
    const shownNumber = brief.publishedVersion ?? (brief.workingVersion as number);
    const numbers = [shownNumber, ...(inside && brief.workingVersion ? [brief.workingVersion] : [])];
    const versions = await this.queries.versions(manager, id, numbers);
    const files = await this.attachments.listForMany(
      manager,
      BRIEF_VERSION_RECORD,
      versions.map((v) => v.id),
    );
    const response = (number: number | null) => {
      const v = versions.find((candidate) => candidate.number === number);
      return v ? PolicyBriefVersionResponse.from(v, files.get(v.id) ?? []) : null;
    };
    const working =
      inside && brief.workingVersion ? (versions.find((v) => v.number === brief.workingVersion) ?? null) : null;
    return {
      ...PolicyBriefSummaryResponse.from(brief),
      content: response(shownNumber) as PolicyBriefVersionResponse,
      working: inside ? response(brief.workingVersion) : null,
      retractedReason: brief.retractedReason,
      retractedAt: brief.retractedAt?.toISOString() ?? null,
      actions: viewer ? policyBriefActions(stateOf(brief, working), actorOf(viewer)) : [],
      version: brief.version,
    };
  }

  /** A version's files: to whoever may read that version of the brief. */
  private async canReadVersionFiles(viewer: AuthenticatedUser | null, versionId: string): Promise<boolean> {
    const manager = this.dataSource.manager;
    const version = await this.queries.versionRef(manager, versionId);
    if (!version) return false;
    const brief = await this.queries.openable(manager, viewer, version.briefId);
    return brief !== null && seesVersion(brief, version, viewer);
  }
}
