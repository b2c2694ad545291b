import { ApiProperty } from '@nestjs/swagger';
import {
  COOPERATION_AUDIENCES,
  COOPERATION_CLOSE_OUTCOMES,
  COOPERATION_PROJECT_ACTIONS,
  COOPERATION_PROJECT_KINDS,
  COOPERATION_PROJECT_STATUSES,
  EXPRESSION_STATUSES,
  ORGANIZATION_TYPES,
  SECTORS,
  type CooperationAudience,
  type CooperationCloseOutcome,
  type CooperationOrganizationRef,
  type CooperationProjectAction,
  type CooperationProjectDto,
  type CooperationProjectKind,
  type CooperationProjectStatus,
  type CooperationProjectSummaryDto,
  type ExpressionStatus,
  type OrganizationType,
  type Paginated,
  type Sector,
} from '@alliance/contracts';
import type { CooperationProject } from '../../entities/cooperation-project.entity';

const nullableString = { type: String, nullable: true } as const;
const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

export class CooperationOrganizationResponse implements CooperationOrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;
}

export class CooperationParkResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class CooperationProjectSummaryResponse implements CooperationProjectSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COOPERATION_PROJECT_KINDS }) kind: CooperationProjectKind;
  @ApiProperty({ enum: COOPERATION_PROJECT_STATUSES }) status: CooperationProjectStatus;
  @ApiProperty({ enum: COOPERATION_AUDIENCES }) audience: CooperationAudience;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty(nullableString) summaryEn: string | null;
  @ApiProperty(nullableString) summaryZh: string | null;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors: Sector[];
  @ApiProperty({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty({ ...nullableString, example: '25000000.00', description: 'USD, an exact decimal string' })
  sizeUsd: string | null;
  @ApiProperty({ ...nullableString, description: 'YYYY-MM-DD' }) deadline: string | null;
  @ApiProperty({ type: CooperationOrganizationResponse }) organization: CooperationOrganizationRef;
  @ApiProperty({ type: CooperationParkResponse, nullable: true }) park: CooperationParkResponse | null;
  @ApiProperty(nullableString) publishedAt: string | null;
  @ApiProperty(nullableString) expiresAt: string | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ description: 'Demo data' }) sample: boolean;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "For the owner's organization: expressions waiting for an answer; null for others",
  })
  openExpressions: number | null;

  static from(p: CooperationProject, openExpressions: number | null = null): CooperationProjectSummaryResponse {
    return {
      id: p.id,
      kind: p.kind,
      status: p.status,
      audience: p.audience,
      titleEn: p.titleEn,
      titleZh: p.titleZh,
      summaryEn: p.summaryEn,
      summaryZh: p.summaryZh,
      sectors: p.sectors as Sector[],
      country: p.country,
      sizeUsd: p.sizeUsd,
      deadline: p.deadline,
      organization: {
        id: p.organizationId,
        nameEn: p.organization?.nameEn ?? null,
        nameZh: p.organization?.nameZh ?? null,
        type: p.organization?.type as OrganizationType,
      },
      park: p.park ? { id: p.park.id, nameEn: p.park.nameEn, nameZh: p.park.nameZh } : null,
      publishedAt: iso(p.publishedAt),
      expiresAt: iso(p.expiresAt),
      updatedAt: p.updatedAt.toISOString(),
      sample: p.sample,
      openExpressions,
    };
  }
}

export class CooperationAttachmentResponse {
  @ApiProperty({ format: 'uuid', description: 'GET /api/attachments/{id}' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Sniffed from the content' }) contentType: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
}

export class OwnExpressionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EXPRESSION_STATUSES }) status: ExpressionStatus;
}

export class CooperationProjectResponse extends CooperationProjectSummaryResponse implements CooperationProjectDto {
  @ApiProperty({ ...nullableString, description: 'Null for visitors: they read the summary only' })
  descriptionEn: string | null;
  @ApiProperty(nullableString) descriptionZh: string | null;
  @ApiProperty({ ...nullableString, description: 'To the owner and the secretariat' }) returnReason: string | null;
  @ApiProperty({ enum: COOPERATION_CLOSE_OUTCOMES, nullable: true }) closeOutcome: CooperationCloseOutcome | null;
  @ApiProperty(nullableString) closeReason: string | null;
  @ApiProperty(nullableString) closedAt: string | null;
  @ApiProperty(nullableString) submittedAt: string | null;
  @ApiProperty({ type: [CooperationAttachmentResponse], description: 'None for visitors' })
  attachments: CooperationAttachmentResponse[];
  @ApiProperty({ type: OwnExpressionResponse, nullable: true, description: "The reader's organization's latest" })
  ownExpression: OwnExpressionResponse | null;
  @ApiProperty({ enum: COOPERATION_PROJECT_ACTIONS, isArray: true }) actions: CooperationProjectAction[];
  @ApiProperty() version: number;
}

export class CooperationProjectPage implements Paginated<CooperationProjectSummaryDto> {
  @ApiProperty({ type: [CooperationProjectSummaryResponse] }) items: CooperationProjectSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
