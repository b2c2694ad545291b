/** Shared enumerations. Each is an `as const` tuple so both sides get a union type and a runtime list. */

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const ORGANIZATION_TYPES = [
  'park_operator',
  'financial_institution',
  'service_provider',
  'research_institute',
  'government_agency',
  'secretariat',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Types an organization can be given: the alliance has one secretariat, which no organization becomes. */
export const MEMBER_ORGANIZATION_TYPES = ORGANIZATION_TYPES.filter((type) => type !== 'secretariat');

export const MEMBERSHIP_STATUSES = ['applicant', 'active', 'suspended', 'withdrawn'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const ORG_ROLES = ['admin', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const PARK_STATUSES = ['planning', 'under_construction', 'operating'] as const;
export type ParkStatus = (typeof PARK_STATUSES)[number];
