import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  INITIATIVE_LIMITS,
  INITIATIVE_STATUSES,
  LOCALES,
  type EndorseRequest,
  type InitiativeRequest,
  type InitiativeStatus,
  type Locale,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimToNull } from '../../../common/validation/transforms';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class InitiativePrincipleInput {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.principleLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.principleLength)
  en?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.principleLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.principleLength)
  zh?: string | null;
}

/** An initiative as the secretariat writes it: a title in at least one language (INITIATIVE_INCOMPLETE otherwise). */
export class InitiativeInputDto implements InitiativeRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.titleLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.titleLength)
  titleEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.titleLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.titleLength)
  titleZh?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.preambleLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.preambleLength)
  preambleEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.preambleLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.preambleLength)
  preambleZh?: string | null;

  @ApiProperty({ type: [InitiativePrincipleInput], description: 'In order; each in one language at least' })
  @IsArray()
  @ArrayMaxSize(INITIATIVE_LIMITS.maxPrinciples)
  // Each item an object: a list nested in the list is refused here, not by the database.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InitiativePrincipleInput)
  principles: InitiativePrincipleInput[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY-MM-DD: the first day open for endorsement' })
  @IsOptional()
  @Matches(DATE, { message: 'opensOn must be a date YYYY-MM-DD' })
  opensOn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'YYYY-MM-DD: the last day open (on or after opensOn)',
  })
  @IsOptional()
  @Matches(DATE, { message: 'closesOn must be a date YYYY-MM-DD' })
  closesOn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: INITIATIVE_LIMITS.maxTarget })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INITIATIVE_LIMITS.maxTarget)
  targetOrganizations?: number | null;
}

export class UpdateInitiativeDto extends InitiativeInputDto {
  @ApiProperty({ description: 'The version last read; a different current one answers 409' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class InitiativeVersionDto {
  @ApiProperty({ description: 'The version last read; a different current one answers 409' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class ListInitiativesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES, description: 'Drafts: the secretariat only' })
  @IsOptional()
  @IsIn(INITIATIVE_STATUSES)
  status?: InitiativeStatus;

  @ApiPropertyOptional({
    description:
      "false: the initiatives open for endorsement that the reader's organization has not endorsed (or has withdrawn from); " +
      'true: those it endorses now',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  endorsed?: boolean;
}

export class EndorseDto implements EndorseRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.statementLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.statementLength)
  statementEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.statementLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.statementLength)
  statementZh?: string | null;
}

export class EndorsementReasonDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: INITIATIVE_LIMITS.reasonLength,
    description: 'Kept in the audit log only',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.reasonLength)
  reason?: string | null;
}

export class ProposeEndorsementDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: INITIATIVE_LIMITS.reasonLength })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(INITIATIVE_LIMITS.reasonLength)
  note?: string | null;
}

export class ExportLanguageDto {
  @ApiPropertyOptional({
    enum: LOCALES,
    description: 'Language of the headers and labels; the reader’s own by default',
  })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
