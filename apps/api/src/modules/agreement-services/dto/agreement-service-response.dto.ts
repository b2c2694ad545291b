import { ApiProperty } from '@nestjs/swagger';
import {
  AGREEMENT_STATUSES,
  SERVICE_REQUEST_ACTIONS,
  SERVICE_REQUEST_STATUSES,
  type AgreementPartyDto,
  type AgreementServiceDto,
  type AgreementServicesDto,
  type AgreementStatus,
  type Paginated,
  type ServiceRequestAction,
  type ServiceRequestDto,
  type ServiceRequestMessageDto,
  type ServiceRequestParkDto,
  type ServiceRequestStatus,
  type ServiceRequestSummaryDto,
  type ServiceUptakeDto,
  type ServiceUptakeReportDto,
  type ServiceUptakeRowDto,
  type UnusedServiceDto,
} from '@alliance/contracts';
import { AgreementPartyResponse } from '../../agreements/dto/agreement-response.dto';

const nullableString = { type: String, nullable: true } as const;

export class ServiceUptakeResponse implements ServiceUptakeDto {
  @ApiProperty() requests: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days from request to delivery, one decimal' })
  medianDaysToDelivery: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean rating, two decimals' })
  averageRating: number | null;
  @ApiProperty() ratings: number;
}

class AgreementRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
}

class AgreementStatusRefResponse extends AgreementRefResponse {
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
}

class ServiceRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class ServiceRequestParkResponse extends ServiceRefResponse implements ServiceRequestParkDto {}

export class AgreementServiceResponse implements AgreementServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty(nullableString) descriptionEn: string | null;
  @ApiProperty(nullableString) descriptionZh: string | null;
  @ApiProperty(nullableString) eligibilityEn: string | null;
  @ApiProperty(nullableString) eligibilityZh: string | null;
  @ApiProperty({ type: AgreementPartyResponse }) provider: AgreementPartyDto;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Demo data' }) sample: boolean;
  @ApiProperty({ type: ServiceUptakeResponse }) uptake: ServiceUptakeDto;
  @ApiProperty() canRequest: boolean;
  @ApiProperty() canManage: boolean;
  @ApiProperty() version: number;
}

export class AgreementServicesResponse implements AgreementServicesDto {
  @ApiProperty({ type: AgreementStatusRefResponse }) agreement: AgreementServicesDto['agreement'];
  @ApiProperty({ type: [AgreementServiceResponse] }) services: AgreementServiceDto[];
  @ApiProperty({ type: ServiceUptakeResponse }) uptake: ServiceUptakeDto;
  @ApiProperty() canManage: boolean;
}

export class ServiceRequestSummaryResponse implements ServiceRequestSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SERVICE_REQUEST_STATUSES }) status: ServiceRequestStatus;
  @ApiProperty({ type: ServiceRefResponse }) service: ServiceRequestSummaryDto['service'];
  @ApiProperty({ type: AgreementRefResponse }) agreement: ServiceRequestSummaryDto['agreement'];
  @ApiProperty({ type: AgreementPartyResponse }) organization: AgreementPartyDto;
  @ApiProperty({ type: AgreementPartyResponse }) provider: AgreementPartyDto;
  @ApiProperty({ type: ServiceRequestParkResponse, nullable: true }) park: ServiceRequestParkDto | null;
  @ApiProperty({ type: Number, nullable: true }) rating: number | null;
  @ApiProperty() createdAt: string;
  @ApiProperty(nullableString) deliveredAt: string | null;
}

export class ServiceRequestMessageResponse implements ServiceRequestMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['requester', 'provider'] }) side: 'requester' | 'provider';
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;
}

export class ServiceRequestMessageList {
  @ApiProperty({ type: [ServiceRequestMessageResponse] }) items: ServiceRequestMessageDto[];
}

export class ServiceRequestResponse extends ServiceRequestSummaryResponse implements ServiceRequestDto {
  @ApiProperty(nullableString) needEn: string | null;
  @ApiProperty(nullableString) needZh: string | null;
  @ApiProperty(nullableString) declineReason: string | null;
  @ApiProperty(nullableString) acceptedAt: string | null;
  @ApiProperty(nullableString) declinedAt: string | null;
  @ApiProperty(nullableString) ratingComment: string | null;
  @ApiProperty(nullableString) ratedAt: string | null;
  @ApiProperty(nullableString) requestedByName: string | null;
  @ApiProperty({
    type: [ServiceRequestMessageResponse],
    nullable: true,
    description: 'The private thread: the two organizations only (null for the secretariat)',
  })
  messages: ServiceRequestMessageDto[] | null;
  @ApiProperty({ enum: SERVICE_REQUEST_ACTIONS, isArray: true }) actions: ServiceRequestAction[];
  @ApiProperty() version: number;
}

export class ServiceRequestPage implements Paginated<ServiceRequestSummaryDto> {
  @ApiProperty({ type: [ServiceRequestSummaryResponse] }) items: ServiceRequestSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

class AgreementUptakeResponse extends ServiceUptakeResponse {
  @ApiProperty({ type: AgreementRefResponse }) agreement: ServiceUptakeRowDto['agreement'];
}

export class ServiceUptakeRowResponse extends ServiceUptakeResponse implements ServiceUptakeRowDto {
  @ApiProperty({ type: AgreementRefResponse }) agreement: ServiceUptakeRowDto['agreement'];
  @ApiProperty({ type: AgreementPartyResponse }) organization: AgreementPartyDto;
  @ApiProperty({ type: ServiceRequestParkResponse, nullable: true, description: 'Null: for the organization itself' })
  park: ServiceRequestParkDto | null;
}

export class UnusedServiceResponse implements UnusedServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ type: AgreementRefResponse }) agreement: UnusedServiceDto['agreement'];
  @ApiProperty({ type: AgreementPartyResponse }) provider: AgreementPartyDto;
}

export class ServiceUptakeReportResponse implements ServiceUptakeReportDto {
  @ApiProperty({ type: [AgreementUptakeResponse] }) agreements: ServiceUptakeReportDto['agreements'];
  @ApiProperty({ type: [ServiceUptakeRowResponse] }) rows: ServiceUptakeRowDto[];
  @ApiProperty({ type: [UnusedServiceResponse] }) unused: UnusedServiceDto[];
}
