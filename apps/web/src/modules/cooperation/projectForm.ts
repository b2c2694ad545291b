import type {
  AttachmentDto,
  CooperationAudience,
  CooperationProjectDto,
  CooperationProjectKind,
  CooperationProjectRequest,
  CooperationProjectUpdateRequest,
  DealMoveRequest,
  DealTransition,
  Sector,
} from '@alliance/contracts';
import { normalizeAmount } from '../financing/money';

/** A day as the date picker gives it (dayjs): only its calendar date is sent. */
interface Day {
  format(template: string): string;
}

/** What the editor holds; every key present so server errors can be put on any field. */
export interface ProjectFormValues {
  kind: CooperationProjectKind | undefined;
  parkId: string | null;
  titleEn: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryZh: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  sectors: Sector[];
  country: string | undefined;
  /** As typed; grouping commas and spaces are taken out before it is checked and sent (never a float). */
  sizeUsd: string | null;
  deadline: Day | null;
  audience: CooperationAudience;
  /** Uploaded files in display order; only their ids are sent. */
  attachments: AttachmentDto[];
}

type ProjectAttachment = CooperationProjectDto['attachments'][number] & Partial<AttachmentDto>;

/** A project's file as the shared attachment components show it (the project lists name, type and size). */
export function toAttachmentDto(file: ProjectAttachment): AttachmentDto {
  return {
    id: file.id,
    fileName: file.fileName,
    mimeType: file.mimeType ?? file.contentType,
    sizeBytes: file.sizeBytes ?? file.size,
    sha256: file.sha256 ?? '',
    url: file.url ?? `/api/attachments/${encodeURIComponent(file.id)}`,
    createdAt: file.createdAt ?? '',
  };
}

/** The editor's values: a new project's (members by default), or a project's as it is. */
export function toProjectFormValues(
  project: CooperationProjectDto | undefined,
  toDay: (date: string) => Day,
): ProjectFormValues {
  return {
    kind: project?.kind,
    parkId: project?.park?.id ?? null,
    titleEn: project?.titleEn ?? null,
    titleZh: project?.titleZh ?? null,
    summaryEn: project?.summaryEn ?? null,
    summaryZh: project?.summaryZh ?? null,
    descriptionEn: project?.descriptionEn ?? null,
    descriptionZh: project?.descriptionZh ?? null,
    sectors: project?.sectors ?? [],
    country: project?.country,
    sizeUsd: project?.sizeUsd ?? null,
    deadline: project?.deadline ? toDay(project.deadline) : null,
    audience: project?.audience ?? 'members',
    attachments: (project?.attachments ?? []).map(toAttachmentDto),
  };
}

/** A text without surrounding blank lines and spaces; blank is none. */
function text(value: string | null | undefined, keepLines = false): string | null {
  const trimmed = keepLines ? value?.replace(/^\s*\n/, '').trimEnd() : value?.trim();
  return trimmed ? trimmed : null;
}

/** Whether one of the two language versions is written (the API needs a title and a summary in either). */
export function hasEither(en: string | null | undefined, zh: string | null | undefined): boolean {
  return text(en) !== null || text(zh) !== null;
}

/**
 * The form as the API takes it: texts trimmed (descriptions keep their paragraphs), blank ones
 * null, the size an exact decimal string, the deadline a calendar date, the files by id.
 */
export function toProjectRequest(values: ProjectFormValues): CooperationProjectRequest {
  return {
    kind: values.kind as CooperationProjectKind,
    parkId: values.parkId ?? null,
    titleEn: text(values.titleEn),
    titleZh: text(values.titleZh),
    summaryEn: text(values.summaryEn),
    summaryZh: text(values.summaryZh),
    descriptionEn: text(values.descriptionEn, true),
    descriptionZh: text(values.descriptionZh, true),
    sectors: [...new Set(values.sectors)],
    country: (values.country ?? '').toUpperCase(),
    sizeUsd: normalizeAmount(values.sizeUsd),
    deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : null,
    audience: values.audience,
    attachmentIds: values.attachments.map((file) => file.id),
  };
}

/** An edit sends the whole form with the version it was filled from (a newer one is refused, not overwritten). */
export function toProjectUpdate(values: ProjectFormValues, version: number): CooperationProjectUpdateRequest {
  return { ...toProjectRequest(values), version };
}

/** What a deal's move carries: the investment made (amount, date), the reason it was lost, or nothing. */
export function toDealMove(
  move: DealTransition,
  values: { investedUsd?: string | null; investedOn?: Day | null; reason?: string | null },
): DealMoveRequest {
  if (move === 'investment_made')
    return {
      investedUsd: normalizeAmount(values.investedUsd) ?? '',
      investedOn: values.investedOn ? values.investedOn.format('YYYY-MM-DD') : '',
    };
  if (move === 'lost') return { reason: text(values.reason) ?? '' };
  return {};
}
