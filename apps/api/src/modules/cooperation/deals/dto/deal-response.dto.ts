import { ApiProperty } from '@nestjs/swagger';
import {
  COOPERATION_PROJECT_KINDS,
  DEAL_STAGES,
  DEAL_TRANSITIONS,
  SECTORS,
  type CooperationOrganizationRef,
  type CooperationProjectKind,
  type DealDto,
  type DealFigureDto,
  type DealFiguresDto,
  type DealStage,
  type DealTransition,
  type Paginated,
  type Sector,
} from '@alliance/contracts';
import type { Organization } from '../../../organizations/entities/organization.entity';
import { CooperationOrganizationRefResponse } from '../../expressions/dto/expression-response.dto';
import type { CooperationProject } from '../../entities/cooperation-project.entity';
import type { Deal } from '../../entities/deal.entity';

const nullableString = { type: String, nullable: true } as const;

export class DealProjectResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: COOPERATION_PROJECT_KINDS }) kind: CooperationProjectKind;
  @ApiProperty() country: string;
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors: Sector[];
  @ApiProperty({ ...nullableString, description: 'USD, exact decimal string' }) sizeUsd: string | null;
}

export class DealHistoryResponse {
  @ApiProperty({ enum: DEAL_STAGES }) stage: DealStage;
  @ApiProperty() at: string;
  @ApiProperty(nullableString) byName: string | null;
}

/** A deal in a list: everything but its history and actions. */
export type DealSummaryDto = Omit<DealDto, 'history' | 'actions'>;

export class DealSummaryResponse implements DealSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DEAL_STAGES }) stage: DealStage;
  @ApiProperty({ type: DealProjectResponse }) project: DealDto['project'];
  @ApiProperty({ format: 'uuid' }) expressionId: string;
  @ApiProperty({ type: CooperationOrganizationRefResponse, description: "The project's owner, who moves the deal" })
  ownerOrganization: CooperationOrganizationRef;
  @ApiProperty({
    type: CooperationOrganizationRefResponse,
    description: 'The organization whose interest was accepted',
  })
  partnerOrganization: CooperationOrganizationRef;
  @ApiProperty({ ...nullableString, description: 'USD, exact decimal string (investment_made)' })
  investedUsd: string | null;
  @ApiProperty({ ...nullableString, format: 'date' }) investedOn: string | null;
  @ApiProperty(nullableString) lostReason: string | null;
  @ApiProperty() stageChangedAt: string;
  @ApiProperty() createdAt: string;

  /** `project`, `ownerOrganization` and `partnerOrganization` must be loaded. */
  static from(d: Deal): DealSummaryDto {
    const project = d.project as CooperationProject;
    return {
      id: d.id,
      stage: d.stage,
      project: {
        id: project.id,
        titleEn: project.titleEn,
        titleZh: project.titleZh,
        kind: project.kind,
        country: project.country,
        sectors: project.sectors as Sector[],
        sizeUsd: project.sizeUsd,
      },
      expressionId: d.expressionId,
      ownerOrganization: CooperationOrganizationRefResponse.from(d.ownerOrganization as Organization),
      partnerOrganization: CooperationOrganizationRefResponse.from(d.partnerOrganization as Organization),
      investedUsd: d.investedUsd,
      investedOn: d.investedOn,
      lostReason: d.lostReason,
      stageChangedAt: d.stageChangedAt.toISOString(),
      createdAt: d.createdAt.toISOString(),
    };
  }
}

export class DealResponse extends DealSummaryResponse implements DealDto {
  @ApiProperty({ type: [DealHistoryResponse], description: 'Each stage reached, oldest first' })
  history: DealDto['history'];
  @ApiProperty({ enum: Object.keys(DEAL_TRANSITIONS), isArray: true, description: "The owner's moves from here" })
  actions: DealTransition[];
}

export class DealPage implements Paginated<DealSummaryDto> {
  @ApiProperty({ type: [DealSummaryResponse] }) items: DealSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class DealFigureResponse implements DealFigureDto {
  @ApiProperty({ description: 'The stage, the country code or the sector' }) key: string;
  @ApiProperty() deals: number;
  @ApiProperty({ example: '25000000.00', description: "Sum of the projects' sizes, USD, exact decimal string" })
  projectSizeUsd: string;
  @ApiProperty({ example: '12500000.00', description: 'Sum of the investments made, USD, exact decimal string' })
  investedUsd: string;
}

export class DealFiguresResponse implements DealFiguresDto {
  @ApiProperty({ type: [DealFigureResponse], description: 'Every stage, in the pipeline’s order' })
  byStage: DealFigureDto[];
  @ApiProperty({ type: [DealFigureResponse], description: 'Most deals first' }) byCountry: DealFigureDto[];
  @ApiProperty({ type: [DealFigureResponse], description: 'A deal counts once in each sector of its project' })
  bySector: DealFigureDto[];
  @ApiProperty({ type: DealFigureResponse }) total: DealFigureDto;
}
