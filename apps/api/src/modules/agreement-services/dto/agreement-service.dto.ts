import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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
  SERVICE_LIMITS,
  SERVICE_REQUEST_SIDES,
  SERVICE_REQUEST_STATUSES,
  type CreateAgreementServiceRequest,
  type CreateServiceRequestRequest,
  type DeclineServiceRequestRequest,
  type PostServiceMessageRequest,
  type RateServiceRequestRequest,
  type ServiceRequestSide,
  type ServiceRequestStatus,
  type ServiceRequestStepRequest,
  type UpdateAgreementServiceRequest,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { ifDefined, trimToNull } from '../../../common/validation/transforms';

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

export class CreateAgreementServiceDto implements CreateAgreementServiceRequest {
  @Bilingual(SERVICE_LIMITS.nameLength, 'One of the two names is required (SERVICE_NAME_REQUIRED)')
  nameEn?: string | null;
  @Bilingual(SERVICE_LIMITS.nameLength) nameZh?: string | null;
  @Bilingual(SERVICE_LIMITS.descriptionLength) descriptionEn?: string | null;
  @Bilingual(SERVICE_LIMITS.descriptionLength) descriptionZh?: string | null;
  @Bilingual(SERVICE_LIMITS.eligibilityLength, 'Who may ask for it') eligibilityEn?: string | null;
  @Bilingual(SERVICE_LIMITS.eligibilityLength) eligibilityZh?: string | null;

  @ApiProperty({
    format: 'uuid',
    description: "The organization that delivers it (usually the agreement's counterparty)",
  })
  @IsUUID('all')
  providerOrganizationId: string;
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdateAgreementServiceDto
  extends PartialType(CreateAgreementServiceDto, { skipNullProperties: false })
  implements UpdateAgreementServiceRequest
{
  @ApiPropertyOptional({ description: 'false withdraws the service (it takes no new request)' })
  // Absent keeps it as it is; null is refused (the column is a plain boolean).
  @ValidateIf(ifDefined)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'The version last read (a different current one answers 409)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateServiceRequestDto implements CreateServiceRequestRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uuid',
    description: "One of your organization's parks (SERVICE_PARK_NOT_YOURS); left out: for the organization itself",
  })
  @IsOptional()
  @IsUUID('all')
  parkId?: string | null;

  @Bilingual(SERVICE_LIMITS.needLength, 'What is needed; one of the two languages is required (SERVICE_NEED_REQUIRED)')
  needEn?: string | null;
  @Bilingual(SERVICE_LIMITS.needLength) needZh?: string | null;
}

export class ServiceRequestStepDto implements ServiceRequestStepRequest {
  @ApiPropertyOptional({ description: 'The version last read (a different current one answers 409)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DeclineServiceRequestDto extends ServiceRequestStepDto implements DeclineServiceRequestRequest {
  @ApiProperty({
    maxLength: SERVICE_LIMITS.reasonLength,
    description: 'Why, shown to the member (required: SERVICE_DECLINE_REASON_REQUIRED)',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SERVICE_LIMITS.reasonLength)
  reason: string;
}

export class RateServiceRequestDto implements RateServiceRequestRequest {
  @ApiProperty({ minimum: SERVICE_LIMITS.ratingMin, maximum: SERVICE_LIMITS.ratingMax })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(SERVICE_LIMITS.ratingMin)
  @Max(SERVICE_LIMITS.ratingMax)
  rating: number;

  @Bilingual(SERVICE_LIMITS.commentLength) comment?: string | null;
}

export class PostServiceMessageDto implements PostServiceMessageRequest {
  @ApiProperty({ maxLength: SERVICE_LIMITS.messageLength })
  @Transform(trimToNull)
  @IsString({ message: 'body is required' })
  @IsNotEmpty({ message: 'body is required' })
  @MaxLength(SERVICE_LIMITS.messageLength)
  body: string;
}

export class ListServiceRequestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: SERVICE_REQUEST_SIDES,
    description:
      "sent: your organization's requests; received: those addressed to it as provider; absent: both (the secretariat: every request)",
  })
  @IsOptional()
  @IsIn(SERVICE_REQUEST_SIDES)
  side?: ServiceRequestSide;

  @ApiPropertyOptional({ enum: SERVICE_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(SERVICE_REQUEST_STATUSES)
  status?: ServiceRequestStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Requests of one agreement' })
  @IsOptional()
  @IsUUID('all')
  agreementId?: string;
}
