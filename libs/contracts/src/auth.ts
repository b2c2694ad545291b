import type { Locale, MembershipStatus, OrganizationType, OrgRole } from './enums';
import type { AppRule } from './permissions';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MeResponse {
  user: { id: string; email: string; displayName: string; locale: Locale; orgRole: OrgRole };
  organization: {
    id: string;
    nameEn: string | null;
    nameZh: string | null;
    type: OrganizationType;
    status: MembershipStatus;
  };
  /** CASL rules of the signed-in user; the web builds the same ability from them. */
  rules: AppRule[];
}

/** `GET /api/auth/session`: who is signed in, `me: null` for a visitor (always 200). */
export interface SessionResponse {
  me: MeResponse | null;
}

export interface UpdateMeRequest {
  displayName?: string;
  locale?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ForgotPasswordRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  password: string;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
  displayName?: string;
}
