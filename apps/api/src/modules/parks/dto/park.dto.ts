import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { CsvLanguageDto } from '../../../common/csv/csv-language.dto';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  PARK_LIMITS,
  PARK_MIN_ESTABLISHED_YEAR,
  PARK_SORTS,
  PARK_STATUSES,
  SECTORS,
  type ImportProblem,
  type ParkContact,
  type ParkDto,
  type ParkImportReport,
  type ParkMarkerDto,
  type ParkOrganizationRef,
  type ParkRequest,
  type ParkSort,
  type ParkStatsDto,
  type ParkStatus,
  type Sector,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsCountryCode, IsMoneyString, IsYearUpToNow, PHONE_PATTERN } from '../../../common/validation/validators';
import { trimToNull } from '../../../common/validation/transforms';
import type { Park } from '../entities/park.entity';

export class CreateParkDto implements ParkRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The operator; required for the secretariat, else the own organization',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, description: 'At least one of nameEn, nameZh' })
  @Transform(trimToNull)
  // Required when no Chinese name is sent; null clears it (the service checks a name remains).
  @ValidateIf((o: CreateParkDto) => o.nameEn !== null && (o.nameEn !== undefined || !o.nameZh))
  @IsString()
  @IsNotEmpty({ message: 'nameEn or nameZh is required' })
  @MaxLength(300)
  nameEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nameZh?: string | null;

  @ApiProperty({ description: 'Host country, ISO 3166-1 alpha-2', example: 'KH' })
  @IsCountryCode()
  country: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 6, allowNaN: false, allowInfinity: false },
    { message: 'latitude must be a number with up to 6 decimals' },
  )
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 6, allowNaN: false, allowInfinity: false },
    { message: 'longitude must be a number with up to 6 decimals' },
  )
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: PARK_MIN_ESTABLISHED_YEAR,
    description: 'Up to the current year',
  })
  @IsOptional()
  @IsYearUpToNow(PARK_MIN_ESTABLISHED_YEAR)
  establishedYear?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, description: 'Square kilometres' })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: 'areaKm2 must be a number with up to 2 decimals' },
  )
  @Min(0)
  @Max(PARK_LIMITS.maxAreaKm2)
  areaKm2?: number | null;

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @ValidateIf((_, value) => value !== undefined)
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true, message: `each sector must be one of ${SECTORS.join(', ')}` })
  sectors?: Sector[];

  @ApiPropertyOptional({ enum: PARK_STATUSES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(PARK_STATUSES)
  status?: ParkStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PARK_LIMITS.maxEnterpriseCount)
  enterpriseCount?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1250000000.00',
    description: 'US dollars, a decimal string',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsMoneyString(18)
  investmentUsd?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PARK_LIMITS.maxLocalJobs)
  localJobs?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  descriptionEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  descriptionZh?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 320 })
  @Transform(trimToNull)
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(320)
  contactEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(50)
  @Matches(PHONE_PATTERN, { message: 'contactPhone may contain digits, spaces and + ( ) - . only' })
  contactPhone?: string | null;
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdateParkDto extends PartialType(OmitType(CreateParkDto, ['organizationId'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ description: 'The version last read; a different current version answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ParkFilterDto {
  @ApiPropertyOptional({ description: 'Matches the English or Chinese name or the city, any substring' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ enum: PARK_STATUSES })
  @IsOptional()
  @IsIn(PARK_STATUSES)
  status?: ParkStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;
}

export class ListParksQueryDto extends IntersectionType(PageQueryDto, ParkFilterDto) {
  @ApiPropertyOptional({ enum: PARK_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(PARK_SORTS)
  sort: ParkSort = 'name';
}

/** The list's filters and order without paging, for the CSV export. */
export class ExportParksQueryDto extends IntersectionType(
  OmitType(ListParksQueryDto, ['page', 'limit'] as const),
  CsvLanguageDto,
) {}

export class ParkOrganizationResponse implements ParkOrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
}

export class ParkContactResponse implements ParkContact {
  @ApiProperty({ type: String, nullable: true }) contactName: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) contactPhone: string | null;
}

const num = (value: string | null): number | null => (value === null ? null : Number(value));

export class ParkResponse implements ParkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: ParkOrganizationResponse }) organization: ParkOrganizationResponse;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty() country: string;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ type: Number, nullable: true }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) longitude: number | null;
  @ApiProperty({ type: Number, nullable: true }) establishedYear: number | null;
  @ApiProperty({ type: Number, nullable: true }) areaKm2: number | null;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors: Sector[];
  @ApiProperty({ enum: PARK_STATUSES }) status: ParkStatus;
  @ApiProperty({ type: Number, nullable: true }) enterpriseCount: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Decimal string' }) investmentUsd: string | null;
  @ApiProperty({ type: Number, nullable: true }) localJobs: number | null;
  @ApiProperty({ type: String, nullable: true }) descriptionEn: string | null;
  @ApiProperty({ type: String, nullable: true }) descriptionZh: string | null;
  @ApiProperty({ type: ParkContactResponse, nullable: true, description: 'Signed-in members only' })
  contact: ParkContactResponse | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;

  /** `park.organization` must be loaded. Contacts only for signed-in members. */
  static from(p: Park, withContact: boolean): ParkResponse {
    const org = p.organization;
    return {
      id: p.id,
      organizationId: p.organizationId,
      organization: { id: p.organizationId, nameEn: org?.nameEn ?? null, nameZh: org?.nameZh ?? null },
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      country: p.country,
      city: p.city,
      latitude: num(p.latitude),
      longitude: num(p.longitude),
      establishedYear: p.establishedYear,
      areaKm2: num(p.areaKm2),
      sectors: p.sectors as Sector[],
      status: p.status,
      enterpriseCount: p.enterpriseCount,
      investmentUsd: p.investmentUsd,
      localJobs: p.localJobs,
      descriptionEn: p.descriptionEn,
      descriptionZh: p.descriptionZh,
      contact: withContact
        ? { contactName: p.contactName, contactEmail: p.contactEmail, contactPhone: p.contactPhone }
        : null,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      version: p.version,
    };
  }
}

export class ParkPage {
  @ApiProperty({ type: [ParkResponse] }) items: ParkResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class ParkMarkerResponse implements ParkMarkerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
  @ApiProperty() country: string;
  @ApiProperty() latitude: number;
  @ApiProperty() longitude: number;
  @ApiProperty({ type: String, nullable: true }) investmentUsd: string | null;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors: Sector[];
  @ApiProperty({ enum: PARK_STATUSES }) status: ParkStatus;
}

class CountryCount {
  @ApiProperty() country: string;
  @ApiProperty() parks: number;
}

export class ParkStatsResponse implements ParkStatsDto {
  @ApiProperty() parks: number;
  @ApiProperty() hostCountries: number;
  @ApiProperty() enterprises: number;
  @ApiProperty({ description: 'Decimal string' }) investmentUsd: string;
  @ApiProperty() localJobs: number;
  @ApiProperty({ type: [CountryCount] }) byCountry: CountryCount[];
}

export class ParkImportReportResponse implements ParkImportReport {
  @ApiProperty() rows: number;
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) problems: ImportProblem[];
}
