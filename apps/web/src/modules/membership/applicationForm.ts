import type {
  ApplicationParkDto,
  ErrorDetail,
  Locale,
  MembershipApplicationRequest,
  OrganizationType,
} from '@alliance/contracts';

/** What the apply form holds: the request before trimming, terms not yet accepted. */
export interface ApplicationFormValues extends Omit<MembershipApplicationRequest, 'acceptTerms' | 'locale' | 'parks'> {
  parks?: Partial<ApplicationParkDto>[];
  acceptTerms?: boolean;
}

/** The form's own fields: API details naming anything else stay in the general error. */
export const APPLICATION_FIELDS = [
  'nameEn',
  'nameZh',
  'type',
  'country',
  'website',
  'descriptionEn',
  'descriptionZh',
  'contactName',
  'contactEmail',
  'contactPhone',
  'parks',
  'acceptTerms',
  'homepage',
] as const;

const OPTIONAL_TEXT = ['nameEn', 'nameZh', 'website', 'descriptionEn', 'descriptionZh', 'contactPhone'] as const;

function trimmed(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/** Only a park operator lists the parks it runs (the API refuses parks from any other type). */
export function runsParks(type: OrganizationType | undefined): boolean {
  return type === 'park_operator';
}

/**
 * Trimmed values; empty optional fields are left out rather than sent as "". Parks go out only
 * for a park operator: someone who listed parks and then chose another type has them dropped.
 */
export function toApplicationRequest(values: ApplicationFormValues, locale: Locale): MembershipApplicationRequest {
  const request: MembershipApplicationRequest = {
    type: values.type,
    country: values.country.toUpperCase(),
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    acceptTerms: true,
    locale,
  };
  for (const key of OPTIONAL_TEXT) {
    const value = trimmed(values[key]);
    if (value) request[key] = value;
  }
  const parks = (runsParks(values.type) ? (values.parks ?? []) : []).map((park) => {
    const out: ApplicationParkDto = { country: (park.country ?? '').toUpperCase() };
    for (const key of ['nameEn', 'nameZh', 'city'] as const) {
      const value = trimmed(park[key]);
      if (value) out[key] = value;
    }
    return out;
  });
  if (parks.length > 0) request.parks = parks;
  // The honeypot goes out as filled in: only a bot fills it, and the API turns those away.
  if (values.homepage) request.homepage = values.homepage;
  return request;
}

export type FieldPath = (string | number)[];

export interface FieldErrors {
  name: FieldPath;
  errors: string[];
}

/** A dotted API path such as parks.0.country as the antd name path of a field in a list: [parks, 0, country]. */
export function toFieldPath(field: string): FieldPath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(values: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined,
    values,
  );
}

/**
 * The API's validation details grouped by form field, down to the fields of list items.
 * A detail about an item the form does not hold (or about the list itself) lands on the list.
 */
export function fieldErrorsFrom(
  details: ErrorDetail[],
  values: unknown,
  translate: (detail: ErrorDetail) => string,
  fields: readonly string[] = APPLICATION_FIELDS,
): FieldErrors[] {
  const byField = new Map<string, FieldErrors>();
  for (const detail of details) {
    const path = toFieldPath(detail.field);
    if (!fields.includes(String(path[0]))) continue;
    const item = valueAt(values, path.slice(0, -1));
    const name = path.length === 1 || (item !== null && typeof item === 'object') ? path : path.slice(0, 1);
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(translate(detail));
    byField.set(key, entry);
  }
  return [...byField.values()];
}
