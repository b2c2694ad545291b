import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
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
  ATTACHMENT_LIMITS,
  LOCALES,
  POLICY_BRIEF_AUDIENCES,
  POLICY_BRIEF_LIMITS,
  POLICY_BRIEF_STATUSES,
  POLICY_TOPICS,
  type Locale,
  type PolicyBriefAudience,
  type PolicyBriefRequest,
  type PolicyBriefStatus,
  type PolicyBriefUpdateRequest,
  type PolicyTopic,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ifDefined, trimToNull } from '../../../common/validation/transforms';
import { IsCountryCode } from '../../../common/validation/validators';

const text = (maxLength: number, description?: string) =>
  ApiPropertyOptional({ type: String, nullable: true, maxLength, description });

export class CreatePolicyBriefDto implements PolicyBriefRequest {
  @text(POLICY_BRIEF_LIMITS.titleLength, 'At least one of titleEn, titleZh')
  @Transform(trimToNull)
  @ValidateIf((o: CreatePolicyBriefDto) => o.titleEn !== null && (o.titleEn !== undefined || !o.titleZh))
  @IsString()
  @IsNotEmpty({ message: 'titleEn or titleZh is required' })
  @MaxLength(POLICY_BRIEF_LIMITS.titleLength)
  titleEn?: string | null;

  @text(POLICY_BRIEF_LIMITS.titleLength)
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POLICY_BRIEF_LIMITS.titleLength)
  titleZh?: string | null;

  @text(POLICY_BRIEF_LIMITS.summaryLength, 'Plain text, shown in lists')
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POLICY_BRIEF_LIMITS.summaryLength)
  summaryEn?: string | null;

  @text(POLICY_BRIEF_LIMITS.summaryLength)
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POLICY_BRIEF_LIMITS.summaryLength)
  summaryZh?: string | null;

  @text(POLICY_BRIEF_LIMITS.bodyLength, 'Markdown')
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POLICY_BRIEF_LIMITS.bodyLength)
  bodyEn?: string | null;

  @text(POLICY_BRIEF_LIMITS.bodyLength, 'Markdown')
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POLICY_BRIEF_LIMITS.bodyLength)
  bodyZh?: string | null;

  @ApiProperty({ type: [String], minItems: 1, description: 'Host countries, ISO 3166-1 alpha-2 codes' })
  @IsArray()
  @ArrayMinSize(1, { message: 'countries needs at least one host country' })
  @ArrayMaxSize(POLICY_BRIEF_LIMITS.countries)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries: string[];

  @ApiProperty({ enum: POLICY_TOPICS, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'topics needs at least one topic' })
  @ArrayMaxSize(POLICY_TOPICS.length)
  @ArrayUnique()
  @IsIn(POLICY_TOPICS, { each: true, message: `each topic must be one of ${POLICY_TOPICS.join(', ')}` })
  topics: PolicyTopic[];

  @ApiProperty({ enum: POLICY_BRIEF_AUDIENCES })
  @IsIn(POLICY_BRIEF_AUDIENCES)
  audience: PolicyBriefAudience;

  @ApiPropertyOptional({
    type: [String],
    maxItems: ATTACHMENT_LIMITS.perRecord,
    description: 'PDFs from POST /api/attachments, in order; replaces the list',
  })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(ATTACHMENT_LIMITS.perRecord)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Secretariat only: write for this member organization' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdatePolicyBriefDto
  extends PartialType(OmitType(CreatePolicyBriefDto, ['organizationId'] as const), { skipNullProperties: false })
  implements PolicyBriefUpdateRequest
{
  @ApiPropertyOptional({ description: 'The brief’s version last read; a different current one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class RetractPolicyBriefDto {
  @ApiProperty({ maxLength: POLICY_BRIEF_LIMITS.reasonLength, description: 'Why, shown on the brief' })
  @Transform(trimToNull)
  @IsString({ message: 'reason is required' })
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(POLICY_BRIEF_LIMITS.reasonLength)
  reason: string;
}

export class PolicyBriefCommentRequest {
  @ApiProperty({ maxLength: POLICY_BRIEF_LIMITS.commentLength })
  @Transform(trimToNull)
  @IsString({ message: 'body is required' })
  @IsNotEmpty({ message: 'body is required' })
  @MaxLength(POLICY_BRIEF_LIMITS.commentLength)
  body: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The queues a list can show besides what readers see: a brief's own organization's, the secretariat's review. */
export const POLICY_BRIEF_SCOPES = ['published', 'mine', 'review'] as const;
export type PolicyBriefScope = (typeof POLICY_BRIEF_SCOPES)[number];

export class ListPolicyBriefsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: POLICY_BRIEF_SCOPES,
    default: 'published',
    description:
      "published: what the reader may read; mine: your organization's briefs; review: versions waiting for the secretariat's review",
  })
  @IsOptional()
  @IsIn(POLICY_BRIEF_SCOPES)
  scope: PolicyBriefScope = 'published';

  @ApiPropertyOptional({ enum: POLICY_BRIEF_STATUSES, description: 'With scope=mine' })
  @IsOptional()
  @IsIn(POLICY_BRIEF_STATUSES)
  status?: PolicyBriefStatus;

  @ApiPropertyOptional() @IsOptional() @IsCountryCode() country?: string;
  @ApiPropertyOptional({ enum: POLICY_TOPICS }) @IsOptional() @IsIn(POLICY_TOPICS) topic?: PolicyTopic;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') organizationId?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'Only briefs written in this language (with a title in it)' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;

  @ApiPropertyOptional({ description: 'Published on or after, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Published on or before, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({
    description: 'Either language: English words (stemmed), Chinese substrings; the newest 200 matches',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class PolicyBriefDiffQueryDto {
  @ApiProperty({ minimum: 1, description: 'The older version number' })
  @Type(() => Number)
  @IsInt({ message: 'from must be a version number' })
  @Min(1)
  @Max(10_000)
  from: number;

  @ApiProperty({ minimum: 1, description: 'The newer version number' })
  @Type(() => Number)
  @IsInt({ message: 'to must be a version number' })
  @Min(1)
  @Max(10_000)
  to: number;
}
