import { ApiProperty } from '@nestjs/swagger';
import {
  ENDORSEMENT_ACTIONS,
  ENDORSEMENT_PROPOSAL_STATUSES,
  ENDORSEMENT_STATUSES,
  INITIATIVE_ACTIONS,
  INITIATIVE_STATUSES,
  type EndorsementAction,
  type EndorsementDto,
  type EndorsementProposalDto,
  type EndorsementProposalStatus,
  type EndorsementStatus,
  type InitiativeAction,
  type InitiativeDto,
  type InitiativeStatus,
  type InitiativeSummaryDto,
  type Paginated,
  type SignatoryDto,
} from '@alliance/contracts';

const nullableString = { type: String, nullable: true } as const;

export class InitiativeSummaryResponse implements InitiativeSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: INITIATIVE_STATUSES }) status: InitiativeStatus;
  @ApiProperty({ ...nullableString, format: 'date' }) opensOn: string | null;
  @ApiProperty({ ...nullableString, format: 'date' }) closesOn: string | null;
  @ApiProperty({ description: 'Published, opening by itself on opensOn' }) scheduled: boolean;
  @ApiProperty({ type: Number, nullable: true }) targetOrganizations: number | null;
  @ApiProperty({ description: 'Public signatories: endorsements of active member organizations' })
  endorsements: number;
}

export class InitiativePrincipleResponse {
  @ApiProperty(nullableString) en: string | null;
  @ApiProperty(nullableString) zh: string | null;
}

export class SignatoryResponse implements SignatoryDto {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ ...nullableString, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @ApiProperty({ format: 'date-time' }) endorsedAt: string;
  @ApiProperty(nullableString) statementEn: string | null;
  @ApiProperty(nullableString) statementZh: string | null;
}

export class EndorsementResponse extends SignatoryResponse implements EndorsementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENDORSEMENT_STATUSES }) status: EndorsementStatus;
  @ApiProperty(nullableString) signedByName: string | null;
}

export class EndorsementProposalResponse implements EndorsementProposalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENDORSEMENT_PROPOSAL_STATUSES }) status: EndorsementProposalStatus;
  @ApiProperty(nullableString) proposedByName: string | null;
  @ApiProperty(nullableString) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class InitiativeMineResponse {
  @ApiProperty({ type: EndorsementResponse, nullable: true }) endorsement: EndorsementDto | null;
  @ApiProperty({ type: EndorsementProposalResponse, nullable: true, description: 'The pending proposal, if any' })
  proposal: EndorsementProposalDto | null;
  @ApiProperty({ enum: ENDORSEMENT_ACTIONS, isArray: true }) actions: EndorsementAction[];
}

export class InitiativeResponse extends InitiativeSummaryResponse implements InitiativeDto {
  @ApiProperty(nullableString) preambleEn: string | null;
  @ApiProperty(nullableString) preambleZh: string | null;
  @ApiProperty({ type: [InitiativePrincipleResponse] }) principles: { en: string | null; zh: string | null }[];
  @ApiProperty({ ...nullableString, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty({ ...nullableString, format: 'date-time' }) closedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ enum: INITIATIVE_ACTIONS, isArray: true, description: "The secretariat's actions now" })
  actions: InitiativeAction[];
  @ApiProperty({
    type: InitiativeMineResponse,
    nullable: true,
    description:
      "The reader's organization's endorsement, pending proposal and actions (null: visitors, the secretariat)",
  })
  mine: InitiativeDto['mine'];
}

export class InitiativePage implements Paginated<InitiativeSummaryDto> {
  @ApiProperty({ type: [InitiativeSummaryResponse] }) items: InitiativeSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class SignatoryPage implements Paginated<SignatoryDto> {
  @ApiProperty({ type: [SignatoryResponse] }) items: SignatoryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
