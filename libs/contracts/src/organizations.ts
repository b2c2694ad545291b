import type { MembershipStatus, OrganizationType } from './enums';
import { allowedTransitions, type Machine } from './machine';

/**
 * Organization lifecycle: applicant → active ⇄ suspended, active|suspended → withdrawn.
 * The key is the action, so the API and the web agree on names and on legality.
 */
export const ORGANIZATION_TRANSITIONS = {
  activate: { from: ['applicant'], to: 'active' },
  suspend: { from: ['active'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'active' },
  withdraw: { from: ['active', 'suspended'], to: 'withdrawn' },
} as const satisfies Machine<MembershipStatus>;

export type OrganizationAction = keyof typeof ORGANIZATION_TRANSITIONS;

/** The secretariat runs the alliance: it can be neither suspended nor withdrawn. */
const SECRETARIAT_LOCKED: readonly OrganizationAction[] = ['suspend', 'withdraw'];

/** Whether the organization's type forbids the action whatever its status (the secretariat's lock). */
export function isLockedOrganizationAction(action: OrganizationAction, type?: OrganizationType): boolean {
  return type === 'secretariat' && SECRETARIAT_LOCKED.includes(action);
}

/** The actions the table allows from `status`, less those the organization's type locks. */
export function allowedOrganizationActions(status: MembershipStatus, type?: OrganizationType): OrganizationAction[] {
  return allowedTransitions(ORGANIZATION_TRANSITIONS, status).filter(
    (action) => !isLockedOrganizationAction(action, type),
  );
}

export interface OrganizationDto {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  type: OrganizationType;
  country: string | null;
  website: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  status: MembershipStatus;
  memberSince: string | null;
  foundingMember: boolean;
  rotatingChair: boolean;
  /** Members only: null for visitors. */
  contact: OrganizationContact | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationContact {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface CreateOrganizationRequest {
  nameEn?: string;
  nameZh?: string;
  type: OrganizationType;
  country?: string;
  website?: string;
  descriptionEn?: string;
  descriptionZh?: string;
  foundingMember?: boolean;
  rotatingChair?: boolean;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

/** Columns of the organizations CSV export, in order. */
export const ORGANIZATION_CSV_COLUMNS = [
  'id',
  'nameEn',
  'nameZh',
  'type',
  'country',
  'website',
  'status',
  'memberSince',
  'foundingMember',
  'rotatingChair',
  'contactName',
  'contactEmail',
  'contactPhone',
  'parks',
] as const;

export interface OrganizationTransitionRequest {
  reason: string;
}
