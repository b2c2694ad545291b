import { ApiProperty } from '@nestjs/swagger';
import {
  ISSUE_CASE_ACTIONS,
  ISSUE_CASE_STATUSES,
  MEMBER_ISSUE_ACTIONS,
  MEMBER_ISSUE_CATEGORIES,
  MEMBER_ISSUE_STATUSES,
  type GovernmentBodyDto,
  type IssueCaseAction,
  type IssueCaseDto,
  type IssueCaseStatus,
  type IssueCaseSummaryDto,
  type MemberIssueAction,
  type MemberIssueCategory,
  type MemberIssueDto,
  type MemberIssueStatus,
  type MemberIssueSummaryDto,
  type OrganizationNameRef,
  type Paginated,
} from '@alliance/contracts';
import type { GovernmentBody } from '../entities/government-body.entity';
import type { IssueCase } from '../entities/issue-case.entity';
import type { MemberIssue } from '../entities/member-issue.entity';

const nullableString = { type: String, nullable: true } as const;
const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

export class OrganizationNameResponse implements OrganizationNameRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class ParkNameResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class GovernmentBodyResponse implements GovernmentBodyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
  @ApiProperty() active: boolean;

  static from(b: GovernmentBody): GovernmentBodyResponse {
    return { id: b.id, nameEn: b.nameEn, nameZh: b.nameZh, active: b.active };
  }
}

export class GovernmentBodyList {
  @ApiProperty({ type: [GovernmentBodyResponse] }) items: GovernmentBodyDto[];
}

export class MemberIssueSummaryResponse implements MemberIssueSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MI-2026-00012' }) reference: string;
  @ApiProperty({ enum: MEMBER_ISSUE_CATEGORIES }) category: MemberIssueCategory;
  @ApiProperty() country: string;
  @ApiProperty({ type: ParkNameResponse, nullable: true }) park: MemberIssueSummaryDto['park'];
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty() confidential: boolean;
  @ApiProperty({ enum: MEMBER_ISSUE_STATUSES }) status: MemberIssueStatus;
  @ApiProperty({ type: OrganizationNameResponse }) organization: OrganizationNameRef;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  /** `organization` and `park` must be loaded. */
  static from(i: MemberIssue): MemberIssueSummaryResponse {
    return {
      id: i.id,
      reference: i.reference,
      category: i.category,
      country: i.country,
      park: i.park ? { id: i.park.id, nameEn: i.park.nameEn, nameZh: i.park.nameZh } : null,
      titleEn: i.titleEn,
      titleZh: i.titleZh,
      confidential: i.confidential,
      status: i.status,
      organization: {
        id: i.organizationId,
        nameEn: i.organization?.nameEn ?? null,
        nameZh: i.organization?.nameZh ?? null,
      },
      caseId: i.caseId,
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
    };
  }
}

export class IssueCaseSummaryResponse implements IssueCaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'IC-2026-00003' }) reference: string;
  @ApiProperty({ enum: MEMBER_ISSUE_CATEGORIES }) category: MemberIssueCategory;
  @ApiProperty() country: string;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: ISSUE_CASE_STATUSES }) status: IssueCaseStatus;
  @ApiProperty({ description: 'Member organizations that raised it, confidential ones included' }) raisedBy: number;
  @ApiProperty({ description: "The oldest issue's date" }) openedAt: string;
  @ApiProperty() updatedAt: string;

  static from(c: IssueCase): IssueCaseSummaryResponse {
    return {
      id: c.id,
      reference: c.reference,
      category: c.category,
      country: c.country,
      titleEn: c.titleEn,
      titleZh: c.titleZh,
      status: c.status,
      raisedBy: c.raisedBy,
      openedAt: c.openedAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class MemberIssueResponse extends MemberIssueSummaryResponse implements MemberIssueDto {
  @ApiProperty(nullableString) descriptionEn: string | null;
  @ApiProperty(nullableString) descriptionZh: string | null;
  @ApiProperty(nullableString) raisedByName: string | null;
  @ApiProperty(nullableString) closedReason: string | null;
  @ApiProperty({ type: IssueCaseSummaryResponse, nullable: true }) case: IssueCaseSummaryDto | null;
  @ApiProperty({ enum: MEMBER_ISSUE_ACTIONS, isArray: true }) actions: MemberIssueAction[];
  @ApiProperty() version: number;

  /** `organization`, `park`, `raisedBy` and `case` must be loaded. */
  static of(i: MemberIssue, actions: MemberIssueAction[]): MemberIssueResponse {
    return {
      ...MemberIssueSummaryResponse.from(i),
      descriptionEn: i.descriptionEn,
      descriptionZh: i.descriptionZh,
      raisedByName: i.raisedBy?.displayName ?? null,
      closedReason: i.closedReason,
      case: i.case ? IssueCaseSummaryResponse.from(i.case) : null,
      actions,
      version: i.version,
    };
  }
}

export class IssueCaseResponse extends IssueCaseSummaryResponse implements IssueCaseDto {
  @ApiProperty(nullableString) summaryEn: string | null;
  @ApiProperty(nullableString) summaryZh: string | null;
  @ApiProperty({ type: GovernmentBodyResponse, nullable: true }) governmentBody: GovernmentBodyDto | null;
  @ApiProperty(nullableString) relayedText: string | null;
  @ApiProperty(nullableString) relayedAt: string | null;
  @ApiProperty(nullableString) answerEn: string | null;
  @ApiProperty(nullableString) answerZh: string | null;
  @ApiProperty(nullableString) answeredAt: string | null;
  @ApiProperty(nullableString) closedReason: string | null;
  @ApiProperty({
    type: [MemberIssueSummaryResponse],
    description: 'The secretariat: every issue of the case; a member: its own only',
  })
  issues: MemberIssueSummaryDto[];
  @ApiProperty({ enum: ISSUE_CASE_ACTIONS, isArray: true }) actions: IssueCaseAction[];
  @ApiProperty() version: number;

  /** `governmentBody` must be loaded; `issues` are those the reader may see. */
  static of(c: IssueCase, issues: MemberIssue[], actions: IssueCaseAction[]): IssueCaseResponse {
    return {
      ...IssueCaseSummaryResponse.from(c),
      summaryEn: c.summaryEn,
      summaryZh: c.summaryZh,
      governmentBody: c.governmentBody ? GovernmentBodyResponse.from(c.governmentBody) : null,
      relayedText: c.relayedText,
      relayedAt: iso(c.relayedAt),
      answerEn: c.answerEn,
      answerZh: c.answerZh,
      answeredAt: iso(c.answeredAt),
      closedReason: c.closedReason,
      issues: issues.map(MemberIssueSummaryResponse.from),
      actions,
      version: c.version,
    };
  }
}

export class MemberIssuePage implements Paginated<MemberIssueSummaryDto> {
  @ApiProperty({ type: [MemberIssueSummaryResponse] }) items: MemberIssueSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class IssueCasePage implements Paginated<IssueCaseSummaryDto> {
  @ApiProperty({ type: [IssueCaseSummaryResponse] }) items: IssueCaseSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
