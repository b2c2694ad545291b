import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  COOPERATION_AUDIENCES,
  COOPERATION_LIMITS,
  COOPERATION_OWNER_CLOSE_OUTCOMES,
  COOPERATION_PROJECT_KINDS,
  COOPERATION_PROJECT_STATUSES,
  SECTORS,
  type CooperationAudience,
  type CooperationCloseRequest,
  type CooperationProjectKind,
  type CooperationProjectQuery,
  type CooperationProjectRequest,
  type CooperationProjectStatus,
  type CooperationProjectUpdateRequest,
  type CooperationReturnRequest,
  type Sector,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../../common/pagination/page-query.dto';
import { ifDefined, trimToNull, trimToUpper } from '../../../../common/validation/transforms';
import { IsCountryCode, IsMoneyString, IsPositiveDecimalString } from '../../../../common/validation/validators';

/** Digits before the point that `COOPERATION_LIMITS.maxUsd` allows (999999999999.99: twelve). */
const USD_DIGITS = COOPERATION_LIMITS.maxUsd.split('.')[0].length;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A bilingual text field: optional, trimmed, empty as null (the service asks for one of the two languages). */
function Bilingual(maxLength: number, description?: string): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: String, nullable: true, maxLength, description })(target, key);
    Transform(trimToNull)(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(maxLength)(target, key);
  };
}

/** A USD amount as an exact decimal string, never a float (the column is numeric(14,2)). */
function Usd(description: string, positive: boolean): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: String, nullable: positive, example: '25000000.00', description })(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    IsMoneyString(USD_DIGITS)(target, key);
    if (positive) IsPositiveDecimalString()(target, key);
  };
}

export class CreateCooperationProjectDto implements CooperationProjectRequest {
  @ApiProperty({ enum: COOPERATION_PROJECT_KINDS })
  @IsIn(COOPERATION_PROJECT_KINDS)
  kind: CooperationProjectKind;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "One of the owner's parks" })
  @IsOptional()
  @IsUUID('all')
  parkId?: string | null;

  @Bilingual(COOPERATION_LIMITS.titleLength, 'At least one of titleEn, titleZh')
  titleEn?: string | null;

  @Bilingual(COOPERATION_LIMITS.titleLength)
  titleZh?: string | null;

  @Bilingual(COOPERATION_LIMITS.summaryLength, 'Plain text, shown in lists and to visitors; at least one language')
  summaryEn?: string | null;

  @Bilingual(COOPERATION_LIMITS.summaryLength)
  summaryZh?: string | null;

  @Bilingual(COOPERATION_LIMITS.descriptionLength, 'Plain text, members only')
  descriptionEn?: string | null;

  @Bilingual(COOPERATION_LIMITS.descriptionLength)
  descriptionZh?: string | null;

  @ApiProperty({ enum: SECTORS, isArray: true, maxItems: COOPERATION_LIMITS.sectors, description: 'One to five' })
  @IsArray()
  @ArrayMaxSize(COOPERATION_LIMITS.sectors)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true, message: `each sector must be one of ${SECTORS.join(', ')}` })
  sectors: Sector[];

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 code of the country the project is in' })
  @Transform(trimToUpper)
  @IsCountryCode()
  country: string;

  @Usd(`USD, up to ${COOPERATION_LIMITS.maxUsd}`, true)
  sizeUsd?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY-MM-DD, today or later' })
  @IsOptional()
  @Matches(DATE, { message: 'deadline must be a date YYYY-MM-DD' })
  deadline?: string | null;

  @ApiPropertyOptional({
    enum: COOPERATION_AUDIENCES,
    default: 'members',
    description: 'public: visitors see the summary',
  })
  @IsOptional()
  @IsIn(COOPERATION_AUDIENCES)
  audience?: CooperationAudience;

  @ApiPropertyOptional({
    type: [String],
    maxItems: COOPERATION_LIMITS.attachments,
    description: 'Files from POST /api/attachments, in order; replaces the list',
  })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(COOPERATION_LIMITS.attachments)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

class VersionedDto {
  @ApiProperty({ description: 'The project’s version last read; a different current one answers 409' })
  @IsInt()
  @Min(1)
  version: number;
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdateCooperationProjectDto
  extends PartialType(CreateCooperationProjectDto, { skipNullProperties: false })
  implements CooperationProjectUpdateRequest
{
  @ApiProperty({ description: 'The project’s version last read; a different current one answers 409' })
  @IsInt()
  @Min(1)
  version: number;
}

export class ProjectVersionDto extends VersionedDto {}

export class ReturnCooperationProjectDto extends VersionedDto implements CooperationReturnRequest {
  @ApiProperty({ maxLength: COOPERATION_LIMITS.reasonLength, description: 'What the owner should change' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COOPERATION_LIMITS.reasonLength)
  reason: string;
}

export class CloseCooperationProjectDto extends VersionedDto implements CooperationCloseRequest {
  @ApiProperty({ enum: COOPERATION_OWNER_CLOSE_OUTCOMES })
  @IsIn(COOPERATION_OWNER_CLOSE_OUTCOMES)
  outcome: (typeof COOPERATION_OWNER_CLOSE_OUTCOMES)[number];

  @ApiProperty({ maxLength: COOPERATION_LIMITS.reasonLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(COOPERATION_LIMITS.reasonLength)
  reason: string;
}

/** all: published projects the reader may see; mine: the reader's organization's, any status; review: the secretariat's queue. */
export const COOPERATION_PROJECT_SCOPES = ['all', 'mine', 'review'] as const;
export type CooperationProjectScope = (typeof COOPERATION_PROJECT_SCOPES)[number];

export class ListCooperationProjectsQueryDto extends PageQueryDto implements CooperationProjectQuery {
  @ApiPropertyOptional({
    enum: COOPERATION_PROJECT_SCOPES,
    default: 'all',
    description:
      "all: published projects you may see (visitors: public ones); mine: your organization's in any status; review: waiting for the secretariat",
  })
  @IsOptional()
  @IsIn(COOPERATION_PROJECT_SCOPES)
  scope: CooperationProjectScope = 'all';

  @ApiPropertyOptional({ enum: COOPERATION_PROJECT_KINDS })
  @IsOptional()
  @IsIn(COOPERATION_PROJECT_KINDS)
  kind?: CooperationProjectKind;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional()
  @Transform(trimToUpper)
  @IsOptional()
  @IsCountryCode()
  country?: string;

  @Usd('At least this size, USD', false)
  minSizeUsd?: string;

  @Usd('At most this size, USD', false)
  maxSizeUsd?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  parkId?: string;

  @ApiPropertyOptional({ enum: COOPERATION_PROJECT_STATUSES })
  @IsOptional()
  @IsIn(COOPERATION_PROJECT_STATUSES)
  status?: CooperationProjectStatus;

  @ApiPropertyOptional({ maxLength: 200, description: 'Words of the title, either language' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
