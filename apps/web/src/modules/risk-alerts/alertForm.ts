import type {
  RiskAlertCategory,
  RiskAlertDto,
  RiskAlertRequest,
  RiskAlertSeverity,
  RiskAlertUpdateRequest,
  RiskAlertWithdrawRequest,
} from '@alliance/contracts';

/** A moment as the date pickers give it (dayjs) or a Date: only its ISO form is sent. */
interface Moment {
  toISOString(): string;
}

/** What the issuing form holds; every key present so server errors can be put on any field. */
export interface AlertFormValues {
  severity: RiskAlertSeverity | undefined;
  category: RiskAlertCategory | undefined;
  countries: string[];
  place: string | null;
  titleEn: string | null;
  titleZh: string | null;
  bodyEn: string | null;
  bodyZh: string | null;
  validFrom: Moment | null;
  validUntil: Moment | null;
}

export function emptyAlertForm(now: Moment): AlertFormValues {
  return {
    severity: undefined,
    category: undefined,
    countries: [],
    place: null,
    titleEn: null,
    titleZh: null,
    bodyEn: null,
    bodyZh: null,
    validFrom: now,
    validUntil: null,
  };
}

/** A text without its surrounding spaces; blank is none. */
function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Whether at least one of two language versions is written: the API refuses an alert without. */
export function hasEither(en: string | null | undefined, zh: string | null | undefined): boolean {
  return text(en) !== null || text(zh) !== null;
}

/** The form as the API takes it: texts trimmed (blank ones left out), moments as ISO date-times. */
export function toAlertRequest(values: AlertFormValues, now: Moment): RiskAlertRequest {
  const request: RiskAlertRequest = {
    severity: values.severity as RiskAlertSeverity,
    category: values.category as RiskAlertCategory,
    countries: [...new Set(values.countries.map((code) => code.toUpperCase()))],
    validFrom: (values.validFrom ?? now).toISOString(),
    validUntil: values.validUntil ? values.validUntil.toISOString() : null,
  };
  for (const key of ['place', 'titleEn', 'titleZh', 'bodyEn', 'bodyZh'] as const) {
    const value = text(values[key]);
    if (value !== null) request[key] = value;
  }
  return request;
}

export interface UpdateFormValues {
  noteEn: string | null;
  noteZh: string | null;
  severity: RiskAlertSeverity;
  validUntil: Moment | null;
}

/** The update's form starts from the alert as it is. */
export function toUpdateFormValues(alert: Pick<RiskAlertDto, 'severity'>): Omit<UpdateFormValues, 'validUntil'> {
  return { noteEn: null, noteZh: null, severity: alert.severity };
}

/** An update sends only what changed: its notes, a new severity, a new end of validity. */
export function toUpdateRequest(
  values: UpdateFormValues,
  alert: Pick<RiskAlertDto, 'severity' | 'validUntil' | 'version'>,
): RiskAlertUpdateRequest {
  const request: RiskAlertUpdateRequest = { version: alert.version };
  const noteEn = text(values.noteEn);
  const noteZh = text(values.noteZh);
  if (noteEn) request.noteEn = noteEn;
  if (noteZh) request.noteZh = noteZh;
  if (values.severity !== alert.severity) request.severity = values.severity;
  const until = values.validUntil ? values.validUntil.toISOString() : null;
  const before = alert.validUntil ? new Date(alert.validUntil).toISOString() : null;
  if (until !== before) request.validUntil = until;
  return request;
}

/** Whether an update says anything: the API refuses an empty one (ALERT_UPDATE_EMPTY). */
export function isEmptyUpdate(request: RiskAlertUpdateRequest): boolean {
  return Object.keys(request).every((key) => key === 'version');
}

export function toWithdrawRequest(
  values: { allClearEn: string | null; allClearZh: string | null },
  version: number,
): RiskAlertWithdrawRequest {
  const request: RiskAlertWithdrawRequest = { version };
  const en = text(values.allClearEn);
  const zh = text(values.allClearZh);
  if (en) request.allClearEn = en;
  if (zh) request.allClearZh = zh;
  return request;
}
