import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  LOCALES,
  ORG_ROLES,
  USER_STATUSES,
  type ChangeRoleRequest,
  type InviteUserRequest,
  type Locale,
  type OrgRole,
  type UserDto,
  type UserStatus,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { User } from '../entities/user.entity';

export class InviteUserDto implements InviteUserRequest {
  @ApiProperty()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'displayName is required' })
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ORG_ROLES })
  @IsIn(ORG_ROLES)
  orgRole: OrgRole;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ format: 'uuid', description: 'Secretariat only; admins invite into their own organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class ChangeRoleDto implements ChangeRoleRequest {
  @ApiProperty({ enum: ORG_ROLES })
  @IsIn(ORG_ROLES)
  orgRole: OrgRole;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: 'Matches name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

export class UserResponse implements UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: String, nullable: true }) organizationNameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) organizationNameZh: string | null;
  @ApiProperty({ enum: ORG_ROLES }) orgRole: OrgRole;
  @ApiProperty({ enum: USER_STATUSES }) status: UserStatus;
  @ApiProperty({ type: String, nullable: true }) lastLoginAt: string | null;
  @ApiProperty() createdAt: string;

  static from(u: User): UserResponse {
    return {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      locale: u.locale,
      organizationId: u.organizationId,
      organizationNameEn: u.organization?.nameEn ?? null,
      organizationNameZh: u.organization?.nameZh ?? null,
      orgRole: u.orgRole,
      status: u.status,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}

export class UserPage {
  @ApiProperty({ type: [UserResponse] }) items: UserResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
