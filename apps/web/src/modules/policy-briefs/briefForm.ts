import {
  ATTACHMENT_TYPES,
  POLICY_TOPICS,
  type AttachmentDto,
  type PolicyBriefAudience,
  type PolicyBriefDto,
  type PolicyBriefRequest,
  type PolicyBriefUpdateRequest,
  type PolicyBriefVersionDto,
  type PolicyTopic,
} from '@alliance/contracts';

/** What the editor holds: empty texts are null, never "". */
export interface BriefFormValues {
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  countries: string[];
  topics: PolicyTopic[];
  audience: PolicyBriefAudience;
  /** Uploaded PDFs in display order; only their ids are sent. */
  attachments: AttachmentDto[];
}

const TITLES = ['titleEn', 'titleZh'] as const;
const TEXTS = ['summaryEn', 'summaryZh', 'bodyEn', 'bodyZh'] as const;

/** The version the editor changes: the one being written (never the published one readers keep). */
export function editedVersion(brief: PolicyBriefDto): PolicyBriefVersionDto {
  return brief.working ?? brief.content;
}

/** Every key present, so server errors can be put on any field (see applyApiFieldErrors). */
export function toBriefFormValues(version?: PolicyBriefVersionDto): BriefFormValues {
  return {
    titleEn: version?.titleEn ?? null,
    titleZh: version?.titleZh ?? null,
    summaryEn: version?.summaryEn ?? null,
    summaryZh: version?.summaryZh ?? null,
    bodyEn: version?.bodyEn ?? null,
    bodyZh: version?.bodyZh ?? null,
    countries: version?.countries ?? [],
    topics: version?.topics ?? [],
    // Public unless the author says otherwise: briefs are the alliance's voice abroad.
    audience: version?.audience ?? 'public',
    attachments: version?.attachments ?? [],
  };
}

/** Whether a title is given in at least one language: the API refuses a brief without one. */
export function hasTitle(values: Pick<BriefFormValues, 'titleEn' | 'titleZh'>): boolean {
  return Boolean(values.titleEn?.trim() || values.titleZh?.trim());
}

/** The topics in the contracts' order, each once, whatever order they were ticked in. */
export function orderedTopics(topics: readonly PolicyTopic[]): PolicyTopic[] {
  return POLICY_TOPICS.filter((topic) => topics.includes(topic));
}

/** The files that are not PDFs: a brief carries PDFs only (the API refuses the others). */
export function notPdf(attachments: readonly AttachmentDto[]): AttachmentDto[] {
  return attachments.filter((attachment) => attachment.mimeType !== ATTACHMENT_TYPES.pdf.mime);
}

/** The form's fields as request fields; `clear` sends emptied texts as null (an update) instead of leaving them out. */
function requestFields(values: BriefFormValues, clear: boolean): PolicyBriefRequest {
  const body: PolicyBriefRequest = {
    countries: [...values.countries],
    topics: orderedTopics(values.topics),
    audience: values.audience,
  };
  // Titles and summaries lose surrounding spaces; Markdown keeps its indentation, only trailing blank lines go.
  for (const key of TITLES) {
    const value = values[key]?.trim();
    if (value) body[key] = value;
    else if (clear) body[key] = null;
  }
  for (const key of TEXTS) {
    const value = key.startsWith('summary') ? values[key]?.trim() : values[key]?.trimEnd();
    if (value) body[key] = value;
    else if (clear) body[key] = null;
  }
  // An update sends the whole list even when empty: it replaces the old one.
  if (values.attachments.length > 0 || clear) body.attachmentIds = values.attachments.map((file) => file.id);
  return body;
}

/** A new brief (a draft, version 1): empty fields are left out. */
export function toCreateBriefRequest(values: BriefFormValues): PolicyBriefRequest {
  return requestFields(values, false);
}

/** An edit of the version being written: emptied fields go out as null, with the brief's version the form was filled from. */
export function toUpdateBriefRequest(values: BriefFormValues, version: number): PolicyBriefUpdateRequest {
  return { ...requestFields(values, true), version };
}
