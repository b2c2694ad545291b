import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  POST_KINDS,
  POST_STATUSES,
  REPORT_REASON_LENGTH,
  REPORT_STATUSES,
  type DismissReportRequest,
  type PostKind,
  type PostModerationDto,
  type PostReportDto,
  type PostStatus,
  type RemovePostRequest,
  type ReportPostRequest,
  type ReportStatus,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import type { PostReport } from '../entities/post-report.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReportPostDto implements ReportPostRequest {
  @ApiProperty({ maxLength: REPORT_REASON_LENGTH })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(REPORT_REASON_LENGTH)
  reason: string;
}

export class RemovePostDto implements RemovePostRequest {
  @ApiProperty({ maxLength: REPORT_REASON_LENGTH, description: 'Sent to the author' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reason is required' })
  @MaxLength(REPORT_REASON_LENGTH)
  reason: string;
}

export class DismissReportDto implements DismissReportRequest {
  @ApiPropertyOptional({ maxLength: REPORT_REASON_LENGTH })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_REASON_LENGTH)
  note?: string;
}

export class ListReportsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;
}

class RefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
}

class ReportedPostResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: POST_KINDS }) kind: PostKind;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) titleZh: string | null;
  @ApiProperty({ enum: POST_STATUSES }) status: PostStatus;
  @ApiProperty({ type: RefResponse }) organization: RefResponse;
}

export class PostReportResponse implements PostReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ type: ReportedPostResponse }) post: ReportedPostResponse;
  @ApiProperty({ type: String, nullable: true }) reporterName: string | null;
  @ApiProperty({ type: RefResponse }) reporterOrganization: RefResponse;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: ReportStatus;
  @ApiProperty({ type: String, nullable: true }) resolutionNote: string | null;
  @ApiProperty({ type: String, nullable: true }) resolvedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() openReportsOnPost: number;

  /** `post` (with its organization), `reporter` and `reporterOrganization` must be loaded. */
  static from(r: PostReport, openReportsOnPost: number): PostReportResponse {
    const post = r.post;
    const org = post?.organization;
    return {
      id: r.id,
      postId: r.postId,
      post: {
        id: r.postId,
        kind: post?.kind ?? 'news',
        titleEn: post?.titleEn ?? null,
        titleZh: post?.titleZh ?? null,
        status: post?.status ?? 'published',
        organization: { id: post?.organizationId ?? '', nameEn: org?.nameEn ?? null, nameZh: org?.nameZh ?? null },
      },
      reporterName: r.reporter?.displayName ?? null,
      reporterOrganization: {
        id: r.reporterOrganizationId,
        nameEn: r.reporterOrganization?.nameEn ?? null,
        nameZh: r.reporterOrganization?.nameZh ?? null,
      },
      reason: r.reason,
      status: r.status,
      resolutionNote: r.resolutionNote,
      resolvedAt: r.resolvedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      openReportsOnPost,
    };
  }
}

export class PostReportPage {
  @ApiProperty({ type: [PostReportResponse] }) items: PostReportResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class PostModerationResponse implements PostModerationDto {
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ enum: POST_STATUSES }) status: PostStatus;
  @ApiProperty({ type: String, nullable: true }) removedReason: string | null;
  @ApiProperty({ type: String, nullable: true }) removedAt: string | null;
  @ApiProperty({ type: [PostReportResponse] }) reports: PostReportResponse[];
}

export class ReportReceiptResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() createdAt: string;
}
