import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  CURRENCY_CODES,
  DEAL_STAGES,
  FINANCING_INSTRUMENTS,
  LOCALES,
  MEMBER_ISSUE_CATEGORIES,
  ORGANIZATION_TYPES,
  POST_KINDS,
  type AlertsPointDto,
  type CurrencyCode,
  type DealStage,
  type DealsRowDto,
  type FinancingInstrument,
  type FinancingOffersRowDto,
  type FinancingPointDto,
  type HostCountryResultDto,
  type IssueCasesRowDto,
  type Locale,
  type MemberIssueCategory,
  type MembersPointDto,
  type OrganizationType,
  type PostKind,
  type PostsPointDto,
  type PublicResultsDto,
  type ResultsDto,
  type ResultsRange,
  RESULTS_TOP_AGREEMENTS,
  type ServicesOverallDto,
  type ServicesRowDto,
  type SignatoriesPointDto,
} from '@alliance/contracts';

const day = (description: string) =>
  ApiPropertyOptional({ type: String, format: 'date', example: '2024-12-31', description });

/**
 * `?from&to`: days in the alliance's time zone, both included. The shape is checked here; the order,
 * the length (at most 20 years) and the calendar by `resultsRangeProblems`, shared with the web.
 */
export class ResultsRangeDto implements ResultsRange {
  @day('First day (default: the alliance’s founding, 2020-09-01)')
  @IsOptional()
  @IsString()
  @MaxLength(10)
  from?: string;

  @day('Last day, included (default: today)')
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string;
}

export class ResultsCsvQueryDto extends ResultsRangeDto {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Language of headers and labels; the reader’s own by default' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

const period = (example: string) => ApiProperty({ example });
const decimal = { type: String, example: '1250000.00', description: 'Exact decimal' } as const;

class RangeResponse {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

class MembersPointResponse implements MembersPointDto {
  @period('2024-Q4') period: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty({ enum: ['active', 'suspended', 'withdrawn'] }) status: MembersPointDto['status'];
  @ApiProperty() count: number;
}

class HostCountryResultResponse implements HostCountryResultDto {
  @ApiProperty({ example: 'KH' }) country: string;
  @ApiProperty() parks: number;
  @ApiProperty() enterprises: number;
  @ApiProperty(decimal) investmentUsd: string;
  @ApiProperty() localJobs: number;
}

class PostsPointResponse implements PostsPointDto {
  @period('2024-12') period: string;
  @ApiProperty({ enum: POST_KINDS }) kind: PostKind;
  @ApiProperty() count: number;
}

class FinancingPointResponse implements FinancingPointDto {
  @period('2024-Q4') period: string;
  @ApiProperty({ enum: FINANCING_INSTRUMENTS }) instrument: FinancingInstrument;
  @ApiProperty({ enum: CURRENCY_CODES }) currency: CurrencyCode;
  @ApiProperty() askedCount: number;
  @ApiProperty(decimal) askedAmount: string;
  @ApiProperty() acceptedCount: number;
  @ApiProperty(decimal) acceptedAmount: string;
}

class FinancingOffersRowResponse implements FinancingOffersRowDto {
  @ApiProperty({ enum: FINANCING_INSTRUMENTS }) instrument: FinancingInstrument;
  @ApiProperty() requests: number;
  @ApiProperty() withOffer: number;
  @ApiProperty({ type: Number, nullable: true, description: '0–1, three decimals' }) shareWithOffer: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'One decimal' }) medianDaysToFirstOffer: number | null;
}

class DealsRowResponse implements DealsRowDto {
  @ApiProperty({ enum: DEAL_STAGES }) stage: DealStage;
  @ApiProperty() count: number;
  @ApiProperty(decimal) investedUsd: string;
}

class ServicesRowResponse implements ServicesRowDto {
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) titleZh: string | null;
  @ApiProperty() requests: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ type: Number, nullable: true }) averageRating: number | null;
  @ApiProperty() ratings: number;
}

class ServicesOverallResponse implements ServicesOverallDto {
  @ApiProperty({ description: 'Agreements with at least one request in the range' }) agreements: number;
  @ApiProperty() requests: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ type: Number, nullable: true }) averageRating: number | null;
  @ApiProperty() ratings: number;
}

class SignatoriesPointResponse implements SignatoriesPointDto {
  @period('2024-Q4') period: string;
  @ApiProperty() signed: number;
  @ApiProperty() withdrawn: number;
  @ApiProperty({ description: 'Endorsements standing at the end of the quarter' }) standing: number;
}

class AlertsPointResponse implements AlertsPointDto {
  @period('2024-Q4') period: string;
  @ApiProperty() issued: number;
  @ApiProperty() acknowledged: number;
}

class IssueCasesRowResponse implements IssueCasesRowDto {
  @ApiProperty({ enum: MEMBER_ISSUE_CATEGORIES }) category: MemberIssueCategory;
  @ApiProperty() cases: number;
  @ApiProperty() answered: number;
  @ApiProperty({ type: Number, nullable: true, description: 'One decimal' }) medianDaysToAnswer: number | null;
}

export class ResultsResponse implements ResultsDto {
  @ApiProperty({ type: RangeResponse }) range: ResultsDto['range'];
  @ApiProperty({ type: [MembersPointResponse] }) members: MembersPointDto[];
  @ApiProperty({ type: [HostCountryResultResponse] }) hostCountries: HostCountryResultDto[];
  @ApiProperty({ type: [PostsPointResponse] }) posts: PostsPointDto[];
  @ApiProperty({ type: [FinancingPointResponse] }) financing: FinancingPointDto[];
  @ApiProperty({ type: [FinancingOffersRowResponse] }) financingOffers: FinancingOffersRowDto[];
  @ApiProperty({ type: [DealsRowResponse] }) deals: DealsRowDto[];
  @ApiProperty({
    type: [ServicesRowResponse],
    description: `The ${RESULTS_TOP_AGREEMENTS} agreements with the most requests in the range (services.csv lists every one)`,
  })
  services: ServicesRowDto[];
  @ApiProperty({ type: ServicesOverallResponse, description: 'Every agreement’s requests in the range together' })
  servicesOverall: ServicesOverallDto;
  @ApiProperty({ type: [SignatoriesPointResponse] }) signatories: SignatoriesPointDto[];
  @ApiProperty({ type: [AlertsPointResponse] }) alerts: AlertsPointDto[];
  @ApiProperty({ type: [IssueCasesRowResponse] }) issueCases: IssueCasesRowDto[];
}

export class PublicResultsResponse implements PublicResultsDto {
  @ApiProperty({ description: 'Active member organizations' }) members: number;
  @ApiProperty() parks: number;
  @ApiProperty() hostCountries: number;
  @ApiProperty() enterprises: number;
  @ApiProperty(decimal) investmentUsd: string;
  @ApiProperty() localJobs: number;
}
