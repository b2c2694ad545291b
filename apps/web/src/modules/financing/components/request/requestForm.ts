import {
  type AttachmentDto,
  type CurrencyCode,
  type FinancingAudience,
  type FinancingInstrument,
  type FinancingRequestDto,
  type FinancingRequestFields,
  type FinancingRequestUpdate,
  type Sector,
} from '@alliance/contracts';
import { isApiError } from '../../../../lib/apiClient';
import { normalizeAmount } from '../../money';

/** What the editor holds: empty texts are null, never "". */
export interface RequestFormValues {
  parkId: string | null;
  titleEn: string | null;
  titleZh: string | null;
  purposeEn: string | null;
  purposeZh: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  instrument: FinancingInstrument | null;
  /** As typed; grouping commas and spaces are taken out before it is checked and sent. */
  amount: string | null;
  currency: CurrencyCode | null;
  tenorMonths: number | null;
  country: string | null;
  sector: Sector | null;
  audience: FinancingAudience;
  institutionIds: string[];
  /** Uploaded files in display order; only their ids are sent. */
  attachments: AttachmentDto[];
}

const TEXT_FIELDS = ['titleEn', 'titleZh', 'purposeEn', 'purposeZh', 'descriptionEn', 'descriptionZh'] as const;
/** The fields a draft may leave empty (null clears them on an edit). */
type NullableField = Exclude<keyof FinancingRequestFields, 'audience' | 'institutionIds' | 'attachmentIds'>;

/** Every key present, so server errors can be put on any field (see applyApiFieldErrors). */
export function toFormValues(request?: FinancingRequestDto): RequestFormValues {
  return {
    parkId: request?.park?.id ?? null,
    titleEn: request?.titleEn ?? null,
    titleZh: request?.titleZh ?? null,
    purposeEn: request?.purposeEn ?? null,
    purposeZh: request?.purposeZh ?? null,
    descriptionEn: request?.descriptionEn ?? null,
    descriptionZh: request?.descriptionZh ?? null,
    instrument: request?.instrument ?? null,
    amount: request?.amount ?? null,
    currency: request?.currency ?? null,
    tenorMonths: request?.tenorMonths ?? null,
    country: request?.country ?? null,
    sector: request?.sector ?? null,
    audience: request?.audience ?? 'all',
    institutionIds: request?.institutions.map((institution) => institution.id) ?? [],
    attachments: request?.attachments ?? [],
  };
}

/** Whether a text is given in at least one of the two languages. */
export function hasEither(en: string | null | undefined, zh: string | null | undefined): boolean {
  return Boolean(en?.trim() || zh?.trim());
}

/**
 * The form's fields as the API takes them; `clear` sends emptied fields as null (an edit)
 * instead of leaving them out (a new draft).
 */
function requestFields(values: RequestFormValues, clear: boolean): FinancingRequestFields {
  const body: FinancingRequestFields = { audience: values.audience };
  const put = <K extends NullableField>(key: K, value: FinancingRequestFields[K] | undefined) => {
    if (value !== null && value !== undefined && value !== '') body[key] = value;
    else if (clear) body[key] = null as FinancingRequestFields[K];
  };
  // Titles lose surrounding spaces; longer texts keep their paragraphs, only trailing blank lines go.
  for (const key of TEXT_FIELDS) put(key, key.startsWith('title') ? values[key]?.trim() : values[key]?.trimEnd());
  put('parkId', values.parkId);
  put('instrument', values.instrument);
  put('amount', normalizeAmount(values.amount));
  put('currency', values.currency);
  put('tenorMonths', values.tenorMonths);
  put('country', values.country);
  put('sector', values.sector);
  // The API refuses named institutions with the audience "all".
  const institutionIds = values.audience === 'named' ? [...values.institutionIds] : [];
  if (institutionIds.length > 0 || clear) body.institutionIds = institutionIds;
  if (values.attachments.length > 0 || clear)
    body.attachmentIds = values.attachments.map((attachment) => attachment.id);
  return body;
}

/** A new draft: empty fields are left out. */
export function toCreateRequest(values: RequestFormValues): FinancingRequestFields {
  return requestFields(values, false);
}

/** An edit: emptied fields go out as null, which clears them, with the version the form was filled from. */
export function toUpdateRequest(values: RequestFormValues, version: number): FinancingRequestUpdate {
  return { ...requestFields(values, true), version };
}

/** Someone else saved the request after this form was filled. */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'CONFLICT' && error.details.some((detail) => detail.field === 'version');
}
