import { ApiProperty } from '@nestjs/swagger';
import {
  COOPERATION_PROJECT_KINDS,
  DEAL_STAGES,
  EXPRESSION_ACTIONS,
  EXPRESSION_STATUSES,
  ORGANIZATION_TYPES,
  type CooperationContactDto,
  type CooperationOrganizationRef,
  type CooperationProjectKind,
  type DealStage,
  type ExpressionAction,
  type ExpressionDto,
  type ExpressionMessageDto,
  type ExpressionStatus,
  type ExpressionSummaryDto,
  type OrganizationType,
  type Paginated,
} from '@alliance/contracts';
import type { CooperationMessage } from '../../entities/cooperation-message.entity';
import type { CooperationProject } from '../../entities/cooperation-project.entity';
import type { ExpressionOfInterest } from '../../entities/expression-of-interest.entity';
import type { Organization } from '../../../organizations/entities/organization.entity';

const nullableString = { type: String, nullable: true } as const;
const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

export class CooperationOrganizationRefResponse implements CooperationOrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type: OrganizationType;

  static from(o: Pick<Organization, 'id' | 'nameEn' | 'nameZh' | 'type'>): CooperationOrganizationRef {
    return { id: o.id, nameEn: o.nameEn, nameZh: o.nameZh, type: o.type };
  }
}

export class ExpressionProjectRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: COOPERATION_PROJECT_KINDS }) kind: CooperationProjectKind;
  @ApiProperty() country: string;
}

export class CooperationContactResponse implements CooperationContactDto {
  @ApiProperty({ type: CooperationOrganizationRefResponse }) organization: CooperationOrganizationRef;
  @ApiProperty(nullableString) contactName: string | null;
  @ApiProperty(nullableString) contactEmail: string | null;
  @ApiProperty(nullableString) contactPhone: string | null;
  @ApiProperty({ ...nullableString, description: 'Who expressed the interest, or who accepted it' })
  personName: string | null;
  @ApiProperty(nullableString) personEmail: string | null;

  static of(o: Organization, person: { displayName: string; email: string } | null | undefined): CooperationContactDto {
    return {
      organization: CooperationOrganizationRefResponse.from(o),
      contactName: o.contactName,
      contactEmail: o.contactEmail,
      contactPhone: o.contactPhone,
      personName: person?.displayName ?? null,
      personEmail: person?.email ?? null,
    };
  }
}

export class ExpressionContactsResponse {
  @ApiProperty({ type: CooperationContactResponse }) owner: CooperationContactDto;
  @ApiProperty({ type: CooperationContactResponse }) interested: CooperationContactDto;
}

export class ExpressionMessageResponse implements ExpressionMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['owner', 'interested'] }) side: 'owner' | 'interested';
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;

  /** `author` must be loaded. */
  static from(m: CooperationMessage): ExpressionMessageDto {
    return {
      id: m.id,
      side: m.side,
      authorName: m.author?.displayName ?? null,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    };
  }
}

export class ExpressionDealRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DEAL_STAGES }) stage: DealStage;
}

export class ExpressionSummaryResponse implements ExpressionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EXPRESSION_STATUSES }) status: ExpressionStatus;
  @ApiProperty({ type: ExpressionProjectRefResponse }) project: ExpressionSummaryDto['project'];
  @ApiProperty({ type: CooperationOrganizationRefResponse, description: 'The organization that expressed interest' })
  organization: CooperationOrganizationRef;
  @ApiProperty({ type: CooperationOrganizationRefResponse, description: "The project's owner" })
  projectOrganization: CooperationOrganizationRef;
  @ApiProperty() message: string;
  @ApiProperty() createdAt: string;
  @ApiProperty(nullableString) decidedAt: string | null;

  /** `organization` and `project` with its `organization` must be loaded. */
  static from(e: ExpressionOfInterest): ExpressionSummaryDto {
    const project = e.project as CooperationProject;
    return {
      id: e.id,
      status: e.status,
      project: {
        id: project.id,
        titleEn: project.titleEn,
        titleZh: project.titleZh,
        kind: project.kind,
        country: project.country,
      },
      organization: CooperationOrganizationRefResponse.from(e.organization as Organization),
      projectOrganization: CooperationOrganizationRefResponse.from(project.organization as Organization),
      message: e.message,
      createdAt: e.createdAt.toISOString(),
      decidedAt: iso(e.decidedAt),
    };
  }
}

export class ExpressionResponse extends ExpressionSummaryResponse implements ExpressionDto {
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty(nullableString) declineReason: string | null;
  @ApiProperty({
    type: ExpressionContactsResponse,
    nullable: true,
    description: "Both sides' contacts once accepted; null before",
  })
  contacts: ExpressionDto['contacts'];
  @ApiProperty({ type: [ExpressionMessageResponse], description: 'The private thread, oldest first' })
  messages: ExpressionMessageDto[];
  @ApiProperty({ type: ExpressionDealRefResponse, nullable: true }) deal: ExpressionDto['deal'];
  @ApiProperty({ enum: EXPRESSION_ACTIONS, isArray: true }) actions: ExpressionAction[];
}

export class ExpressionPage implements Paginated<ExpressionSummaryDto> {
  @ApiProperty({ type: [ExpressionSummaryResponse] }) items: ExpressionSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
