import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  type CreateOrganizationRequest,
  type MembershipStatus,
  type OrganizationDto,
  type OrganizationType,
  type OrganizationTransitionRequest,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { Organization } from '../entities/organization.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganizationDto implements CreateOrganizationRequest {
  @ApiPropertyOptional({ maxLength: 300, description: 'At least one of nameEn, nameZh' })
  @Transform(trim)
  @ValidateIf((o: CreateOrganizationDto) => o.nameEn != null || !o.nameZh)
  @IsString()
  @IsNotEmpty({ message: 'nameEn or nameZh is required' })
  @MaxLength(300)
  nameEn?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  nameZh?: string;

  @ApiProperty({ enum: ORGANIZATION_TYPES })
  @IsIn(ORGANIZATION_TYPES)
  type: OrganizationType;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'KH' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as KH' })
  country?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  descriptionEn?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  descriptionZh?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  foundingMember?: boolean;
}

export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto) {}

export class OrganizationTransitionDto implements OrganizationTransitionRequest {
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(1000)
  reason: string;
}

export class ListOrganizationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Matches either name, case-insensitively' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  type?: OrganizationType;

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES)
  status?: MembershipStatus;
}

export class OrganizationResponse implements OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionEn: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionZh: string | null;
  @ApiProperty({ enum: MEMBERSHIP_STATUSES }) status: MembershipStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) memberSince: string | null;
  @ApiProperty() foundingMember: boolean;
  @ApiProperty() rotatingChair: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(o: Organization): OrganizationResponse {
    return {
      id: o.id,
      nameEn: o.nameEn,
      nameZh: o.nameZh,
      type: o.type,
      country: o.country,
      website: o.website,
      descriptionEn: o.descriptionEn,
      descriptionZh: o.descriptionZh,
      status: o.status,
      memberSince: o.memberSince,
      foundingMember: o.foundingMember,
      rotatingChair: o.rotatingChair,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  }
}

export class OrganizationPage {
  @ApiProperty({ type: [OrganizationResponse] }) items: OrganizationResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
