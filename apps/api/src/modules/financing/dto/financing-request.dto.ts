import { ApiPropertyOptional, ApiProperty, IntersectionType } from '@nestjs/swagger';
import { CsvLanguageDto } from '../../../common/csv/csv-language.dto';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  ATTACHMENT_LIMITS,
  CURRENCY_CODES,
  FINANCING_AUDIENCES,
  FINANCING_INSTRUMENTS,
  FINANCING_LIMITS,
  FINANCING_REQUEST_STATUSES,
  FINANCING_REVIEW_STATUSES,
  RISK_GRADES,
  SECTORS,
  type CurrencyCode,
  type FinancingAudience,
  type FinancingInstrument,
  type FinancingRequestFields,
  type FinancingRequestStatus,
  type FinancingReviewStatus,
  type RiskGrade,
  type Sector,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ifDefined, trimToNull, trimToUpper } from '../../../common/validation/transforms';
import {
  IsCountryCode,
  IsCurrencyCode,
  IsMoneyString,
  IsPositiveDecimalString,
} from '../../../common/validation/validators';

/**
 * A request's fields. Every one may be left empty on a draft (null clears it); submission
 * checks the required ones. Unknown fields are refused.
 */
export class FinancingRequestInput implements FinancingRequestFields {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "One of the requesting organization's parks",
  })
  @IsOptional()
  @IsUUID('4')
  parkId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.titleLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.titleLength)
  titleEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.titleLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.titleLength)
  titleZh?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.purposeLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.purposeLength)
  purposeEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.purposeLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.purposeLength)
  purposeZh?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.descriptionLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.descriptionLength)
  descriptionEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.descriptionLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.descriptionLength)
  descriptionZh?: string | null;

  @ApiPropertyOptional({ enum: FINANCING_INSTRUMENTS, nullable: true })
  @IsOptional()
  @IsIn(FINANCING_INSTRUMENTS)
  instrument?: FinancingInstrument | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '12345678901234.56',
    description: 'Decimal string: up to 16 digits and 2 decimals',
  })
  @IsOptional()
  @IsString()
  @IsMoneyString(16)
  @IsPositiveDecimalString()
  amount?: string | null;

  @ApiPropertyOptional({ enum: CURRENCY_CODES, nullable: true })
  @Transform(trimToUpper)
  @IsOptional()
  @IsCurrencyCode()
  currency?: CurrencyCode | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: FINANCING_LIMITS.maxTenorMonths })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(FINANCING_LIMITS.maxTenorMonths)
  tenorMonths?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Host country, ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsCountryCode()
  country?: string | null;

  @ApiPropertyOptional({ enum: SECTORS, nullable: true })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector | null;

  @ApiPropertyOptional({
    enum: FINANCING_AUDIENCES,
    description: 'all: every active financial partner; named: institutionIds',
  })
  @ValidateIf(ifDefined)
  @IsIn(FINANCING_AUDIENCES)
  audience?: FinancingAudience;

  @ApiPropertyOptional({ type: [String], description: 'Financial institutions asked (audience named)' })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(FINANCING_LIMITS.namedInstitutions)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  institutionIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Files uploaded with POST /api/attachments; the list replaces the old one',
  })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(ATTACHMENT_LIMITS.perRecord)
  @IsUUID('4', { each: true })
  attachmentIds?: string[];
}

export class UpdateFinancingRequestDto extends FinancingRequestInput {
  @ApiPropertyOptional({ description: 'The version you edited; a newer one answers 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

/** The version the action was decided on: if someone changed the record since, 409. */
export class VersionDto {
  @ApiPropertyOptional({ description: 'The version you saw; a newer one answers 409' })
  @IsOptional()
  @IsInt()
  version?: number;
}

/** A decision that must name the version it was made on (releasing, accepting): never last-write-wins. */
export class RequiredVersionDto {
  @ApiProperty({ description: 'The version you decided on; a newer one answers 409' })
  @IsInt({ message: 'version is required: the version of the record you decided on' })
  version: number;
}

export class ReasonDto extends VersionDto {
  @ApiProperty({ maxLength: FINANCING_LIMITS.reasonLength })
  @Transform(trimToNull)
  @IsString({ message: 'reason is required' })
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(FINANCING_LIMITS.reasonLength)
  reason: string;
}

export class AcceptOfferDto extends RequiredVersionDto {
  @ApiProperty({ format: 'uuid', description: 'The released offer accepted' })
  @IsUUID('4')
  offerId: string;
}

export class MessageDto extends VersionDto {
  @ApiProperty({ maxLength: FINANCING_LIMITS.messageLength })
  @Transform(trimToNull)
  @IsString({ message: 'body is required' })
  @IsNotEmpty({ message: 'body is required' })
  @MaxLength(FINANCING_LIMITS.messageLength)
  body: string;
}

export class DeclarationDto {
  @ApiProperty({ description: 'true: I have a conflict of interest and will not act on this request' })
  @IsBoolean()
  conflict: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.reasonLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.reasonLength)
  note?: string | null;
}

const money = (field: string) => ({ description: `${field}: decimal string` });

/** Filters of lists and the queue. */
export class ListFinancingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FINANCING_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(FINANCING_REQUEST_STATUSES)
  status?: FinancingRequestStatus;

  @ApiPropertyOptional({ enum: FINANCING_INSTRUMENTS })
  @IsOptional()
  @IsIn(FINANCING_INSTRUMENTS)
  instrument?: FinancingInstrument;

  @ApiPropertyOptional({ description: 'Host country' })
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: RISK_GRADES, description: "The host country's current risk grade (1 low … 5 severe)" })
  @IsOptional()
  @Type(() => Number)
  @IsIn(RISK_GRADES, { message: 'riskGrade must be a whole number from 1 to 5' })
  riskGrade?: RiskGrade;

  @ApiPropertyOptional({ format: 'uuid', description: 'Requesting organization (secretariat)' })
  @IsOptional()
  @IsUUID('4')
  organizationId?: string;

  @ApiPropertyOptional({ enum: CURRENCY_CODES })
  @Transform(trimToUpper)
  @IsOptional()
  @IsCurrencyCode()
  currency?: CurrencyCode;

  @ApiPropertyOptional(money('amountMin'))
  @IsOptional()
  @IsMoneyString(16)
  amountMin?: string;

  @ApiPropertyOptional(money('amountMax'))
  @IsOptional()
  @IsMoneyString(16)
  amountMax?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Words of the title, either language' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description:
      "The requests list: only requests with an institution's question waiting for the requester's answer (an institution: its own)",
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  awaitingAnswer?: boolean;
}

/** The export takes the list's filters and the language of the file. */
export class ExportFinancingQueryDto extends IntersectionType(ListFinancingQueryDto, CsvLanguageDto) {}

export class QueueQueryDto extends ListFinancingQueryDto {
  @ApiPropertyOptional({ enum: FINANCING_REVIEW_STATUSES, description: "The institution's review status" })
  @IsOptional()
  @IsIn(FINANCING_REVIEW_STATUSES)
  reviewStatus?: FinancingReviewStatus;

  @ApiPropertyOptional({ description: 'Only reviews still waiting past the working-day limit' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: "Only reviews whose offer is prepared and waits for an admin's release" })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  release?: boolean;

  @ApiPropertyOptional({
    description:
      "Only reviews in review whose thread ends with the requester's answer to the institution's question, " +
      'with no offer prepared since: the answer waits for the institution to follow it up',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  answered?: boolean;
}
