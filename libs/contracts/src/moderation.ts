import type { PostKind, PostRef, PostStatus } from './posts';

export const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The secretariat removes a post in any of these states; removal is final and keeps the post for the record. */
export const REMOVABLE_POST_STATUSES: readonly PostStatus[] = ['draft', 'published', 'archived'];

export const REPORT_REASON_LENGTH = 1000;

export interface PostReportDto {
  id: string;
  postId: string;
  post: {
    id: string;
    kind: PostKind;
    titleEn: string | null;
    titleZh: string | null;
    status: PostStatus;
    organization: PostRef;
  };
  reporterName: string | null;
  reporterOrganization: PostRef;
  reason: string;
  status: ReportStatus;
  resolutionNote: string | null;
  resolvedAt: string | null;
  createdAt: string;
  /** Open reports on the same post, this one included. */
  openReportsOnPost: number;
}

export interface PostModerationDto {
  postId: string;
  status: PostStatus;
  removedReason: string | null;
  removedAt: string | null;
  reports: PostReportDto[];
}

export interface ReportPostRequest {
  reason: string;
}

export interface RemovePostRequest {
  reason: string;
}

export interface DismissReportRequest {
  note?: string;
}
