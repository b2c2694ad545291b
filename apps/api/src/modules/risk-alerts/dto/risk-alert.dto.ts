import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  RISK_ALERT_CATEGORIES,
  RISK_ALERT_LIMITS,
  RISK_ALERT_SEVERITIES,
  RISK_ALERT_LIST_STATUSES,
  type RiskAlertAcknowledgeRequest,
  type RiskAlertCategory,
  type RiskAlertRequest,
  type RiskAlertSeverity,
  type RiskAlertListStatus,
  type RiskAlertUpdateRequest,
  type RiskAlertWithdrawRequest,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimToNull, trimToUpper } from '../../../common/validation/transforms';
import { IsCountryCode } from '../../../common/validation/validators';

const text = (maxLength: number, description?: string) =>
  ApiPropertyOptional({ type: String, nullable: true, maxLength, description });

/** A bilingual text field: optional, trimmed, empty as null (the service asks for one of the two languages). */
function Bilingual(maxLength: number, description?: string): PropertyDecorator {
  return (target, key) => {
    text(maxLength, description)(target, key);
    Transform(trimToNull)(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(maxLength)(target, key);
  };
}

const dateTime = (field: string) =>
  IsDateString({ strict: true }, { message: `${field} must be an ISO 8601 date-time` });

export class CreateRiskAlertDto implements RiskAlertRequest {
  @ApiProperty({ enum: RISK_ALERT_SEVERITIES })
  @IsIn(RISK_ALERT_SEVERITIES)
  severity: RiskAlertSeverity;

  @ApiProperty({ enum: RISK_ALERT_CATEGORIES })
  @IsIn(RISK_ALERT_CATEGORIES)
  category: RiskAlertCategory;

  @ApiProperty({ type: [String], minItems: 1, description: 'Countries, ISO 3166-1 alpha-2 codes' })
  @IsArray()
  @ArrayMinSize(1, { message: 'countries needs at least one country' })
  @ArrayMaxSize(RISK_ALERT_LIMITS.countries)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries: string[];

  @Bilingual(RISK_ALERT_LIMITS.placeLength, 'A city or region')
  place?: string | null;

  @Bilingual(RISK_ALERT_LIMITS.titleLength, 'At least one of titleEn, titleZh')
  titleEn?: string | null;

  @Bilingual(RISK_ALERT_LIMITS.titleLength)
  titleZh?: string | null;

  @Bilingual(RISK_ALERT_LIMITS.bodyLength, 'Plain text; at least one of bodyEn, bodyZh')
  bodyEn?: string | null;

  @Bilingual(RISK_ALERT_LIMITS.bodyLength)
  bodyZh?: string | null;

  @ApiProperty({ format: 'date-time' })
  @dateTime('validFrom')
  validFrom: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'Expires after this moment' })
  @IsOptional()
  @dateTime('validUntil')
  validUntil?: string | null;
}

class VersionedDto {
  @ApiProperty({ description: 'The alert’s version last read; a different current one answers 409' })
  @IsInt()
  @Min(1)
  version: number;
}

export class UpdateRiskAlertDto extends VersionedDto implements RiskAlertUpdateRequest {
  @Bilingual(RISK_ALERT_LIMITS.bodyLength, 'What changed')
  noteEn?: string | null;

  @Bilingual(RISK_ALERT_LIMITS.bodyLength)
  noteZh?: string | null;

  @ApiPropertyOptional({ enum: RISK_ALERT_SEVERITIES })
  @IsOptional()
  @IsIn(RISK_ALERT_SEVERITIES)
  severity?: RiskAlertSeverity;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'null: until withdrawn' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @dateTime('validUntil')
  validUntil?: string | null;
}

export class ReleaseRiskAlertDto extends VersionedDto {}

export class WithdrawRiskAlertDto extends VersionedDto implements RiskAlertWithdrawRequest {
  @Bilingual(RISK_ALERT_LIMITS.bodyLength, 'The all clear; at least one of allClearEn, allClearZh')
  allClearEn?: string | null;

  @Bilingual(RISK_ALERT_LIMITS.bodyLength)
  allClearZh?: string | null;
}

export class AcknowledgeRiskAlertDto implements RiskAlertAcknowledgeRequest {
  @Bilingual(RISK_ALERT_LIMITS.noteLength, 'e.g. who was told, and how')
  note?: string | null;
}

export class ListRiskAlertsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: RISK_ALERT_LIST_STATUSES,
    default: 'current',
    description: 'current: in force (and, for their issuer and the secretariat, waiting for release)',
  })
  @IsOptional()
  @IsIn(RISK_ALERT_LIST_STATUSES)
  status?: RiskAlertListStatus;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2' })
  @Transform(trimToUpper)
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @ApiPropertyOptional({ enum: RISK_ALERT_SEVERITIES })
  @IsOptional()
  @IsIn(RISK_ALERT_SEVERITIES)
  severity?: RiskAlertSeverity;

  @ApiPropertyOptional({ enum: RISK_ALERT_CATEGORIES })
  @IsOptional()
  @IsIn(RISK_ALERT_CATEGORIES)
  category?: RiskAlertCategory;

  @ApiPropertyOptional({ description: "Only alerts exposing the reader's organization" })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  exposed?: boolean;

  @ApiPropertyOptional({
    description:
      "Only alerts waiting for an acknowledgement: the reader's organization is exposed and has not acknowledged " +
      '(for the secretariat, which is never exposed: some exposed organization has not)',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unacknowledged?: boolean;

  @ApiPropertyOptional({
    description:
      "Only alerts for a host country of a park of a financing request the reader's institution has an open review of",
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  reviewCountries?: boolean;
}
