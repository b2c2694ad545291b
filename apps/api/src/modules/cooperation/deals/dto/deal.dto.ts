import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  COOPERATION_LIMITS,
  DEAL_STAGES,
  SECTORS,
  type DealMoveRequest,
  type DealStage,
  type Sector,
} from '@alliance/contracts';
import { CsvLanguageDto } from '../../../../common/csv/csv-language.dto';
import { PageQueryDto } from '../../../../common/pagination/page-query.dto';
import { trimToNull, trimToUpper } from '../../../../common/validation/transforms';
import { IsCountryCode, IsMoneyString, IsPositiveDecimalString } from '../../../../common/validation/validators';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date, YYYY-MM-DD, that exists. */
const isoDate = (target: object, key: string) => {
  Matches(DATE, { message: `${key} must be a date such as 2026-03-31` })(target, key);
  IsISO8601({ strict: true }, { message: `${key} must be a date such as 2026-03-31` })(target, key);
};

/** The body of a deal's move: the investment for `investment_made`, the reason for `lost`, nothing for the others. */
export class MoveDealDto implements DealMoveRequest {
  @ApiPropertyOptional({
    example: '12500000.00',
    description: 'investment_made: USD, an exact decimal string (DEAL_INVESTMENT_REQUIRED without it)',
  })
  @IsOptional()
  @IsString({ message: 'investedUsd must be a decimal string such as 12500000.00' })
  @IsMoneyString(12)
  @IsPositiveDecimalString()
  investedUsd?: string;

  @ApiPropertyOptional({ format: 'date', description: 'investment_made: the date the investment was made' })
  @IsOptional()
  @IsString({ message: 'investedOn must be a date such as 2026-03-31' })
  @isoDate
  investedOn?: string;

  @ApiPropertyOptional({
    maxLength: COOPERATION_LIMITS.reasonLength,
    description: 'lost: why (DEAL_LOST_REASON_REQUIRED without it)',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(COOPERATION_LIMITS.reasonLength)
  reason?: string;
}

/** The deals' scope: a stage, the project's country, one of its sectors. */
export class DealScopeDto {
  @ApiPropertyOptional({ enum: DEAL_STAGES })
  @IsOptional()
  @IsIn(DEAL_STAGES)
  stage?: DealStage;

  @ApiPropertyOptional({ description: "The project's country, ISO 3166-1 alpha-2" })
  @IsOptional()
  @Transform(trimToUpper)
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: SECTORS, description: 'One of the project’s sectors' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;
}

export class ListDealsQueryDto extends IntersectionType(PageQueryDto, DealScopeDto) {}

export class DealFiguresQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Deals opened on or after this day' })
  @IsOptional()
  @IsString({ message: 'from must be a date such as 2026-01-01' })
  @isoDate
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Deals opened on or before this day' })
  @IsOptional()
  @IsString({ message: 'to must be a date such as 2026-12-31' })
  @isoDate
  to?: string;
}

/** The export's filters: the list's scope and the figures' period, with the CSV's language. */
export class DealFiltersDto extends IntersectionType(CsvLanguageDto, DealScopeDto, DealFiguresQueryDto) {}
