import {
  COMMON_CURRENCIES,
  CURRENCY_CODES,
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

/** "18,500,000.00" or "18 500 000" as typed → "18500000.00" / "18500000"; null when empty. */
export function normalizeAmount(value: string | null | undefined): string | null {
  const cleaned = value?.replace(/[\s,]/g, '') ?? '';
  return cleaned === '' ? null : cleaned;
}

/** The API's rule for a request's amount: up to 16 digits before the point and 2 after, no leading zeros. */
const AMOUNT_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

export type AmountProblem = 'format' | 'zero';

/** Why an amount (as typed) would be refused, or null when it is fine or empty. */
export function amountProblem(value: string | null | undefined): AmountProblem | null {
  const amount = normalizeAmount(value);
  if (amount === null) return null;
  if (!AMOUNT_PATTERN.test(amount)) return 'format';
  return /[1-9]/.test(amount) ? null : 'zero';
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
  if (values.attachments.length > 0 || clear) body.attachmentIds = values.attachments.map((attachment) => attachment.id);
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

/** The API refused the list of files: too many, or one that is not the requester's to attach. */
export function refusedAttachments(error: unknown): boolean {
  return isApiError(error) && error.details.some((detail) => /^attachmentIds(\.|$)/.test(detail.field));
}

export interface CurrencyOption {
  value: CurrencyCode;
  label: string;
}

/** "USD · US Dollar" in the reader's language; the code alone where the browser has no name for it. */
export function currencyLabel(code: CurrencyCode, language: string | undefined): string {
  try {
    const name = new Intl.DisplayNames([language === 'zh' ? 'zh-CN' : 'en'], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

/** The currencies the alliance deals in most, then every other one in code order. */
export function currencyGroups(language: string | undefined): { common: CurrencyOption[]; others: CurrencyOption[] } {
  const option = (code: CurrencyCode): CurrencyOption => ({ value: code, label: currencyLabel(code, language) });
  return {
    common: COMMON_CURRENCIES.map(option),
    others: CURRENCY_CODES.filter((code) => !COMMON_CURRENCIES.includes(code)).map(option),
  };
}
