import type { AgreementKind } from './agreements';
import type { AttachmentDto } from './attachments';
import type { CooperationProjectKind } from './cooperation';
import type { Sector } from './sectors';
import type { OrganizationType, ParkStatus } from './enums';
import { canMove, type Machine } from './machine';

export const POST_KINDS = ['news', 'announcement', 'opportunity', 'demand', 'event'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** `members`: every signed-in user of an active member organization. */
export const POST_VISIBILITIES = ['public', 'members'] as const;
export type PostVisibility = (typeof POST_VISIBILITIES)[number];

export const POST_STATUSES = ['draft', 'published', 'archived', 'removed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/**
 * Post lifecycle: draft → published → archived; an archived post can be published again.
 * `remove` is moderation's and final; `expire` archives a notice past its expiry date (a job).
 * The key is the action, as in the API's routes.
 */
export const POST_TRANSITIONS = {
  publish: { from: ['draft', 'archived'], to: 'published' },
  archive: { from: ['draft', 'published'], to: 'archived' },
  remove: { from: ['draft', 'published', 'archived'], to: 'removed' },
  expire: { from: ['published'], to: 'archived', system: true },
} as const satisfies Machine<PostStatus>;

/** What the post's own organization does to it (removal is the secretariat's, by moderation). */
export const POST_ACTIONS = ['publish', 'archive'] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

export function allowedPostActions(status: PostStatus): PostAction[] {
  return POST_ACTIONS.filter((action) => canMove(POST_TRANSITIONS, action, status));
}

export const POST_LIMITS = {
  titleLength: 300,
  bodyLength: 50_000,
  tags: 10,
  tagLength: 40,
  countries: 20,
  /** Largest figure an organizer reports of an event (people, organizations). */
  reportedFigure: 1_000_000,
} as const;

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A registration is cancelled by its participant; a waitlisted one is confirmed when a seat frees up. */
export const REGISTRATION_TRANSITIONS = {
  cancel: { from: ['confirmed', 'waitlisted'], to: 'cancelled' },
  promote: { from: ['waitlisted'], to: 'confirmed', system: true },
} as const satisfies Machine<RegistrationStatus>;
export type RegistrationAction = keyof typeof REGISTRATION_TRANSITIONS;

/** Where and when an event post happens; required for kind `event`, refused for the others. */
export interface EventDetailsRequest {
  startsAt: string;
  endsAt: string;
  /** IANA time zone the event is announced in, e.g. Asia/Jakarta. */
  timeZone: string;
  place?: string | null;
  onlineUrl?: string | null;
  /** Seats; null = no limit. Past it, registrations join a waitlist. */
  capacity?: number | null;
  /** Once the event has started: how many people took part, as the organizer reports it (left out: kept as it was). */
  reportedAttendees?: number | null;
  /** Once the event has started: how many organizations (companies) took part (left out: kept as it was). */
  reportedOrganizations?: number | null;
}

export interface EventDetailsDto {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  /** The figures the organizer reported once the event started (null: not reported). */
  reportedAttendees: number | null;
  reportedOrganizations: number | null;
  confirmed: number;
  waitlisted: number;
  /** The signed-in reader's own registration, if any. */
  myRegistration: Exclude<RegistrationStatus, 'cancelled'> | null;
  /** The reader's place on the waitlist (1 = next), when waitlisted. */
  myWaitlistPosition: number | null;
}

export interface RegistrationDto {
  status: RegistrationStatus;
  /** Place on the waitlist (1 = next), when waitlisted. */
  waitlistPosition: number | null;
}

export interface PostRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

/** A post in a list: no bodies, a plain-text excerpt of each language instead. */
export interface PostSummaryDto {
  id: string;
  kind: PostKind;
  organizationId: string;
  organization: PostRef;
  authorName: string | null;
  titleEn: string | null;
  titleZh: string | null;
  excerptEn: string | null;
  excerptZh: string | null;
  countries: string[];
  sectors: Sector[];
  tags: string[];
  park: PostRef | null;
  visibility: PostVisibility;
  status: PostStatus;
  pinned: boolean;
  expiresAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  /** For event posts: when (shown in the event's own time zone); the post itself has the full details. */
  event: Pick<EventDetailsDto, 'startsAt' | 'endsAt' | 'timeZone'> | null;
}

export interface PostDto extends PostSummaryDto {
  /** The Markdown as written (for the editor). */
  bodyEn: string | null;
  bodyZh: string | null;
  /** The Markdown rendered to HTML and sanitized on the server: safe to insert as HTML. */
  bodyHtmlEn: string | null;
  bodyHtmlZh: string | null;
  attachments: AttachmentDto[];
  event: EventDetailsDto | null;
  createdAt: string;
  version: number;
}

export interface PostRequest {
  kind: PostKind;
  titleEn?: string | null;
  titleZh?: string | null;
  bodyEn?: string | null;
  bodyZh?: string | null;
  countries?: string[];
  sectors?: Sector[];
  tags?: string[];
  parkId?: string | null;
  visibility: PostVisibility;
  expiresAt?: string | null;
  /** The secretariat posts on behalf of an organization; others post for their own. */
  organizationId?: string;
  event?: EventDetailsRequest | null;
  /** Files uploaded with POST /api/attachments, in display order; on update, the full list replaces the old one. */
  attachmentIds?: string[];
}

export type PostUpdateRequest = Partial<Omit<PostRequest, 'organizationId'>> & { version?: number };

/** A page of a feed that grows while it is read: continue from `nextCursor` (null at the end). */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** What one search box finds: posts, parks, organizations, policy briefs and published cooperation projects (and each platform's records as they land). */
export const SEARCH_RESULT_TYPES = [
  'post',
  'park',
  'organization',
  'policy_brief',
  'cooperation_project',
  'partner_agreement',
] as const;
export type SearchResultType = (typeof SEARCH_RESULT_TYPES)[number];

interface SearchResultBase {
  id: string;
  /** The post's title, the park's or organization's name. */
  titleEn: string | null;
  titleZh: string | null;
  /** The post's excerpt, the park's or organization's description (shortened). */
  excerptEn: string | null;
  excerptZh: string | null;
  /** ISO 3166-1 alpha-2: a park's or organization's country; null for a post. */
  country: string | null;
  /** The organization behind it (a post's author organization, a park's operator); null for an organization itself. */
  organization: PostRef | null;
  publishedAt: string | null;
  rank: number;
}

/** A hit and its kind: a post's kind, a park's development status, an organization's type, a project's kind. */
export type SearchResultDto =
  | (SearchResultBase & { type: 'post'; kind: PostKind })
  | (SearchResultBase & { type: 'park'; kind: ParkStatus })
  | (SearchResultBase & { type: 'organization'; kind: OrganizationType })
  | (SearchResultBase & { type: 'policy_brief'; kind: 'policy_brief' })
  | (SearchResultBase & { type: 'cooperation_project'; kind: CooperationProjectKind })
  | (SearchResultBase & { type: 'partner_agreement'; kind: AgreementKind });
