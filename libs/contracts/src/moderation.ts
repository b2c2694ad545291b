import type { Machine } from './machine';
import type { PostKind, PostRef, PostStatus } from './posts';

export const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A report is dismissed by the secretariat, or actioned when the post it names is removed. */
export const REPORT_TRANSITIONS = {
  dismiss: { from: ['open'], to: 'dismissed' },
  action: { from: ['open'], to: 'actioned', system: true },
} as const satisfies Machine<ReportStatus>;
export type ReportAction = keyof typeof REPORT_TRANSITIONS;

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
