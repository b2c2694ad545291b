import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { CsvLanguageDto } from '../../../common/csv/csv-language.dto';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsCountryCode, PHONE_PATTERN } from '../../../common/validation/validators';
import {
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  type CreateOrganizationRequest,
  type MembershipStatus,
  type OrganizationContact,
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
  // Required when no Chinese name is sent; null clears it (the service checks a name remains).
  @ValidateIf((o: CreateOrganizationDto) => o.nameEn !== null && (o.nameEn !== undefined || !o.nameZh))
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
  @IsCountryCode()
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
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  foundingMember?: boolean;

  @ApiPropertyOptional({ description: 'The organization holds the rotating chair of the alliance' })
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  rotatingChair?: boolean;

  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @Transform(trim)
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(320)
  contactEmail?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(PHONE_PATTERN, { message: 'contactPhone may contain digits, spaces and + ( ) - . only' })
  contactPhone?: string;
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdateOrganizationDto extends PartialType(CreateOrganizationDto, { skipNullProperties: false }) {}

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

  @ApiPropertyOptional({ enum: MEMBERSHIP_STATUSES, description: 'Secretariat only; others see active organizations' })
  @IsOptional()
  @IsIn(MEMBERSHIP_STATUSES)
  status?: MembershipStatus;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsCountryCode()
  country?: string;
}

/** The list filters without paging, for the CSV export. */
export class ExportOrganizationsQueryDto extends IntersectionType(
  OmitType(ListOrganizationsQueryDto, ['page', 'limit'] as const),
  CsvLanguageDto,
) {}

export class OrganizationContactResponse implements OrganizationContact {
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
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
  @ApiProperty({ type: OrganizationContactResponse, nullable: true, description: 'Signed-in members only' })
  contact: OrganizationContactResponse | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  /** Contacts are for signed-in members; visitors get the public part only. */
  static from(o: Organization, withContact = true): OrganizationResponse {
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
      contact: withContact
        ? { contactName: o.contactName, contactEmail: o.contactEmail, contactPhone: o.contactPhone }
        : null,
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
