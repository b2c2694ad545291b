import type { ParkStatus } from './enums';
import type { Sector } from './sectors';
import { PARK_LIMITS } from './validation';

export const PARK_SORTS = [
  'name',
  'country',
  '-establishedYear',
  'establishedYear',
  '-investmentUsd',
  '-enterpriseCount',
  '-localJobs',
  '-updatedAt',
] as const;
export type ParkSort = (typeof PARK_SORTS)[number];

/** The earliest year a park can have been established; the latest is the current year. */
export const PARK_MIN_ESTABLISHED_YEAR = PARK_LIMITS.minEstablishedYear;

/** Columns of the parks CSV, in order: the export writes them and the import reads them. */
export const PARK_CSV_COLUMNS = [
  'id',
  'organizationId',
  'organizationName',
  'nameEn',
  'nameZh',
  'country',
  'city',
  'latitude',
  'longitude',
  'establishedYear',
  'areaKm2',
  'sectors',
  'status',
  'enterpriseCount',
  'investmentUsd',
  'localJobs',
  'descriptionEn',
  'descriptionZh',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

export interface ParkOrganizationRef {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
}

export interface ParkContact {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface ParkDto {
  id: string;
  organizationId: string;
  organization: ParkOrganizationRef;
  nameEn: string | null;
  nameZh: string | null;
  country: string;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  establishedYear: number | null;
  areaKm2: number | null;
  sectors: Sector[];
  status: ParkStatus;
  enterpriseCount: number | null;
  /** Decimal as a string: money is never a float. */
  investmentUsd: string | null;
  localJobs: number | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  /** Members only: null for visitors. */
  contact: ParkContact | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ParkRequest {
  organizationId?: string;
  nameEn?: string | null;
  nameZh?: string | null;
  country: string;
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  establishedYear?: number | null;
  areaKm2?: number | null;
  sectors?: Sector[];
  status?: ParkStatus;
  enterpriseCount?: number | null;
  investmentUsd?: string | null;
  localJobs?: number | null;
  descriptionEn?: string | null;
  descriptionZh?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

/** A park on the world map: just enough to place, size and name the marker. */
export interface ParkMarkerDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  country: string;
  latitude: number;
  longitude: number;
  investmentUsd: string | null;
  sectors: Sector[];
  status: ParkStatus;
}

export interface ParkStatsDto {
  parks: number;
  hostCountries: number;
  enterprises: number;
  investmentUsd: string;
  localJobs: number;
  byCountry: { country: string; parks: number }[];
}

/**
 * Why an import row was refused, beyond the field rules (which use the validator's names,
 * e.g. isCountryCode). The web translates `validation.<constraint>` for both kinds.
 */
export const IMPORT_CONSTRAINTS = [
  'unreadableFile',
  'emptyFile',
  'tooManyRows',
  'unknownColumn',
  'duplicateColumn',
  'requiredColumn',
  'required',
  'unknownPark',
  'unknownOrganization',
  'notParkOperator',
  'withdrawnOrganization',
  'otherOrganization',
  'duplicateRow',
  'coordinatesPair',
] as const;

export interface ImportProblem {
  /** 1-based line of the CSV file where the record starts, the header being line 1. */
  row: number;
  field: string;
  /** A validator constraint name or one of IMPORT_CONSTRAINTS. */
  constraint: string;
  message: string;
}

export interface ParkImportReport {
  rows: number;
  created: number;
  updated: number;
  problems: ImportProblem[];
}
