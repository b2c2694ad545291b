import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import {
  COUNTRY_RATING_LIMITS,
  COUNTRY_RATING_STATUSES,
  RISK_GRADES,
  RISK_OUTLOOKS,
  type CountryNotesRequest,
  type CountryRatingRequest,
  type CountryRatingStatus,
  type RiskGrade,
  type RiskOutlook,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimToNull, trimToUpper } from '../../../common/validation/transforms';
import { IsCountryCode } from '../../../common/validation/validators';

export class ProposeRatingDto implements CountryRatingRequest {
  @ApiProperty({ enum: RISK_GRADES, description: '1 low … 5 severe' })
  @IsIn(RISK_GRADES, { message: 'grade must be a whole number from 1 (low) to 5 (severe)' })
  grade: RiskGrade;

  @ApiProperty({ enum: RISK_OUTLOOKS })
  @IsIn(RISK_OUTLOOKS)
  outlook: RiskOutlook;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COUNTRY_RATING_LIMITS.rationaleLength,
    description: 'At least one of rationaleEn, rationaleZh',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COUNTRY_RATING_LIMITS.rationaleLength)
  rationaleEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COUNTRY_RATING_LIMITS.rationaleLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COUNTRY_RATING_LIMITS.rationaleLength)
  rationaleZh?: string | null;

  @ApiProperty({ format: 'date', description: 'From when the grade holds, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'effectiveOn must be a real date YYYY-MM-DD' })
  effectiveOn: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COUNTRY_RATING_LIMITS.sourceLength,
    description: 'Where the assessment comes from',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COUNTRY_RATING_LIMITS.sourceLength)
  source?: string | null;
}

export class RejectRatingDto {
  @ApiProperty({ maxLength: COUNTRY_RATING_LIMITS.reasonLength })
  @Transform(trimToNull)
  @IsString({ message: 'reason is required' })
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(COUNTRY_RATING_LIMITS.reasonLength)
  reason: string;
}

export class UpdateCountryNotesDto implements CountryNotesRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COUNTRY_RATING_LIMITS.notesLength,
    description: 'Markdown',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COUNTRY_RATING_LIMITS.notesLength)
  notesEn?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: COUNTRY_RATING_LIMITS.notesLength,
    description: 'Markdown',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COUNTRY_RATING_LIMITS.notesLength)
  notesZh?: string | null;

  @ApiPropertyOptional({
    minimum: 0,
    description: 'The version last read (0: the country had no notes); a different current version answers 409',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  version?: number;
}

export class ListRatingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: COUNTRY_RATING_STATUSES,
    description: 'proposed: the queue of changes waiting for a decision',
  })
  @IsOptional()
  @IsIn(COUNTRY_RATING_STATUSES)
  status?: CountryRatingStatus;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @Transform(trimToUpper)
  @IsOptional()
  @IsCountryCode()
  country?: string;
}
