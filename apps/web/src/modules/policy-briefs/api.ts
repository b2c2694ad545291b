import type {
  Locale,
  Paginated,
  PolicyBriefCommentDto,
  PolicyBriefDiffDto,
  PolicyBriefDto,
  PolicyBriefRequest,
  PolicyBriefStatus,
  PolicyBriefSummaryDto,
  PolicyBriefUpdateRequest,
  PolicyBriefVersionSummaryDto,
  PolicyTopic,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import type { BriefScope } from './briefFilters';

/** The list's filters, as the API takes them (dates as YYYY-MM-DD). */
export interface BriefFilter {
  scope?: BriefScope;
  /** With scope=mine only. */
  status?: PolicyBriefStatus;
  country?: string;
  topic?: PolicyTopic;
  organizationId?: string;
  lang?: Locale;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
  limit?: number;
}

/** The steps of a brief, one POST each; the ones with a text carry it in the body. */
export type BriefCommand =
  | { action: 'submit' | 'publish' | 'new-version' }
  | { action: 'request-changes'; body: string }
  | { action: 'retract'; reason: string };

const KEY = ['policy-briefs'] as const;
const briefPath = (id: string) => `/api/policy-briefs/${encodeURIComponent(id)}`;

export function useBriefs(filter: BriefFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<PolicyBriefSummaryDto>>('/api/policy-briefs', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** How many versions wait for the secretariat's review (one row asked for: the total is what counts). */
export function useReviewQueueCount(enabled: boolean): { count: number | undefined; isPending: boolean } {
  const query = useBriefs({ scope: 'review', limit: 1 }, { enabled });
  return { count: query.data?.total, isPending: query.isPending };
}

export function useBrief(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => apiFetch<PolicyBriefDto>(briefPath(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** The saved brief replaces the cached one; lists, versions and the thread are read again. */
function useStoreBrief() {
  const queryClient = useQueryClient();
  return (brief: PolicyBriefDto) => {
    queryClient.setQueryData([...KEY, 'detail', brief.id], brief);
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'versions', brief.id] });
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'comments', brief.id] });
  };
}

export function useCreateBrief() {
  const store = useStoreBrief();
  return useMutation({
    mutationFn: (body: PolicyBriefRequest) => apiFetch<PolicyBriefDto>('/api/policy-briefs', { method: 'POST', body }),
    onSuccess: store,
  });
}

export function useUpdateBrief() {
  const store = useStoreBrief();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PolicyBriefUpdateRequest }) =>
      apiFetch<PolicyBriefDto>(briefPath(id), { method: 'PATCH', body }),
    onSuccess: store,
  });
}

export function useBriefCommand() {
  const queryClient = useQueryClient();
  const store = useStoreBrief();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: BriefCommand }) => {
      const { action, ...body } = command;
      return apiFetch<PolicyBriefDto>(`${briefPath(id)}/${action}`, {
        method: 'POST',
        body: 'body' in command || 'reason' in command ? body : undefined,
      });
    },
    onSuccess: store,
    // Refused (someone acted meanwhile): show the brief as it now is.
    onError: (_error, { id }) => void queryClient.invalidateQueries({ queryKey: [...KEY, 'detail', id] }),
  });
}

export function useBriefVersions(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'versions', id],
    queryFn: ({ signal }) =>
      apiFetch<{ items: PolicyBriefVersionSummaryDto[] }>(`${briefPath(id ?? '')}/versions`, { signal }),
    enabled: Boolean(id),
  });
}

/** The word-level difference between two versions; published versions never change, so it is kept. */
export function useBriefDiff(id: string | undefined, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [...KEY, 'diff', id, from, to],
    queryFn: ({ signal }) =>
      apiFetch<PolicyBriefDiffDto>(`${briefPath(id ?? '')}/diff`, { query: { from, to }, signal }),
    enabled: Boolean(id) && from !== undefined && to !== undefined && from !== to,
    placeholderData: keepPreviousData,
  });
}

/** The review thread: only the brief's organization and the secretariat may ask (`enabled`). */
export function useBriefComments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'comments', id],
    queryFn: ({ signal }) => apiFetch<{ items: PolicyBriefCommentDto[] }>(`${briefPath(id)}/comments`, { signal }),
    enabled,
  });
}

export function useAddBriefComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<PolicyBriefCommentDto>(`${briefPath(id)}/comments`, { method: 'POST', body: { body } }),
    onSuccess: (comment) => {
      queryClient.setQueryData<{ items: PolicyBriefCommentDto[] }>([...KEY, 'comments', id], (thread) =>
        thread ? { items: [...thread.items, comment] } : thread,
      );
    },
  });
}
