import { ApiProperty } from '@nestjs/swagger';
import {
  POLICY_BRIEF_ACTIONS,
  POLICY_BRIEF_AUDIENCES,
  POLICY_BRIEF_STATUSES,
  POLICY_BRIEF_VERSION_STATUSES,
  POLICY_TOPICS,
  type AttachmentDto,
  type DiffPart,
  type Paginated,
  type PolicyBriefAction,
  type PolicyBriefAudience,
  type PolicyBriefCommentDto,
  type PolicyBriefDiffDto,
  type PolicyBriefDiffField,
  type PolicyBriefDto,
  type PolicyBriefOrganizationRef,
  type PolicyBriefStatus,
  type PolicyBriefSummaryDto,
  type PolicyBriefVersionDto,
  type PolicyBriefVersionStatus,
  type PolicyBriefVersionSummaryDto,
  type PolicyTopic,
} from '@alliance/contracts';
import { AttachmentResponse } from '../../attachments/dto/attachment.dto';
import type { PolicyBriefComment } from '../entities/policy-brief-comment.entity';
import type { PolicyBriefVersion } from '../entities/policy-brief-version.entity';
import type { PolicyBrief } from '../entities/policy-brief.entity';

const nullableString = { type: String, nullable: true } as const;
const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

export class PolicyBriefOrganizationResponse implements PolicyBriefOrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class PolicyBriefSummaryResponse implements PolicyBriefSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: PolicyBriefOrganizationResponse }) organization: PolicyBriefOrganizationRef;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty(nullableString) summaryEn: string | null;
  @ApiProperty(nullableString) summaryZh: string | null;
  @ApiProperty({ type: [String] }) countries: string[];
  @ApiProperty({ enum: POLICY_TOPICS, isArray: true }) topics: PolicyTopic[];
  @ApiProperty({ enum: POLICY_BRIEF_AUDIENCES }) audience: PolicyBriefAudience;
  @ApiProperty({ enum: POLICY_BRIEF_STATUSES }) status: PolicyBriefStatus;
  @ApiProperty({ type: Number, nullable: true }) publishedVersion: number | null;
  @ApiProperty({ type: Number, nullable: true }) workingVersion: number | null;
  @ApiProperty({ enum: POLICY_BRIEF_VERSION_STATUSES, nullable: true }) workingStatus: PolicyBriefVersionStatus | null;
  @ApiProperty(nullableString) publishedAt: string | null;
  @ApiProperty() updatedAt: string;

  /** `organization` must be loaded. */
  static from(b: PolicyBrief): PolicyBriefSummaryResponse {
    return {
      id: b.id,
      organization: {
        id: b.organizationId,
        nameEn: b.organization?.nameEn ?? null,
        nameZh: b.organization?.nameZh ?? null,
      },
      titleEn: b.titleEn,
      titleZh: b.titleZh,
      summaryEn: b.summaryEn,
      summaryZh: b.summaryZh,
      countries: b.countries,
      topics: b.topics,
      audience: b.audience,
      status: b.status,
      publishedVersion: b.publishedVersion,
      workingVersion: b.workingVersion,
      workingStatus: b.workingStatus,
      publishedAt: iso(b.publishedAt),
      updatedAt: b.updatedAt.toISOString(),
    };
  }
}

export class PolicyBriefVersionResponse implements PolicyBriefVersionDto {
  @ApiProperty() number: number;
  @ApiProperty({ enum: POLICY_BRIEF_VERSION_STATUSES }) status: PolicyBriefVersionStatus;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty(nullableString) summaryEn: string | null;
  @ApiProperty(nullableString) summaryZh: string | null;
  @ApiProperty({ ...nullableString, description: 'Markdown as written' }) bodyEn: string | null;
  @ApiProperty(nullableString) bodyZh: string | null;
  @ApiProperty({ ...nullableString, description: 'Sanitized HTML' }) bodyHtmlEn: string | null;
  @ApiProperty(nullableString) bodyHtmlZh: string | null;
  @ApiProperty({ type: [String] }) countries: string[];
  @ApiProperty({ enum: POLICY_TOPICS, isArray: true }) topics: PolicyTopic[];
  @ApiProperty({ enum: POLICY_BRIEF_AUDIENCES }) audience: PolicyBriefAudience;
  @ApiProperty({ type: [AttachmentResponse] }) attachments: AttachmentDto[];
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty(nullableString) reviewerName: string | null;
  @ApiProperty(nullableString) submittedAt: string | null;
  @ApiProperty(nullableString) publishedAt: string | null;
  @ApiProperty() updatedAt: string;

  /** `author` and `reviewer` must be loaded. */
  static from(v: PolicyBriefVersion, attachments: AttachmentDto[]): PolicyBriefVersionResponse {
    return {
      number: v.number,
      status: v.status,
      titleEn: v.titleEn,
      titleZh: v.titleZh,
      summaryEn: v.summaryEn,
      summaryZh: v.summaryZh,
      bodyEn: v.bodyEn,
      bodyZh: v.bodyZh,
      bodyHtmlEn: v.bodyHtmlEn,
      bodyHtmlZh: v.bodyHtmlZh,
      countries: v.countries,
      topics: v.topics,
      audience: v.audience,
      attachments,
      authorName: v.author?.displayName ?? null,
      reviewerName: v.reviewer?.displayName ?? null,
      submittedAt: iso(v.submittedAt),
      publishedAt: iso(v.publishedAt),
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class PolicyBriefResponse extends PolicyBriefSummaryResponse implements PolicyBriefDto {
  @ApiProperty({ type: PolicyBriefVersionResponse }) content: PolicyBriefVersionDto;
  @ApiProperty({ type: PolicyBriefVersionResponse, nullable: true }) working: PolicyBriefVersionDto | null;
  @ApiProperty(nullableString) retractedReason: string | null;
  @ApiProperty(nullableString) retractedAt: string | null;
  @ApiProperty({ enum: POLICY_BRIEF_ACTIONS, isArray: true }) actions: PolicyBriefAction[];
  @ApiProperty() version: number;
}

export class PolicyBriefPage implements Paginated<PolicyBriefSummaryDto> {
  @ApiProperty({ type: [PolicyBriefSummaryResponse] }) items: PolicyBriefSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class PolicyBriefVersionSummaryResponse implements PolicyBriefVersionSummaryDto {
  @ApiProperty() number: number;
  @ApiProperty({ enum: POLICY_BRIEF_VERSION_STATUSES }) status: PolicyBriefVersionStatus;
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty(nullableString) publishedAt: string | null;
  @ApiProperty() updatedAt: string;

  static from(v: PolicyBriefVersion): PolicyBriefVersionSummaryResponse {
    return {
      number: v.number,
      status: v.status,
      authorName: v.author?.displayName ?? null,
      publishedAt: iso(v.publishedAt),
      updatedAt: v.updatedAt.toISOString(),
    };
  }
}

export class PolicyBriefVersionList {
  @ApiProperty({ type: [PolicyBriefVersionSummaryResponse] }) items: PolicyBriefVersionSummaryDto[];
}

export class DiffPartResponse implements DiffPart {
  @ApiProperty() value: string;
  @ApiProperty({ required: false, enum: [true] }) added?: true;
  @ApiProperty({ required: false, enum: [true] }) removed?: true;
}

export class PolicyBriefFieldsDiff implements Record<PolicyBriefDiffField, DiffPart[]> {
  @ApiProperty({ type: [DiffPartResponse] }) title: DiffPart[];
  @ApiProperty({ type: [DiffPartResponse] }) summary: DiffPart[];
  @ApiProperty({ type: [DiffPartResponse] }) body: DiffPart[];
}

export class PolicyBriefDiffResponse implements PolicyBriefDiffDto {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty({ type: PolicyBriefFieldsDiff }) en: PolicyBriefFieldsDiff;
  @ApiProperty({ type: PolicyBriefFieldsDiff }) zh: PolicyBriefFieldsDiff;
}

export class PolicyBriefCommentResponse implements PolicyBriefCommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['author', 'secretariat'] }) side: 'author' | 'secretariat';
  @ApiProperty({ enum: ['comment', 'changes_requested'] }) kind: 'comment' | 'changes_requested';
  @ApiProperty() versionNumber: number;
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;

  /** `author` must be loaded. */
  static from(c: PolicyBriefComment): PolicyBriefCommentResponse {
    return {
      id: c.id,
      side: c.side,
      kind: c.kind,
      versionNumber: c.versionNumber,
      authorName: c.author?.displayName ?? null,
      body: c.body,
      createdAt: c.createdAt.toISOString(),
    };
  }
}

export class PolicyBriefCommentList {
  @ApiProperty({ type: [PolicyBriefCommentResponse] }) items: PolicyBriefCommentDto[];
}
