import { domainErrorKey, isDomainErrorCode, PARK_LIMITS, type ErrorDetail } from '@alliance/contracts';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from './apiClient';

/**
 * One API validation detail in the reader's language: a domain's rule as `errors.<domain>.<reason>`,
 * a validator's as `validation.<constraint>`, the API's own sentence when the web knows neither.
 */
export function translateDetail(t: TFunction, detail: Pick<ErrorDetail, 'constraint' | 'message'>): string {
  if (!detail.constraint) return detail.message;
  if (isDomainErrorCode(detail.constraint))
    return t(domainErrorKey(detail.constraint), { defaultValue: detail.message });
  return t(`validation.${detail.constraint}`, {
    defaultValue: detail.message,
    minYear: PARK_LIMITS.minEstablishedYear,
  });
}

/** What went wrong, in the reader's language: the domain's reason when the API gave one, else the error code's text. */
export function errorTitle(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.INTERNAL');
  return error.reason ? t(domainErrorKey(error.reason)) : t(`errors.${error.code}`);
}

/**
 * Puts the API's `details[]` on the matching antd Form fields.
 * Returns true when at least one detail named a field of this form.
 */
export function applyApiFieldErrors<T>(form: FormInstance<T>, error: unknown, t: TFunction): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const byField = new Map<string, string[]>();
  for (const detail of error.details) {
    const name = detail.field.split('.')[0];
    if (!known.has(name)) continue;
    byField.set(name, [...(byField.get(name) ?? []), translateDetail(t, detail)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return byField.size > 0;
}

/**
 * `onKeyDown` of a date picker inside a form: Enter confirms the typed date (the picker does that
 * itself) and never submits the whole form, as the browser's implicit submission would.
 */
export function keepEnterInPicker(event: { key: string; preventDefault: () => void }): void {
  if (event.key === 'Enter') event.preventDefault();
}
