import { ApiProperty } from '@nestjs/swagger';
import {
  AGREEMENT_ACTIONS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  COMMITMENT_ACTIONS,
  COMMITMENT_OWNERS,
  COMMITMENT_STATUSES,
  ORGANIZATION_TYPES,
  type AgreementAction,
  type AgreementCommitmentDto,
  type AgreementDocumentDto,
  type AgreementDocumentVersionDto,
  type AgreementDto,
  type AgreementKind,
  type AgreementPartyDto,
  type AgreementStatus,
  type AgreementSummaryDto,
  type CommitmentAction,
  type CommitmentOwner,
  type CommitmentStatus,
  type OrganizationType,
  type Paginated,
} from '@alliance/contracts';
import { AttachmentResponse } from '../../attachments/dto/attachment.dto';
import type { PartnerAgreement } from '../entities/partner-agreement.entity';

const nullableString = { type: String, nullable: true } as const;
const nullableDate = { type: String, nullable: true, description: 'YYYY-MM-DD' } as const;

export class AgreementPartyResponse implements AgreementPartyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
}

export class AgreementSummaryResponse implements AgreementSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AGREEMENT_KINDS }) kind: AgreementKind;
  @ApiProperty({ enum: AGREEMENT_STATUSES }) status: AgreementStatus;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty(nullableString) summaryEn: string | null;
  @ApiProperty(nullableString) summaryZh: string | null;
  @ApiProperty(nullableDate) signedOn: string | null;
  @ApiProperty(nullableDate) effectiveFrom: string | null;
  @ApiProperty({ ...nullableDate, description: 'YYYY-MM-DD; null: open-ended' }) expiresOn: string | null;
  @ApiProperty({ type: [AgreementPartyResponse] }) counterparties: AgreementPartyDto[];
  @ApiProperty({ description: 'Demo data' }) sample: boolean;

  static from(a: PartnerAgreement, counterparties: AgreementPartyDto[]): AgreementSummaryResponse {
    return {
      id: a.id,
      kind: a.kind,
      status: a.status,
      titleEn: a.titleEn,
      titleZh: a.titleZh,
      summaryEn: a.summaryEn,
      summaryZh: a.summaryZh,
      signedOn: a.signedOn,
      effectiveFrom: a.effectiveFrom,
      expiresOn: a.expiresOn,
      counterparties,
      sample: a.sample,
    };
  }
}

export class AgreementResponse extends AgreementSummaryResponse implements AgreementDto {
  @ApiProperty({ ...nullableString, description: 'Null for visitors: they read the summary only' })
  scopeEn: string | null;
  @ApiProperty(nullableString) scopeZh: string | null;
  @ApiProperty(nullableString) renewalTermsEn: string | null;
  @ApiProperty(nullableString) renewalTermsZh: string | null;
  @ApiProperty(nullableString) terminationReason: string | null;
  @ApiProperty(nullableString) terminatedAt: string | null;
  @ApiProperty(nullableString) activatedAt: string | null;
  @ApiProperty(nullableString) expiredAt: string | null;
  @ApiProperty({
    description: 'The reader is a party (the secretariat or a counterparty): it reads documents and commitments',
  })
  party: boolean;
  @ApiProperty({ enum: AGREEMENT_ACTIONS, isArray: true }) actions: AgreementAction[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty() version: number;
}

export class AgreementPage implements Paginated<AgreementSummaryDto> {
  @ApiProperty({ type: [AgreementSummaryResponse] }) items: AgreementSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class AgreementCommitmentResponse implements AgreementCommitmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: COMMITMENT_OWNERS }) owner: CommitmentOwner;
  @ApiProperty({ type: AgreementPartyResponse, nullable: true }) organization: AgreementPartyDto | null;
  @ApiProperty({ description: 'YYYY-MM-DD' }) dueOn: string;
  @ApiProperty({ enum: COMMITMENT_STATUSES }) status: CommitmentStatus;
  @ApiProperty({ description: 'Open and past its due date' }) overdue: boolean;
  @ApiProperty(nullableString) note: string | null;
  @ApiProperty(nullableString) completedAt: string | null;
  @ApiProperty() sample: boolean;
  @ApiProperty({ enum: COMMITMENT_ACTIONS, isArray: true }) actions: CommitmentAction[];
}

export class AgreementCommitmentList {
  @ApiProperty({ type: [AgreementCommitmentResponse] }) items: AgreementCommitmentDto[];
}

export class AgreementDocumentVersionResponse extends AttachmentResponse implements AgreementDocumentVersionDto {
  @ApiProperty({ description: '1 for the first upload' }) version: number;
}

export class AgreementDocumentResponse implements AgreementDocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agreementId: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ type: [AgreementDocumentVersionResponse], description: 'Newest first' })
  versions: AgreementDocumentVersionDto[];
  @ApiProperty() createdAt: string;
}

export class AgreementDocumentList {
  @ApiProperty({ type: [AgreementDocumentResponse] }) items: AgreementDocumentDto[];
}
