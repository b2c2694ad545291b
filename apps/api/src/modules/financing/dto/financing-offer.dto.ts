import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  CURRENCY_CODES,
  FINANCING_LIMITS,
  FINANCING_RATE_KINDS,
  RATE_PATTERN,
  type CurrencyCode,
  type FinancingOfferTerms,
  type FinancingRateKind,
} from '@alliance/contracts';
import { IsCurrencyCode, IsMoneyString, IsPositiveDecimalString } from '../../../common/validation/validators';
import { trimToNull, trimToUpper } from '../../../common/validation/transforms';
import { VersionDto } from './financing-request.dto';

/** The terms an institution offers; prepared by one person, released by an admin of the institution. */
export class OfferDto extends VersionDto implements FinancingOfferTerms {
  @ApiProperty({ example: '25000000.00', description: 'Decimal string: up to 16 digits and 2 decimals' })
  @IsString()
  @IsMoneyString(16)
  @IsPositiveDecimalString()
  amount: string;

  @ApiProperty({ enum: CURRENCY_CODES })
  @Transform(trimToUpper)
  @IsCurrencyCode()
  currency: CurrencyCode;

  @ApiProperty({ enum: FINANCING_RATE_KINDS, description: 'interest (loans) or premium (insurance, guarantees)' })
  @IsIn(FINANCING_RATE_KINDS)
  rateKind: FinancingRateKind;

  @ApiProperty({ example: '4.35', description: 'Percent a year, decimal string 0–100 with up to 4 decimals' })
  @IsString()
  @Matches(RATE_PATTERN, {
    message: 'ratePercent must be a percentage from 0 to 100 with up to 4 decimals, such as 4.35',
  })
  ratePercent: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.feesLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.feesLength)
  fees: string | null;

  @ApiProperty({ minimum: 1, maximum: FINANCING_LIMITS.maxTenorMonths })
  @IsInt()
  @Min(1)
  @Max(FINANCING_LIMITS.maxTenorMonths)
  tenorMonths: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: FINANCING_LIMITS.conditionsLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(FINANCING_LIMITS.conditionsLength)
  conditions: string | null;

  @ApiProperty({ example: '2027-01-31', description: 'Last day the offer can be accepted' })
  @IsISO8601({ strict: true }, { message: 'validUntil must be a date such as 2027-01-31' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date such as 2027-01-31' })
  validUntil: string;
}
