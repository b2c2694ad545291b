import type { PolicyBriefActor, PolicyBriefState } from '@alliance/contracts';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { renderMarkdown } from '../posts/markdown';
import { zhGramsOf } from '../posts/post-search';
import type { PolicyBriefVersion } from './entities/policy-brief-version.entity';
import type { PolicyBrief } from './entities/policy-brief.entity';

/** Attachments belong to a version: each version keeps the files it was published with. */
export const BRIEF_VERSION_RECORD = 'policy_brief_version';

/** What a version's content is, as written (the rest is derived or the workflow's). */
const CONTENT_FIELDS = [
  'titleEn',
  'titleZh',
  'summaryEn',
  'summaryZh',
  'bodyEn',
  'bodyZh',
  'countries',
  'topics',
  'audience',
] as const;

export function actorOf(auth: AuthenticatedUser): PolicyBriefActor {
  return {
    userId: auth.user.id,
    organizationId: auth.organization.id,
    secretariat: auth.principal.organizationType === 'secretariat',
    admin: auth.principal.orgRole === 'admin',
  };
}

export function stateOf(brief: PolicyBrief, working: PolicyBriefVersion | null): PolicyBriefState {
  return {
    status: brief.status,
    organizationId: brief.organizationId,
    working: working ? { status: working.status, authorUserId: working.authorUserId } : null,
  };
}

export const ownOrganization = (brief: PolicyBrief, viewer: AuthenticatedUser): boolean =>
  brief.organizationId === viewer.organization.id;

/** The brief's own organization and the secretariat: they see the version being written and the review thread. */
export const insider = (brief: PolicyBrief, viewer: AuthenticatedUser): boolean =>
  ownOrganization(brief, viewer) || viewer.principal.organizationType === 'secretariat';

export function seesVersion(
  brief: PolicyBrief,
  version: Pick<PolicyBriefVersion, 'status'>,
  viewer: AuthenticatedUser | null,
): boolean {
  return version.status === 'published' || (viewer !== null && insider(brief, viewer));
}

export function render(version: PolicyBriefVersion): void {
  version.bodyHtmlEn = version.bodyEn ? renderMarkdown(version.bodyEn).html : null;
  version.bodyHtmlZh = version.bodyZh ? renderMarkdown(version.bodyZh).html : null;
}

/** The brief's copy of the version it shows, for lists, filters and search. */
export function mirror(brief: PolicyBrief, version: PolicyBriefVersion): void {
  Object.assign(brief, contentOf(version));
  brief.zhGrams = zhGramsOf(version.titleZh, version.summaryZh, version.bodyZh);
}

export function contentOf(record: Partial<Pick<PolicyBriefVersion, (typeof CONTENT_FIELDS)[number]>>) {
  return Object.fromEntries(CONTENT_FIELDS.map((field) => [field, record[field]])) as Pick<
    PolicyBriefVersion,
    (typeof CONTENT_FIELDS)[number]
  >;
}
