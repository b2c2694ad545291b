import type { Locale, OrgRole, UserStatus } from './enums';

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
