import type { Locale, OrganizationType } from './enums';
import type { Machine } from './machine';

export const MEMBERSHIP_APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type MembershipApplicationStatus = (typeof MEMBERSHIP_APPLICATION_STATUSES)[number];

/** The secretariat decides once: approving admits the organization, rejecting tells the applicant why. */
export const MEMBERSHIP_APPLICATION_TRANSITIONS = {
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
} as const satisfies Machine<MembershipApplicationStatus>;
export type MembershipApplicationAction = keyof typeof MEMBERSHIP_APPLICATION_TRANSITIONS;

/** Parks an applicant may list on the form. */
export const MAX_APPLICATION_PARKS = 20;

export interface ApplicationParkDto {
  nameEn?: string | null;
  nameZh?: string | null;
  country: string;
  city?: string | null;
}

export interface MembershipApplicationRequest {
  nameEn?: string;
  nameZh?: string;
  type: OrganizationType;
  country: string;
  website?: string;
  descriptionEn?: string;
  descriptionZh?: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  parks?: ApplicationParkDto[];
  acceptTerms: true;
  locale?: Locale;
  /** Honeypot: hidden from people, filled in by bots. Must stay empty. */
  homepage?: string;
}

export interface MembershipApplicationReceipt {
  reference: string;
  createdAt: string;
}

export interface SimilarOrganizationDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  similarity: number;
}

export interface MembershipApplicationDto {
  id: string;
  reference: string;
  status: MembershipApplicationStatus;
  nameEn: string | null;
  nameZh: string | null;
  type: OrganizationType;
  country: string;
  website: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  parks: ApplicationParkDto[];
  locale: Locale;
  organizationId: string | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  similarOrganizations: SimilarOrganizationDto[];
  createdAt: string;
}

export interface RejectApplicationRequest {
  reason: string;
}
