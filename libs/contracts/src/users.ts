import type { Locale, OrgRole, UserStatus } from './enums';
import type { Machine } from './machine';

/**
 * A user is invited, becomes active by setting a password from the invitation, and is disabled and
 * enabled by an admin; an enabled user who never accepted the invitation is invited again.
 */
export const USER_TRANSITIONS = {
  accept_invitation: { from: ['invited'], to: 'active', system: true },
  disable: { from: ['invited', 'active'], to: 'disabled' },
  enable: { from: ['disabled'], to: 'active' },
  reinvite: { from: ['disabled'], to: 'invited', system: true },
} as const satisfies Machine<UserStatus>;
export type UserTransition = keyof typeof USER_TRANSITIONS;

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  organizationId: string;
  organizationNameEn: string | null;
  organizationNameZh: string | null;
  orgRole: OrgRole;
  status: UserStatus;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface InviteUserRequest {
  email: string;
  displayName: string;
  orgRole: OrgRole;
  locale?: Locale;
  /** Only the secretariat may name another organization; org admins invite into their own. */
  organizationId?: string;
}

export interface ChangeRoleRequest {
  orgRole: OrgRole;
}

export const PASSWORD_MIN_LENGTH = 10;
