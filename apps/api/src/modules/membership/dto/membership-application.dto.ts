import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  LOCALES,
  MAX_APPLICATION_PARKS,
  MEMBER_ORGANIZATION_TYPES,
  MEMBERSHIP_APPLICATION_STATUSES,
  ORGANIZATION_TYPES,
  type ApplicationParkDto,
  type Locale,
  type MembershipApplicationDto,
  type MembershipApplicationReceipt,
  type MembershipApplicationRequest,
  type MembershipApplicationStatus,
  type OrganizationType,
  type RejectApplicationRequest,
  type SimilarOrganizationDto,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsCountryCode, PHONE_PATTERN } from '../../../common/validation/validators';
import type { MembershipApplication } from '../entities/membership-application.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class ApplicationParkInput implements ApplicationParkDto {
  @ApiPropertyOptional({ maxLength: 300, description: 'At least one of nameEn, nameZh' })
  @Transform(trim)
  @ValidateIf((o: ApplicationParkInput) => o.nameEn != null || !o.nameZh)
  @IsString()
  @IsNotEmpty({ message: 'nameEn or nameZh is required' })
  @MaxLength(300)
  nameEn?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string;
}

export class CreateMembershipApplicationDto implements MembershipApplicationRequest {
  @ApiPropertyOptional({ maxLength: 300, description: 'At least one of nameEn, nameZh' })
  @Transform(trim)
  @ValidateIf((o: CreateMembershipApplicationDto) => o.nameEn != null || !o.nameZh)
  @IsString()
  @IsNotEmpty({ message: 'nameEn or nameZh is required' })
  @MaxLength(300)
  nameEn?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string;

  @ApiProperty({ enum: MEMBER_ORGANIZATION_TYPES })
  @IsIn(MEMBER_ORGANIZATION_TYPES, { message: `type must be one of ${MEMBER_ORGANIZATION_TYPES.join(', ')}` })
  type: OrganizationType;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @Transform(trim)
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

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'contactName is required' })
  @MaxLength(200)
  contactName: string;

  @ApiProperty({ maxLength: 320 })
  @Transform(lower)
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(320)
  contactEmail: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @Transform(trim)
  @IsOptional()
  @MaxLength(50)
  @Matches(PHONE_PATTERN, { message: 'contactPhone may contain digits, spaces and + ( ) - . only' })
  contactPhone?: string;

  @ApiPropertyOptional({ type: [ApplicationParkInput], maxItems: MAX_APPLICATION_PARKS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_APPLICATION_PARKS)
  // Each item an object: a list nested in the list is refused here, not by the database.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ApplicationParkInput)
  parks?: ApplicationParkInput[];

  @ApiProperty({ enum: [true], description: "Acceptance of the alliance's terms of membership" })
  @Equals(true, { message: "acceptTerms: the alliance's terms must be accepted" })
  acceptTerms: true;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ description: 'Leave empty (a field hidden from people)', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  homepage?: string;
}

export class RejectApplicationDto implements RejectApplicationRequest {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(2000)
  reason: string;
}

export class ListApplicationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEMBERSHIP_APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(MEMBERSHIP_APPLICATION_STATUSES)
  status?: MembershipApplicationStatus;

  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  type?: OrganizationType;

  @ApiPropertyOptional({ description: 'Reference, either name or the contact e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class ApplicationReceiptResponse implements MembershipApplicationReceipt {
  @ApiProperty({ example: 'AP-2026-00042' }) reference: string;
  @ApiProperty() createdAt: string;
}

export class SimilarOrganizationResponse implements SimilarOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty({ description: '0 to 1' }) similarity: number;
}

class ApplicationParkResponse implements ApplicationParkDto {
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty() country: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
}

export class MembershipApplicationResponse implements MembershipApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty({ enum: MEMBERSHIP_APPLICATION_STATUSES }) status: MembershipApplicationStatus;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty() country: string;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionEn: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionZh: string | null;
  @ApiProperty() contactName: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
  @ApiProperty({ type: [ApplicationParkResponse] }) parks: ApplicationParkResponse[];
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
  @ApiProperty({ type: [SimilarOrganizationResponse] }) similarOrganizations: SimilarOrganizationResponse[];
  @ApiProperty() createdAt: string;

  static from(a: MembershipApplication, similar: SimilarOrganizationDto[]): MembershipApplicationResponse {
    return {
      id: a.id,
      reference: a.reference,
      status: a.status,
      nameEn: a.nameEn,
      nameZh: a.nameZh,
      type: a.type,
      country: a.country,
      website: a.website,
      descriptionEn: a.descriptionEn,
      descriptionZh: a.descriptionZh,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      contactPhone: a.contactPhone,
      parks: a.parks.map((p) => ({
        nameEn: p.nameEn ?? null,
        nameZh: p.nameZh ?? null,
        country: p.country,
        city: p.city ?? null,
      })),
      locale: a.locale,
      organizationId: a.organizationId,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      rejectionReason: a.rejectionReason,
      similarOrganizations: similar,
      createdAt: a.createdAt.toISOString(),
    };
  }
}

export class MembershipApplicationPage {
  @ApiProperty({ type: [MembershipApplicationResponse] }) items: MembershipApplicationResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
