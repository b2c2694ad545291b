import { ApiProperty } from '@nestjs/swagger';
import {
  COUNTRY_RATING_STATUSES,
  PARK_STATUSES,
  RISK_GRADES,
  RISK_OUTLOOKS,
  type CountryGradeDto,
  type CountryParkDto,
  type CountryProfileDto,
  type CountryRatingAction,
  type CountryRatingDto,
  type CountryRatingStatus,
  type Paginated,
  type ParkStatus,
  type PolicyBriefSummaryDto,
  type RiskGrade,
  type RiskOutlook,
} from '@alliance/contracts';
import { PolicyBriefSummaryResponse } from '../../policy-briefs/dto/policy-brief-response.dto';

const nullableString = { type: String, nullable: true } as const;

export class CountryGradeResponse implements CountryGradeDto {
  @ApiProperty({ example: 'KH' }) country: string;
  @ApiProperty({ enum: RISK_GRADES }) grade: RiskGrade;
  @ApiProperty({ enum: RISK_OUTLOOKS }) outlook: RiskOutlook;
  @ApiProperty({ format: 'date' }) effectiveOn: string;
}

export class CountryGradeList {
  @ApiProperty({ type: [CountryGradeResponse] }) items: CountryGradeDto[];
}

export class RatingProposerResponse {
  @ApiProperty(nullableString) name: string | null;
  @ApiProperty(nullableString) organizationNameEn: string | null;
  @ApiProperty(nullableString) organizationNameZh: string | null;
}

export class CountryRatingResponse extends CountryGradeResponse implements CountryRatingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COUNTRY_RATING_STATUSES }) status: CountryRatingStatus;
  @ApiProperty(nullableString) rationaleEn: string | null;
  @ApiProperty(nullableString) rationaleZh: string | null;
  @ApiProperty(nullableString) source: string | null;
  @ApiProperty({ type: RatingProposerResponse }) proposedBy: RatingProposerResponse;
  @ApiProperty() proposedAt: string;
  @ApiProperty(nullableString) publishedByName: string | null;
  @ApiProperty(nullableString) publishedAt: string | null;
  @ApiProperty(nullableString) rejectedReason: string | null;
  @ApiProperty({ enum: ['publish', 'reject'], isArray: true }) actions: CountryRatingAction[];
}

export class CountryRatingPage implements Paginated<CountryRatingDto> {
  @ApiProperty({ type: [CountryRatingResponse] }) items: CountryRatingDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class CountryParkOrganization {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class CountryParkResponse implements CountryParkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty(nullableString) city: string | null;
  @ApiProperty({ enum: PARK_STATUSES }) status: ParkStatus;
  @ApiProperty({ type: CountryParkOrganization }) organization: CountryParkOrganization;
}

export class CountryProfileResponse implements CountryProfileDto {
  @ApiProperty({ example: 'KH' }) country: string;
  @ApiProperty({ type: CountryGradeResponse, nullable: true }) current: CountryGradeDto | null;
  @ApiProperty({ type: CountryRatingResponse, nullable: true, description: 'Members only' })
  currentRating: CountryRatingDto | null;
  @ApiProperty({ type: [CountryRatingResponse], description: 'Members only: published changes, oldest first' })
  history: CountryRatingDto[];
  @ApiProperty({
    type: [CountryRatingResponse],
    description: 'Proposals waiting: the secretariat’s, and the proposer’s own',
  })
  proposals: CountryRatingDto[];
  @ApiProperty({ ...nullableString, description: 'Members only: Markdown as written' }) notesEn: string | null;
  @ApiProperty(nullableString) notesZh: string | null;
  @ApiProperty({ ...nullableString, description: 'Sanitized HTML' }) notesHtmlEn: string | null;
  @ApiProperty(nullableString) notesHtmlZh: string | null;
  @ApiProperty(nullableString) notesUpdatedAt: string | null;
  @ApiProperty({ type: [CountryParkResponse] }) parks: CountryParkDto[];
  @ApiProperty({ type: [PolicyBriefSummaryResponse] }) briefs: PolicyBriefSummaryDto[];
  @ApiProperty() canPropose: boolean;
  @ApiProperty() canEditNotes: boolean;
  @ApiProperty() version: number;
}
