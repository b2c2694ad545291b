import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  AGREEMENT_KINDS,
  AGREEMENT_LIMITS,
  AGREEMENT_STATUSES,
  COMMITMENT_OWNERS,
  type AddDocumentVersionRequest,
  type AgreementKind,
  type AgreementStatus,
  type CommitmentOwner,
  type CommitmentStepRequest,
  type CreateAgreementDocumentRequest,
  type CreateAgreementRequest,
  type CreateCommitmentRequest,
  type SignAgreementRequest,
  type TerminateAgreementRequest,
  type UpdateAgreementRequest,
  type UpdateCommitmentRequest,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimToNull } from '../../../common/validation/transforms';

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

/** A date YYYY-MM-DD, optional (null clears it). */
function OptionalDate(description: string): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ type: String, nullable: true, example: '2021-05-12', description })(target, key);
    IsOptional()(target, key);
    Matches(DATE, { message: `${String(key)} must be a date YYYY-MM-DD` })(target, key);
  };
}

export class CreateAgreementDto implements CreateAgreementRequest {
  @ApiProperty({ enum: AGREEMENT_KINDS })
  @IsIn(AGREEMENT_KINDS)
  kind: AgreementKind;

  @Bilingual(AGREEMENT_LIMITS.titleLength, 'At least one of titleEn, titleZh')
  titleEn?: string | null;

  @Bilingual(AGREEMENT_LIMITS.titleLength)
  titleZh?: string | null;

  @Bilingual(AGREEMENT_LIMITS.summaryLength, 'Plain text: what the public list shows')
  summaryEn?: string | null;

  @Bilingual(AGREEMENT_LIMITS.summaryLength)
  summaryZh?: string | null;

  @Bilingual(AGREEMENT_LIMITS.scopeLength, 'Plain text: what the parties agreed (members read it)')
  scopeEn?: string | null;

  @Bilingual(AGREEMENT_LIMITS.scopeLength)
  scopeZh?: string | null;

  @Bilingual(AGREEMENT_LIMITS.renewalTermsLength)
  renewalTermsEn?: string | null;

  @Bilingual(AGREEMENT_LIMITS.renewalTermsLength)
  renewalTermsZh?: string | null;

  @OptionalDate('When it was signed')
  signedOn?: string | null;

  @OptionalDate('When it takes effect: a signed agreement becomes active that day')
  effectiveFrom?: string | null;

  @OptionalDate('When it expires (null: open-ended)')
  expiresOn?: string | null;

  @ApiProperty({
    type: [String],
    maxItems: AGREEMENT_LIMITS.counterparties,
    description: 'The counterparty organizations (active members), in the order they are named',
  })
  @IsArray()
  @ArrayMaxSize(AGREEMENT_LIMITS.counterparties)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  counterpartyIds: string[];
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdateAgreementDto
  extends PartialType(CreateAgreementDto, { skipNullProperties: false })
  implements UpdateAgreementRequest
{
  @ApiPropertyOptional({ description: 'The agreement’s version last read; a different current one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** A step's body: the version last read, optional (a different current one answers 409). */
export class AgreementStepDto {
  @ApiPropertyOptional({ description: 'The agreement’s version last read; a different current one answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class SignAgreementDto extends AgreementStepDto implements SignAgreementRequest {
  @ApiPropertyOptional({ example: '2021-05-12', description: 'YYYY-MM-DD; the agreement’s own when left out' })
  @IsOptional()
  @Matches(DATE, { message: 'signedOn must be a date YYYY-MM-DD' })
  signedOn?: string;
}

export class TerminateAgreementDto extends AgreementStepDto implements TerminateAgreementRequest {
  @ApiProperty({ maxLength: AGREEMENT_LIMITS.reasonLength, description: 'Why it ends early (required)' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(AGREEMENT_LIMITS.reasonLength)
  reason: string;
}

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The agreements list's filter by commitments: those with one open, or one overdue. */
export const AGREEMENT_COMMITMENT_FILTERS = ['open', 'overdue'] as const;
export type AgreementCommitmentFilter = (typeof AGREEMENT_COMMITMENT_FILTERS)[number];

export class ListAgreementsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional({ enum: AGREEMENT_KINDS })
  @IsOptional()
  @IsIn(AGREEMENT_KINDS)
  kind?: AgreementKind;

  @ApiPropertyOptional({ description: 'Only those your organization is a counterparty to (signed in)' })
  @Transform(booleanQuery)
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 366,
    description: 'Only signed or active agreements whose expiry date is within this many days from today (or past)',
  })
  @Type(() => Number)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  expiringWithinDays?: number;

  @ApiPropertyOptional({
    enum: AGREEMENT_COMMITMENT_FILTERS,
    description:
      'Only agreements with a commitment open (overdue: open past its due date); a member: commitments of its own organization',
  })
  @IsOptional()
  @IsIn(AGREEMENT_COMMITMENT_FILTERS)
  commitments?: AgreementCommitmentFilter;

  @ApiPropertyOptional({ maxLength: 200, description: 'Words of the title, either language' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CreateCommitmentDto implements CreateCommitmentRequest {
  @Bilingual(AGREEMENT_LIMITS.titleLength, 'At least one of titleEn, titleZh')
  titleEn?: string | null;

  @Bilingual(AGREEMENT_LIMITS.titleLength)
  titleZh?: string | null;

  @ApiProperty({ enum: COMMITMENT_OWNERS })
  @IsIn(COMMITMENT_OWNERS)
  owner: CommitmentOwner;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The counterparty that owns it (owner counterparty)',
  })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string | null;

  @ApiProperty({ example: '2026-12-31', description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn: string;
}

export class UpdateCommitmentDto
  extends PartialType(CreateCommitmentDto, { skipNullProperties: false })
  implements UpdateCommitmentRequest {}

export class CommitmentStepDto implements CommitmentStepRequest {
  @Bilingual(AGREEMENT_LIMITS.noteLength, 'What was done, or why it is waived or reopened')
  note?: string | null;
}

export class CreateAgreementDocumentDto implements CreateAgreementDocumentRequest {
  @Bilingual(AGREEMENT_LIMITS.documentTitleLength, 'At least one of titleEn, titleZh')
  titleEn?: string | null;

  @Bilingual(AGREEMENT_LIMITS.documentTitleLength)
  titleZh?: string | null;

  @ApiProperty({ format: 'uuid', description: 'A PDF from POST /api/attachments: the first version' })
  @IsUUID('all')
  attachmentId: string;
}

export class AddDocumentVersionDto implements AddDocumentVersionRequest {
  @ApiProperty({ format: 'uuid', description: 'A PDF from POST /api/attachments: the next version' })
  @IsUUID('all')
  attachmentId: string;
}
