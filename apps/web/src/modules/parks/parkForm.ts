import type { ParkDto, ParkRequest, ParkStatus, Sector } from '@alliance/contracts';

/** What the park form holds: empty fields are null, never "" or NaN. */
export interface ParkFormValues {
  organizationId: string | undefined;
  nameEn: string | null;
  nameZh: string | null;
  country: string | undefined;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  establishedYear: number | null;
  areaKm2: number | null;
  sectors: Sector[];
  status: ParkStatus;
  enterpriseCount: number | null;
  /** Kept as typed: money never goes through a float. */
  investmentUsd: string | null;
  localJobs: number | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

/** Up to 18 digits before the point (numeric(20,2) in the database) and 2 after. */
export const INVESTMENT_PATTERN = /^\d{1,18}(\.\d{1,2})?$/;

const TEXT_FIELDS = ['nameEn', 'nameZh', 'city', 'descriptionEn', 'descriptionZh', 'contactName', 'contactEmail', 'contactPhone', 'investmentUsd'] as const;
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

/**
 * The request body from the form. Creating leaves empty fields out; updating sends them as
 * null, which clears them. The organization is chosen only when creating (secretariat).
 */
export function toParkRequest(values: ParkFormValues, mode: 'create' | 'update'): ParkRequest {
  const body: ParkRequest = {
    country: (values.country ?? '').trim().toUpperCase(),
    sectors: [...values.sectors],
    status: values.status,
  };
  if (mode === 'create' && values.organizationId) body.organizationId = values.organizationId;
  for (const key of TEXT_FIELDS) {
    const value = values[key]?.trim() ?? '';
    if (value) body[key] = value;
    else if (mode === 'update') body[key] = null;
  }
  for (const key of NUMBER_FIELDS) {
    const value = values[key];
    if (typeof value === 'number' && Number.isFinite(value)) body[key] = value;
    else if (mode === 'update') body[key] = null;
  }
  return body;
}
