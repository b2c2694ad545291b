import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COOPERATION_PROJECT_KINDS,
  ORGANIZATION_TYPES,
  SECTORS,
  type CooperationProjectKind,
  type MatchReason,
  type MatchReasonCode,
  type OrganizationMatchDto,
  type OrganizationType,
  type ProjectMatchDto,
  type Sector,
} from '@alliance/contracts';

const nullableString = { type: String, nullable: true } as const;
const MATCH_REASON_CODES: MatchReasonCode[] = [
  'same_sector',
  'park_in_country',
  'project_in_country',
  'size_within_investments',
  'size_near_investments',
  'hosts_enterprises',
  'complementary_kind',
  'recent',
];

/** One reason of a match: its code and the fields that code carries. */
export class MatchReasonResponse {
  @ApiProperty({ enum: MATCH_REASON_CODES }) code: MatchReasonCode;
  @ApiPropertyOptional({ enum: SECTORS, isArray: true, description: 'same_sector: the shared sectors' })
  sectors?: Sector[];
  @ApiPropertyOptional({ description: 'park_in_country, project_in_country: ISO 3166-1 alpha-2' }) country?: string;
  @ApiPropertyOptional({ description: 'hosts_enterprises: enterprises in its parks' }) count?: number;
  @ApiPropertyOptional({ enum: COOPERATION_PROJECT_KINDS, description: 'complementary_kind: the project’s kind' })
  kind?: CooperationProjectKind;
  @ApiPropertyOptional({
    enum: [...ORGANIZATION_TYPES, ...COOPERATION_PROJECT_KINDS],
    description: 'complementary_kind: the organization’s type or the kind of its own project',
  })
  counterpart?: OrganizationType | CooperationProjectKind;
  @ApiPropertyOptional({ description: 'recent: days since publication' }) days?: number;
}

export class MatchedOrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
  @ApiProperty(nullableString) country: string | null;
}

export class OrganizationMatchResponse implements OrganizationMatchDto {
  @ApiProperty({ type: MatchedOrganizationResponse }) organization: MatchedOrganizationResponse;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [MatchReasonResponse] }) reasons: MatchReason[];
  @ApiProperty({ description: 'The reasons as one sentence in the reader’s language' }) explanation: string;
}

export class MatchedProjectOwnerResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class MatchedProjectResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COOPERATION_PROJECT_KINDS }) kind: CooperationProjectKind;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty() country: string;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors: Sector[];
  @ApiProperty({ type: String, nullable: true, description: 'USD, exact decimal string' }) sizeUsd: string | null;
  @ApiProperty({ type: MatchedProjectOwnerResponse }) organization: MatchedProjectOwnerResponse;
}

export class ProjectMatchResponse implements ProjectMatchDto {
  @ApiProperty({ type: MatchedProjectResponse }) project: MatchedProjectResponse;
  @ApiProperty({ minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ type: [MatchReasonResponse] }) reasons: MatchReason[];
  @ApiProperty({ description: 'The reasons as one sentence in the reader’s language' }) explanation: string;
}
