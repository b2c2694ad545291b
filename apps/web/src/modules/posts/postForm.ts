import type {
  AttachmentDto,
  EventDetailsRequest,
  PostDto,
  PostKind,
  PostRequest,
  PostUpdateRequest,
  PostVisibility,
  Sector,
} from '@alliance/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../lib/apiClient';
import { defaultTimeZone, isoToZoned, zonedToIso } from './eventTime';
import { reportedFigures } from './eventFigures';

/** What the editor holds: empty texts are null, never "". */
export interface PostFormValues {
  organizationId: string | undefined;
  kind: PostKind;
  visibility: PostVisibility;
  titleEn: string | null;
  titleZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  countries: string[];
  sectors: Sector[];
  tags: string[];
  parkId: string | null;
  expiresAt: Dayjs | null;
  /** Uploaded files in display order; only their ids are sent. */
  attachments: AttachmentDto[];
  /** Used only when the kind is `event`. */
  event: EventFormValues;
}

/** An event's details as the editor holds them: the range is a wall-clock time in `timeZone`. */
export interface EventFormValues {
  range: [Dayjs, Dayjs] | null;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  /** Empty: no limit. */
  capacity: number | null;
  /** What took place, given once the event has started (the fields show only then). */
  reportedAttendees: number | null;
  reportedOrganizations: number | null;
}

const TEXT_FIELDS = ['titleEn', 'titleZh', 'bodyEn', 'bodyZh'] as const;

/** Every key present, so server errors can be put on any field (see applyApiFieldErrors). */
export function toFormValues(post?: PostDto): PostFormValues {
  return {
    organizationId: post?.organizationId,
    kind: post?.kind ?? 'news',
    visibility: post?.visibility ?? 'public',
    titleEn: post?.titleEn ?? null,
    titleZh: post?.titleZh ?? null,
    bodyEn: post?.bodyEn ?? null,
    bodyZh: post?.bodyZh ?? null,
    countries: post?.countries ?? [],
    sectors: post?.sectors ?? [],
    tags: post?.tags ?? [],
    parkId: post?.park?.id ?? null,
    expiresAt: post?.expiresAt ? dayjs(post.expiresAt) : null,
    attachments: post?.attachments ?? [],
    event: toEventFormValues(post?.event ?? null),
  };
}

function toEventFormValues(event: PostDto['event']): EventFormValues {
  if (!event)
    return {
      range: null,
      timeZone: defaultTimeZone(),
      place: null,
      onlineUrl: null,
      capacity: null,
      reportedAttendees: null,
      reportedOrganizations: null,
    };
  const figures = reportedFigures(event);
  return {
    range: [isoToZoned(event.startsAt, event.timeZone), isoToZoned(event.endsAt, event.timeZone)],
    timeZone: event.timeZone,
    place: event.place,
    onlineUrl: event.onlineUrl,
    capacity: event.capacity,
    reportedAttendees: figures.attendees,
    reportedOrganizations: figures.organizations,
  };
}

/** Whether the event has started by `now` (its start read in its zone): only then can it report its figures. */
export function eventStarted(event: Pick<EventFormValues, 'range' | 'timeZone'>, now: number = Date.now()): boolean {
  if (!event.range) return false;
  return new Date(zonedToIso(event.range[0], event.timeZone)).getTime() <= now;
}

/** Whether the event ends after it starts (as wall-clock times in the same zone). */
export function endsAfterStart(range: EventFormValues['range']): boolean {
  return !range || range[1].isAfter(range[0]);
}

/** Whether the event says where to go: a place, an online link, or both. */
export function hasVenue(event: Pick<EventFormValues, 'place' | 'onlineUrl'>): boolean {
  return Boolean(event.place?.trim() || event.onlineUrl?.trim());
}

/**
 * The event as the API takes it: the picked times read in the chosen zone, sent as instants; its
 * figures once it has started (null clears one), never before (the API would refuse them).
 */
export function toEventRequest(event: EventFormValues, now: number = Date.now()): EventDetailsRequest | null {
  if (!event.range) return null;
  const figures = eventStarted(event, now)
    ? { reportedAttendees: event.reportedAttendees ?? null, reportedOrganizations: event.reportedOrganizations ?? null }
    : {};
  return {
    startsAt: zonedToIso(event.range[0], event.timeZone),
    endsAt: zonedToIso(event.range[1], event.timeZone),
    timeZone: event.timeZone,
    place: event.place?.trim() || null,
    onlineUrl: event.onlineUrl?.trim() || null,
    capacity: event.capacity ?? null,
    ...figures,
  };
}

/** Whether a title is given in at least one language: the API refuses a post without one. */
export function hasTitle(values: Pick<PostFormValues, 'titleEn' | 'titleZh'>): boolean {
  return Boolean(values.titleEn?.trim() || values.titleZh?.trim());
}

/** Tags trimmed, blank ones dropped, each once (case-insensitively), in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const value = tag.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

/** The notice expires after the chosen day: the end of that day in the author's time zone. */
export function expiryOf(day: Dayjs | null): string | null {
  return day ? day.endOf('day').toISOString() : null;
}

/** The form's fields as request fields; `clear` sends emptied ones as null (an update) instead of leaving them out. */
function requestFields(values: PostFormValues, clear: boolean): PostRequest {
  const body: PostRequest = {
    kind: values.kind,
    visibility: values.visibility,
    countries: [...values.countries],
    sectors: [...values.sectors],
    tags: cleanTags(values.tags),
  };
  for (const key of TEXT_FIELDS) {
    // Titles lose surrounding spaces; Markdown keeps its indentation, only trailing blank lines go.
    const value = key.startsWith('title') ? values[key]?.trim() : values[key]?.trimEnd();
    if (value) body[key] = value;
    else if (clear) body[key] = null;
  }
  if (values.parkId) body.parkId = values.parkId;
  else if (clear) body.parkId = null;
  const expiresAt = expiryOf(values.expiresAt);
  if (expiresAt) body.expiresAt = expiresAt;
  else if (clear) body.expiresAt = null;
  // An update sends the whole list even when empty: it replaces the old one.
  // Only an event has details; any other kind clears them (a post that stopped being an event).
  body.event = values.kind === 'event' && values.event ? toEventRequest(values.event) : null;
  if (values.attachments.length > 0 || clear)
    body.attachmentIds = values.attachments.map((attachment) => attachment.id);
  return body;
}

/** A new post (a draft): empty fields are left out. The organization is chosen only here (secretariat). */
export function toCreatePostRequest(values: PostFormValues): PostRequest {
  const body = requestFields(values, false);
  if (values.organizationId) body.organizationId = values.organizationId;
  return body;
}

/** An edit: emptied fields go out as null, which clears them, with the version the form was filled from. */
export function toUpdatePostRequest(values: PostFormValues, version: number): PostUpdateRequest {
  return { ...requestFields(values, true), version };
}

/** Someone else saved the post after this form was filled; a 409 about a unique value is another story. */
export function isVersionConflict(error: unknown): boolean {
  return (
    isApiError(error) && error.code === 'CONFLICT' && !error.details.some((detail) => detail.constraint === 'unique')
  );
}
