import type {
  AnswerCaseRequest,
  CloseRequest,
  FileIssueRequest,
  GovernmentBodyDto,
  GovernmentBodyRequest,
  IssueCaseDto,
  IssueCaseSummaryDto,
  IssueCaseUpdateRequest,
  Locale,
  MemberIssueDto,
  MemberIssueRequest,
  MemberIssueSummaryDto,
  Paginated,
  RelayCaseRequest,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import type { CaseFilter, IssueFilter } from './issueFilters';

const KEY = ['member-issues'] as const;
const issuePath = (id: string) => `/api/member-issues/${encodeURIComponent(id)}`;
const casePath = (id: string) => `/api/issue-cases/${encodeURIComponent(id)}`;
const bodyPath = (id: string) => `/api/government-bodies/${encodeURIComponent(id)}`;

/** A member: its organization's issues; the secretariat: all of them, or its inbox (`unfiled`). */
export function useMemberIssues(
  filter: IssueFilter & { page?: number; limit?: number },
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: [...KEY, 'issues', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<MemberIssueSummaryDto>>('/api/member-issues', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useMemberIssue(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'issue', id],
    queryFn: ({ signal }) => apiFetch<MemberIssueDto>(issuePath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/** Cases oldest first: the secretariat's every one, a member's those it may see. */
export function useIssueCases(
  filter: CaseFilter & { page?: number; limit?: number },
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: [...KEY, 'cases', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<IssueCaseSummaryDto>>('/api/issue-cases', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useIssueCase(id: string | null | undefined) {
  return useQuery({
    queryKey: [...KEY, 'case', id],
    queryFn: ({ signal }) => apiFetch<IssueCaseDto>(casePath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/** The CSV of the cases matching the filters (all pages), labelled in `lang`: a plain link, the browser downloads it. */
export function caseExportUrl(filter: CaseFilter, lang: Locale): string {
  const params = new URLSearchParams(
    Object.entries({ ...filter, lang })
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
  const query = params.toString();
  return `/api/issue-cases/export.csv${query ? `?${query}` : ''}`;
}

/** Every step of an issue or a case shows everywhere both are read: the lists, the issue, its case. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: KEY });
}

export function useRaiseIssue() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MemberIssueRequest) => apiFetch<MemberIssueDto>('/api/member-issues', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export type IssueCommand = { action: 'file'; body: FileIssueRequest } | { action: 'close'; body: CloseRequest };

/** Files an issue in a case (the secretariat) or closes it; a refusal reads the issue again too. */
export function useIssueCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: IssueCommand }) =>
      apiFetch<MemberIssueDto>(`${issuePath(id)}/${command.action}`, { method: 'POST', body: command.body }),
    onSettled: refresh,
  });
}

export function useUpdateCase() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: IssueCaseUpdateRequest }) =>
      apiFetch<IssueCaseDto>(casePath(id), { method: 'PATCH', body }),
    onSettled: refresh,
  });
}

export type CaseCommand =
  | { action: 'relay'; body: RelayCaseRequest }
  | { action: 'answer'; body: AnswerCaseRequest }
  | { action: 'resolve'; body: { version: number } }
  | { action: 'close'; body: CloseRequest };

/** The secretariat's moves of a case; each carries the case's issues along. */
export function useCaseCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: CaseCommand }) =>
      apiFetch<IssueCaseDto>(`${casePath(id)}/${command.action}`, { method: 'POST', body: command.body }),
    onSettled: refresh,
  });
}

/** The bodies cases are relayed to: the active ones, or (the secretariat's list) all of them. */
export function useGovernmentBodies(all = false, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'bodies', all],
    queryFn: ({ signal }) =>
      apiFetch<{ items: GovernmentBodyDto[] }>('/api/government-bodies', { query: all ? { all: true } : {}, signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useSaveGovernmentBody() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: GovernmentBodyRequest }) =>
      id
        ? apiFetch<GovernmentBodyDto>(bodyPath(id), { method: 'PATCH', body })
        : apiFetch<GovernmentBodyDto>('/api/government-bodies', { method: 'POST', body }),
    onSuccess: refresh,
  });
}
