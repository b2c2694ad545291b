import type {
  DismissReportRequest,
  Paginated,
  PostDto,
  PostModerationDto,
  PostReportDto,
  ReportStatus,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

export interface ReportQuery {
  status?: ReportStatus;
  page?: number;
  limit?: number;
}

const KEY = ['moderation'] as const;
/** The posts module's keys (modules/posts/api.ts): a removal changes the post, its feeds and the search. */
const POSTS = ['posts'] as const;

const postPath = (id: string) => `/api/posts/${encodeURIComponent(id)}`;

/** The secretariat's queue: open reports oldest first, decided ones newest first. */
export function useReports(query: ReportQuery) {
  return useQuery({
    queryKey: [...KEY, 'reports', query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<PostReportDto>>('/api/moderation/reports', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A post's reports and removal; only the secretariat may read them, so others never ask. */
export function usePostModeration(postId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'post', postId],
    queryFn: ({ signal }) => apiFetch<PostModerationDto>(`${postPath(postId)}/moderation`, { signal }),
    enabled,
  });
}

export function useReportPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, reason }: { postId: string; reason: string }) =>
      apiFetch<{ id: string; createdAt: string }>(`${postPath(postId)}/reports`, { method: 'POST', body: { reason } }),
    // The queue and the post's history gain a report; the post is read again in case it changed meanwhile.
    onSuccess: (_receipt, { postId }) => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: [...POSTS, 'detail', postId] });
    },
  });
}

export function useRemovePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, reason }: { postId: string; reason: string }) =>
      apiFetch<PostDto>(`${postPath(postId)}/remove`, { method: 'POST', body: { reason } }),
    onSuccess: (post) => {
      queryClient.setQueryData([...POSTS, 'detail', post.id], post);
      void queryClient.invalidateQueries({ queryKey: [...POSTS, 'feed'] });
      void queryClient.invalidateQueries({ queryKey: ['search'] });
      // The removal closed the post's open reports.
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
    // Refused (removed meanwhile): show the post and the queue as they now are.
    onError: (_error, { postId }) => {
      void queryClient.invalidateQueries({ queryKey: [...POSTS, 'detail', postId] });
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}

export function useDismissReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, ...body }: { reportId: string } & DismissReportRequest) =>
      apiFetch<PostReportDto>(`/api/moderation/reports/${encodeURIComponent(reportId)}/dismiss`, {
        method: 'POST',
        body,
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
