import { ApiProperty } from '@nestjs/swagger';
import {
  CURRENCY_CODES,
  FINANCING_AUDIENCES,
  FINANCING_INSTRUMENTS,
  FINANCING_OFFER_STATUSES,
  FINANCING_RATE_KINDS,
  FINANCING_REQUEST_ACTIONS,
  FINANCING_REQUEST_STATUSES,
  FINANCING_REVIEW_ACTIONS,
  FINANCING_REVIEW_CLOSE_REASONS,
  FINANCING_REVIEW_REQUESTER_ACTIONS,
  FINANCING_REVIEW_STATUSES,
  FINANCING_REVISED_FIELDS,
  SECTORS,
  type CurrencyCode,
  type FinancingAudience,
  type FinancingInstrument,
  type FinancingMessageDto,
  type FinancingMyDeclarationDto,
  type FinancingOfferDto,
  type FinancingOfferStatus,
  type FinancingOrgRef,
  type FinancingPipelineAmount,
  type FinancingPipelineDto,
  type FinancingPipelineRow,
  type FinancingProgressDto,
  type FinancingQueueItemDto,
  type FinancingRateKind,
  type FinancingRequestAction,
  type FinancingRequestDto,
  type FinancingRequestStatus,
  type FinancingRequestSummaryDto,
  type FinancingReviewAction,
  type FinancingReviewCloseReason,
  type FinancingReviewDetailDto,
  type FinancingReviewDto,
  type FinancingReviewRequesterAction,
  type FinancingReviewStatus,
  type FinancingRevisedField,
  type FinancingRevisionDto,
  type Paginated,
  type Sector,
  type CountryAlertsDto,
  type CountryGradeDto,
} from '@alliance/contracts';
import { CountryGradeResponse } from '../../countries/dto/country-response.dto';
import { CountryAlertsResponse } from '../../risk-alerts/dto/risk-alert-response.dto';
import { AttachmentResponse } from '../../attachments/dto/attachment.dto';

const nullableString = { type: String, nullable: true } as const;

export class FinancingOrgRefResponse implements FinancingOrgRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class FinancingRevisionResponse implements FinancingRevisionDto {
  @ApiProperty() number: number;
  @ApiProperty({ enum: FINANCING_REVISED_FIELDS, isArray: true }) changedFields: FinancingRevisedField[];
  @ApiProperty() createdAt: string;
}

export class FinancingMessageResponse implements FinancingMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['question', 'answer'] }) kind: 'question' | 'answer';
  @ApiProperty({ enum: ['requester', 'institution'] }) side: 'requester' | 'institution';
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;
}

export class FinancingOfferResponse implements FinancingOfferDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FINANCING_OFFER_STATUSES }) status: FinancingOfferStatus;
  @ApiProperty({ description: 'The request revision the offer answers' }) requestRevision: number;
  @ApiProperty({ description: 'Decimal string' }) amount: string;
  @ApiProperty({ enum: CURRENCY_CODES }) currency: CurrencyCode;
  @ApiProperty({ enum: FINANCING_RATE_KINDS }) rateKind: FinancingRateKind;
  @ApiProperty({ description: 'Percent a year, decimal string' }) ratePercent: string;
  @ApiProperty(nullableString) fees: string | null;
  @ApiProperty() tenorMonths: number;
  @ApiProperty(nullableString) conditions: string | null;
  @ApiProperty({ example: '2027-01-31' }) validUntil: string;
  @ApiProperty(nullableString) preparedByName: string | null;
  @ApiProperty() preparedAt: string;
  @ApiProperty(nullableString) releasedByName: string | null;
  @ApiProperty(nullableString) releasedAt: string | null;
  @ApiProperty() expired: boolean;
}

export class FinancingReviewResponse implements FinancingReviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) requestId: string;
  @ApiProperty({ type: FinancingOrgRefResponse }) institution: FinancingOrgRef;
  @ApiProperty({ enum: FINANCING_REVIEW_STATUSES }) status: FinancingReviewStatus;
  @ApiProperty(nullableString) declineReason: string | null;
  @ApiProperty({ enum: FINANCING_REVIEW_CLOSE_REASONS, nullable: true }) closeReason: FinancingReviewCloseReason | null;
  @ApiProperty({ type: FinancingOfferResponse, nullable: true, description: 'Null for the secretariat' })
  offer: FinancingOfferDto | null;
  @ApiProperty({ type: [FinancingMessageResponse], nullable: true, description: 'Null for the secretariat' }) messages:
    FinancingMessageDto[] | null;
  @ApiProperty() workingDaysWaiting: number;
  @ApiProperty() overdue: boolean;
  @ApiProperty(nullableString) openedAt: string | null;
  @ApiProperty(nullableString) decidedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({
    enum: FINANCING_REVIEW_REQUESTER_ACTIONS,
    isArray: true,
    description: 'What the signed-in requester may do on this review now (empty for everyone else)',
  })
  actions: FinancingReviewRequesterAction[];
  @ApiProperty() version: number;
}

export class FinancingProgressResponse implements FinancingProgressDto {
  @ApiProperty() asked: number;
  @ApiProperty() answered: number;
  @ApiProperty() offers: number;
}

export class FinancingRequestSummaryResponse implements FinancingRequestSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: FinancingOrgRefResponse }) organization: FinancingOrgRef;
  @ApiProperty({ type: FinancingOrgRefResponse, nullable: true }) park: FinancingOrgRef | null;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: FINANCING_INSTRUMENTS, nullable: true }) instrument: FinancingInstrument | null;
  @ApiProperty({ type: String, nullable: true, description: 'Decimal string' }) amount: string | null;
  @ApiProperty({ enum: CURRENCY_CODES, nullable: true }) currency: CurrencyCode | null;
  @ApiProperty({ type: Number, nullable: true }) tenorMonths: number | null;
  @ApiProperty(nullableString) country: string | null;
  @ApiProperty({ type: CountryGradeResponse, nullable: true, description: "The host country's current risk grade" })
  countryRisk: CountryGradeDto | null;
  @ApiProperty({ type: CountryAlertsResponse, nullable: true, description: "The host country's active risk alerts" })
  countryAlerts: CountryAlertsDto | null;
  @ApiProperty({ enum: SECTORS, nullable: true }) sector: Sector | null;
  @ApiProperty({ enum: FINANCING_REQUEST_STATUSES }) status: FinancingRequestStatus;
  @ApiProperty({ enum: FINANCING_AUDIENCES }) audience: FinancingAudience;
  @ApiProperty() revision: number;
  @ApiProperty(nullableString) submittedAt: string | null;
  @ApiProperty({
    type: FinancingProgressResponse,
    nullable: true,
    description: 'In lists, for the requester and the secretariat',
  })
  progress: FinancingProgressDto | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class FinancingRequestResponse extends FinancingRequestSummaryResponse implements FinancingRequestDto {
  @ApiProperty(nullableString) purposeEn: string | null;
  @ApiProperty(nullableString) purposeZh: string | null;
  @ApiProperty(nullableString) descriptionEn: string | null;
  @ApiProperty(nullableString) descriptionZh: string | null;
  @ApiProperty({ type: [FinancingOrgRefResponse] }) institutions: FinancingOrgRef[];
  @ApiProperty({ type: [AttachmentResponse] }) attachments: AttachmentResponse[];
  @ApiProperty({ type: [FinancingRevisionResponse] }) revisions: FinancingRevisionDto[];
  @ApiProperty({ type: [FinancingReviewResponse] }) reviews: FinancingReviewDto[];
  @ApiProperty(nullableString) withdrawReason: string | null;
  @ApiProperty(nullableString) closeReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) acceptedReviewId: string | null;
  @ApiProperty(nullableString) decidedAt: string | null;
  @ApiProperty(nullableString) createdByName: string | null;
  @ApiProperty({ enum: FINANCING_REQUEST_ACTIONS, isArray: true }) actions: FinancingRequestAction[];
  @ApiProperty() version: number;
}

export class FinancingRequestPage implements Paginated<FinancingRequestSummaryDto> {
  @ApiProperty({ type: [FinancingRequestSummaryResponse] }) items: FinancingRequestSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class FinancingDeclarationResponse implements FinancingMyDeclarationDto {
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: not declared yet' }) conflict: boolean | null;
  @ApiProperty(nullableString) declaredAt: string | null;
}

export class FinancingQueueItemResponse implements FinancingQueueItemDto {
  @ApiProperty({ type: FinancingReviewResponse }) review: FinancingReviewDto;
  @ApiProperty({ type: FinancingRequestSummaryResponse }) request: FinancingRequestSummaryDto;
  @ApiProperty({ type: FinancingDeclarationResponse }) myDeclaration: FinancingMyDeclarationDto;
}

export class FinancingQueuePage implements Paginated<FinancingQueueItemDto> {
  @ApiProperty({ type: [FinancingQueueItemResponse] }) items: FinancingQueueItemDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class FinancingReviewDetailResponse implements FinancingReviewDetailDto {
  @ApiProperty({ type: FinancingReviewResponse }) review: FinancingReviewDto;
  @ApiProperty({ type: FinancingRequestSummaryResponse }) request: FinancingRequestSummaryDto;
  @ApiProperty({ type: FinancingRequestResponse, nullable: true }) details: FinancingRequestDto | null;
  @ApiProperty({ type: FinancingDeclarationResponse }) myDeclaration: FinancingMyDeclarationDto;
  @ApiProperty({ type: [FinancingRevisionResponse] }) unseenRevisions: FinancingRevisionDto[];
  @ApiProperty({ enum: FINANCING_REVIEW_ACTIONS, isArray: true }) actions: FinancingReviewAction[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'While an offer waits for release: the admins who could release it (0: invite a second admin)',
  })
  offerReleasers: number | null;
}

export class FinancingPipelineAmountResponse implements FinancingPipelineAmount {
  @ApiProperty({ enum: CURRENCY_CODES }) currency: CurrencyCode;
  @ApiProperty({ description: 'Exact decimal sum' }) total: string;
}

export class FinancingPipelineRowResponse implements FinancingPipelineRow<string> {
  @ApiProperty() key: string;
  @ApiProperty() count: number;
  @ApiProperty({ type: [FinancingPipelineAmountResponse] }) amounts: FinancingPipelineAmount[];
}

export class FinancingPipelineTotalResponse {
  @ApiProperty() count: number;
  @ApiProperty({ type: [FinancingPipelineAmountResponse] }) amounts: FinancingPipelineAmount[];
}

export class FinancingPipelineResponse implements FinancingPipelineDto {
  @ApiProperty({ type: FinancingPipelineTotalResponse }) total: { count: number; amounts: FinancingPipelineAmount[] };
  @ApiProperty({ type: [FinancingPipelineRowResponse] }) byStatus: FinancingPipelineRow<FinancingRequestStatus>[];
  @ApiProperty({ type: [FinancingPipelineRowResponse] }) byInstrument: FinancingPipelineRow<FinancingInstrument>[];
  @ApiProperty({ type: [FinancingPipelineRowResponse] }) byCountry: FinancingPipelineRow<string>[];
}
