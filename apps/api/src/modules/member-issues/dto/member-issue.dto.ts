import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  ISSUE_CASE_STATUSES,
  MEMBER_ISSUE_CATEGORIES,
  MEMBER_ISSUE_LIMITS,
  MEMBER_ISSUE_STATUSES,
  type AnswerCaseRequest,
  type CloseRequest,
  type FileIssueRequest,
  type GovernmentBodyRequest,
  type IssueCaseUpdateRequest,
  type MemberIssueCategory,
  type MemberIssueRequest,
  type MemberIssueStatus,
  type RelayCaseRequest,
} from '@alliance/contracts';
import { CsvLanguageDto } from '../../../common/csv/csv-language.dto';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ifDefined, trimToNull, trimToUpper } from '../../../common/validation/transforms';
import { IsCountryCode } from '../../../common/validation/validators';

/** Optional text in one language: the service asks for at least one of the pair (a domain error). */
const text = (maxLength: number, description?: string) => (target: object, key: string) => {
  ApiPropertyOptional({ type: String, nullable: true, maxLength, description })(target, key);
  Transform(trimToNull)(target, key);
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(maxLength)(target, key);
};

const version = (description: string) => (target: object, key: string) => {
  ApiProperty({ minimum: 1, description })(target, key);
  IsInt({ message: `${key} must be the version last read` })(target, key);
  Min(1)(target, key);
};

export class CreateMemberIssueDto implements MemberIssueRequest {
  @ApiProperty({ enum: MEMBER_ISSUE_CATEGORIES })
  @IsIn(MEMBER_ISSUE_CATEGORIES, { message: `category must be one of ${MEMBER_ISSUE_CATEGORIES.join(', ')}` })
  category: MemberIssueCategory;

  @ApiProperty({ description: 'Where the problem was met, ISO 3166-1 alpha-2' })
  @Transform(trimToUpper)
  @IsCountryCode()
  country: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'One of your own parks' })
  @IsOptional()
  @IsUUID('all')
  parkId?: string | null;

  @text(MEMBER_ISSUE_LIMITS.titleLength, 'At least one of titleEn, titleZh') titleEn?: string | null;
  @text(MEMBER_ISSUE_LIMITS.titleLength) titleZh?: string | null;
  @text(MEMBER_ISSUE_LIMITS.descriptionLength, 'At least one of descriptionEn, descriptionZh')
  descriptionEn?: string | null;
  @text(MEMBER_ISSUE_LIMITS.descriptionLength) descriptionZh?: string | null;

  @ApiProperty({ description: 'Seen by your organization and the secretariat only; counted, never named, in its case' })
  @IsBoolean({ message: 'confidential must be true or false' })
  confidential: boolean;
}

export class FileIssueDto implements FileIssueRequest {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An existing case; absent: a new case made from the issue',
  })
  @IsOptional()
  @IsUUID('all')
  caseId?: string | null;
}

export class CloseDto implements CloseRequest {
  @ApiProperty({ maxLength: MEMBER_ISSUE_LIMITS.reasonLength, description: 'Why, shown with the record' })
  @Transform(trimToNull)
  @IsString({ message: 'reason is required' })
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(MEMBER_ISSUE_LIMITS.reasonLength)
  reason: string;

  @ApiPropertyOptional({ minimum: 1, description: 'The version last read; a different current one answers 409' })
  @IsOptional()
  @IsInt({ message: 'version must be the version last read' })
  @Min(1)
  version?: number;
}

export class UpdateIssueCaseDto implements IssueCaseUpdateRequest {
  @text(MEMBER_ISSUE_LIMITS.titleLength, 'A case keeps a title in at least one language') titleEn?: string | null;
  @text(MEMBER_ISSUE_LIMITS.titleLength) titleZh?: string | null;
  @text(MEMBER_ISSUE_LIMITS.descriptionLength) summaryEn?: string | null;
  @text(MEMBER_ISSUE_LIMITS.descriptionLength) summaryZh?: string | null;
  @version('The case’s version last read; a different current one answers 409') version: number;
}

export class RelayCaseDto implements RelayCaseRequest {
  @ApiProperty({ format: 'uuid', description: 'An active government body' })
  @IsUUID('all', { message: 'governmentBodyId must be a government body id' })
  governmentBodyId: string;

  @ApiProperty({ maxLength: MEMBER_ISSUE_LIMITS.relayTextLength, description: 'The text sent to the body' })
  @Transform(trimToNull)
  @IsString({ message: 'relayedText is required' })
  @IsNotEmpty({ message: 'relayedText is required' })
  @MaxLength(MEMBER_ISSUE_LIMITS.relayTextLength)
  relayedText: string;

  @version('The case’s version last read') version: number;
}

export class AnswerCaseDto implements AnswerCaseRequest {
  @text(MEMBER_ISSUE_LIMITS.answerLength, 'At least one of answerEn, answerZh') answerEn?: string | null;
  @text(MEMBER_ISSUE_LIMITS.answerLength) answerZh?: string | null;
  @version('The case’s version last read') version: number;
}

export class ResolveCaseDto {
  @version('The case’s version last read') version: number;
}

export class CloseCaseDto implements CloseRequest {
  @ApiProperty({ maxLength: MEMBER_ISSUE_LIMITS.reasonLength, description: 'Why, shown with the case and its issues' })
  @Transform(trimToNull)
  @IsString({ message: 'reason is required' })
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(MEMBER_ISSUE_LIMITS.reasonLength)
  reason: string;

  @version('The case’s version last read') version: number;
}

export class GovernmentBodyDtoIn implements GovernmentBodyRequest {
  @text(MEMBER_ISSUE_LIMITS.bodyNameLength, 'At least one of nameEn, nameZh') nameEn?: string | null;
  @text(MEMBER_ISSUE_LIMITS.bodyNameLength) nameZh?: string | null;

  @ApiPropertyOptional({ description: 'Inactive bodies take no new case' })
  @ValidateIf(ifDefined)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListMemberIssuesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MEMBER_ISSUE_STATUSES })
  @IsOptional()
  @IsIn(MEMBER_ISSUE_STATUSES)
  status?: MemberIssueStatus;

  @ApiPropertyOptional() @IsOptional() @Transform(trimToUpper) @IsCountryCode() country?: string;

  @ApiPropertyOptional({ enum: MEMBER_ISSUE_CATEGORIES })
  @IsOptional()
  @IsIn(MEMBER_ISSUE_CATEGORIES)
  category?: MemberIssueCategory;

  @ApiPropertyOptional({
    description: "The secretariat's inbox: submitted issues not yet filed in a case, oldest first",
  })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'unfiled must be true or false' })
  unfiled?: boolean;
}

/** `open`: not resolved nor closed. */
export const ISSUE_CASE_FILTERS = ['open', 'all', ...ISSUE_CASE_STATUSES] as const;
export type IssueCaseFilter = (typeof ISSUE_CASE_FILTERS)[number];

const OPEN_FOR_MORE_THAN_DAYS = {
  minimum: 1,
  maximum: MEMBER_ISSUE_LIMITS.maxAgeDays,
  description: 'Only cases opened more than this many days ago',
};

/** The filters of the issue cases' list, its CSV file and the home's counts of open and overdue cases. */
class IssueCaseFilters {
  @ApiPropertyOptional({ enum: ISSUE_CASE_FILTERS, default: 'open' })
  @IsOptional()
  @IsIn(ISSUE_CASE_FILTERS)
  status: IssueCaseFilter = 'open';

  @ApiPropertyOptional() @IsOptional() @Transform(trimToUpper) @IsCountryCode() country?: string;

  @ApiPropertyOptional({ enum: MEMBER_ISSUE_CATEGORIES })
  @IsOptional()
  @IsIn(MEMBER_ISSUE_CATEGORIES)
  category?: MemberIssueCategory;
  @ApiPropertyOptional(OPEN_FOR_MORE_THAN_DAYS)
  @Type(() => Number)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MEMBER_ISSUE_LIMITS.maxAgeDays)
  openForMoreThanDays?: number;
}

export class IssueCaseFiltersDto extends IntersectionType(CsvLanguageDto, IssueCaseFilters) {}

export class ListIssueCasesQueryDto extends IntersectionType(PageQueryDto, IssueCaseFilters) {}

export class ListGovernmentBodiesQueryDto {
  @ApiPropertyOptional({ description: 'The secretariat: inactive bodies too' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'all must be true or false' })
  all?: boolean;
}
