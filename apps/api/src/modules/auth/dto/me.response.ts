import { ApiProperty } from '@nestjs/swagger';
import {
  LOCALES,
  MEMBERSHIP_STATUSES,
  ORG_ROLES,
  ORGANIZATION_TYPES,
  type AppRule,
  type Locale,
  type MeResponse,
  type SessionResponse,
  type MembershipStatus,
  type OrganizationType,
  type OrgRole,
} from '@alliance/contracts';
import type { AuthenticatedUser } from '../../../common/auth/authenticated-user';

class MeUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty({ enum: ORG_ROLES }) orgRole: OrgRole;
}

class MeOrganization {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) nameEn: string | null;
  @ApiProperty({ nullable: true, type: String }) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty({ enum: MEMBERSHIP_STATUSES }) status: MembershipStatus;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ type: MeUser }) user: MeUser;
  @ApiProperty({ type: MeOrganization }) organization: MeOrganization;
  @ApiProperty({ description: 'CASL rules of the signed-in user', type: 'array', items: { type: 'object' } })
  rules: AppRule[];

  static from(auth: AuthenticatedUser): MeResponseDto {
    const { user, organization } = auth;
    return {
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        locale: user.locale,
        orgRole: user.orgRole,
      },
      organization: {
        id: organization.id,
        nameEn: organization.nameEn,
        nameZh: organization.nameZh,
        type: organization.type,
        status: organization.status,
      },
      // The web builds the same ability from these rules (it never reads them otherwise).
      // eslint-disable-next-line no-restricted-syntax
      rules: auth.ability.rules as AppRule[],
    };
  }
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ type: MeResponseDto, nullable: true, description: 'null for a visitor' })
  me: MeResponseDto | null;
}
