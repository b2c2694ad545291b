import type { ParkContact, ParkDto, ParkRequest } from '@alliance/contracts';
import { isApiError } from '../../lib/apiClient';

/** What the server sets or shows but no one types: the form leaves these out. */
type ServerFields = 'id' | 'organization' | 'createdAt' | 'updatedAt' | 'version';

/**
 * What the park form holds: the park's fields, its contact flattened, empty fields null (never
 * "" or NaN). Derived from ParkDto, so a field added there must be filled in `toFormValues`.
 */
export type ParkFormValues = Omit<ParkDto, ServerFields | 'contact' | 'organizationId' | 'country'> &
  ParkContact & {
    /** Unset on a new park until the secretariat picks one; operators create their own. */
    organizationId: ParkDto['organizationId'] | undefined;
    /** Unset on a new park until chosen. */
    country: ParkDto['country'] | undefined;
  };

/** How a form rule reads a sibling field. */
export type GetParkField = (name: keyof ParkFormValues) => unknown;

/** An edit carries the version of the park it started from: the API refuses it (409) if the park changed since. */
export type ParkUpdateRequest = Omit<ParkRequest, 'organizationId'> & { version: number };

const TEXT_FIELDS = [
  'nameEn',
  'nameZh',
  'city',
  'descriptionEn',
  'descriptionZh',
  'contactName',
  'contactEmail',
  'contactPhone',
  'investmentUsd',
] as const;
const NUMBER_FIELDS = ['latitude', 'longitude', 'establishedYear', 'areaKm2', 'enterpriseCount', 'localJobs'] as const;

/** Every key present, so server errors can be put on any field (see applyApiFieldErrors). */
export function toFormValues(park?: ParkDto): ParkFormValues {
  return {
    organizationId: park?.organizationId,
    nameEn: park?.nameEn ?? null,
    nameZh: park?.nameZh ?? null,
    country: park?.country,
    city: park?.city ?? null,
    latitude: park?.latitude ?? null,
    longitude: park?.longitude ?? null,
    establishedYear: park?.establishedYear ?? null,
    areaKm2: park?.areaKm2 ?? null,
    sectors: park?.sectors ?? [],
    status: park?.status ?? 'operating',
    enterpriseCount: park?.enterpriseCount ?? null,
    investmentUsd: park?.investmentUsd ?? null,
    localJobs: park?.localJobs ?? null,
    descriptionEn: park?.descriptionEn ?? null,
    descriptionZh: park?.descriptionZh ?? null,
    contactName: park?.contact?.contactName ?? null,
    contactEmail: park?.contact?.contactEmail ?? null,
    contactPhone: park?.contact?.contactPhone ?? null,
  };
}

/** The form's fields as request fields; `clear` sends emptied ones as null (an update) instead of leaving them out. */
function requestFields(values: ParkFormValues, clear: boolean): ParkRequest {
  const body: ParkRequest = {
    country: (values.country ?? '').trim().toUpperCase(),
    sectors: [...values.sectors],
    status: values.status,
  };
  for (const key of TEXT_FIELDS) {
    const value = values[key]?.trim() ?? '';
    if (value) body[key] = value;
    else if (clear) body[key] = null;
  }
  for (const key of NUMBER_FIELDS) {
    const value = values[key];
    if (typeof value === 'number' && Number.isFinite(value)) body[key] = value;
    else if (clear) body[key] = null;
  }
  return body;
}

/** A new park: empty fields are left out. The organization is chosen only here (secretariat). */
export function toCreateParkRequest(values: ParkFormValues): ParkRequest {
  const body = requestFields(values, false);
  if (values.organizationId) body.organizationId = values.organizationId;
  return body;
}

/** An edit: emptied fields go out as null, which clears them, with the version the form was filled from. */
export function toUpdateParkRequest(values: ParkFormValues, version: number): ParkUpdateRequest {
  return { ...requestFields(values, true), version };
}

/**
 * The API's answer when someone else saved the park after this form was filled. A 409 about a
 * unique value (two requests creating the same record) is a different story, told field by field.
 */
export function isVersionConflict(error: unknown): boolean {
  return (
    isApiError(error) && error.code === 'CONFLICT' && !error.details.some((detail) => detail.constraint === 'unique')
  );
}
