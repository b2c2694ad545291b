import {
  MAX_PAGE_LIMIT,
  type CooperationCloseRequest,
  type CooperationProjectDto,
  type CooperationProjectQuery,
  type CooperationProjectRequest,
  type CooperationProjectSummaryDto,
  type CooperationProjectUpdateRequest,
  type CooperationReturnRequest,
  type DealDto,
  type DealFiguresDto,
  type DealMoveRequest,
  type DealStage,
  type DealTransition,
  type ExpressionDeclineRequest,
  type ExpressionDto,
  type ExpressionMessageRequest,
  type ExpressionRequest,
  type ExpressionStatus,
  type ExpressionSummaryDto,
  type Locale,
  type MatchDismissRequest,
  type OrganizationMatchDto,
  type Paginated,
  type ProjectMatchDto,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import { useSubmissionKeys } from '../../lib/submissionKeys';

export const COOPERATION_KEY = ['cooperation'] as const;
const KEY = COOPERATION_KEY;
const projectPath = (id: string) => `/api/cooperation/projects/${encodeURIComponent(id)}`;
const expressionPath = (id: string) => `/api/cooperation/expressions/${encodeURIComponent(id)}`;
const dealPath = (id: string) => `/api/cooperation/deals/${encodeURIComponent(id)}`;

/** Lists answer with an array or (paginated lists) an object of items: the pages read the items either way. */
function itemsOf<T>(data: T[] | { items: T[] }): T[] {
  return Array.isArray(data) ? data : data.items;
}

/** Everything on the platform hangs together (a move of a deal shows on its expression and its project): one refresh. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: KEY });
}

// ---------------------------------------------------------------------------------------------
// Projects

export function useProjects(query: CooperationProjectQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...KEY, 'projects', query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<CooperationProjectSummaryDto>>('/api/cooperation/projects', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'project', id],
    queryFn: ({ signal }) => apiFetch<CooperationProjectDto>(projectPath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

export function useCreateProject() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CooperationProjectRequest) =>
      apiFetch<CooperationProjectDto>('/api/cooperation/projects', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useUpdateProject() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CooperationProjectUpdateRequest }) =>
      apiFetch<CooperationProjectDto>(projectPath(id), { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

/** The steps on a project, one POST each, with the body the API takes. */
export type ProjectCommand =
  | { action: 'submit' | 'approve' | 'reopen' | 'renew'; body: { version: number } }
  | { action: 'return'; body: CooperationReturnRequest }
  | { action: 'close'; body: CooperationCloseRequest };

/** A step on a project; a refusal (someone acted meanwhile) reads it again too. */
export function useProjectCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: ProjectCommand }) =>
      apiFetch<CooperationProjectDto>(`${projectPath(id)}/${command.action}`, { method: 'POST', body: command.body }),
    onSettled: refresh,
  });
}

// ---------------------------------------------------------------------------------------------
// Expressions of interest and their threads

/** The expressions on a project: its owner's organization only (`enabled`). */
export function useProjectExpressions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'project-expressions', id],
    queryFn: ({ signal }) =>
      apiFetch<ExpressionSummaryDto[] | { items: ExpressionSummaryDto[] }>(`${projectPath(id)}/expressions`, {
        signal,
      }),
    select: itemsOf,
    enabled,
  });
}

/** Expresses interest; the same key sent again gives back the expression first created. */
export const expressInterest = (projectId: string, body: ExpressionRequest, idempotencyKey: string) =>
  apiFetch<ExpressionDto>(`${projectPath(projectId)}/expressions`, { method: 'POST', body, idempotencyKey });

export function useExpressInterest() {
  const refresh = useRefresh();
  const keys = useSubmissionKeys();
  return useMutation({
    mutationFn: (input: { projectId: string; body: ExpressionRequest }) =>
      expressInterest(input.projectId, input.body, keys.keyFor(input)),
    onSuccess: () => keys.acknowledged(),
    onSettled: refresh,
  });
}

export type ExpressionSide = 'sent' | 'received';

/** The organization's expressions of one side, newest first; `status` narrows them (the home page's open ones). */
export function useExpressions(side: ExpressionSide, status?: ExpressionStatus) {
  return useQuery({
    queryKey: [...KEY, 'expressions', side, status],
    queryFn: ({ signal }) =>
      apiFetch<ExpressionSummaryDto[] | { items: ExpressionSummaryDto[] }>('/api/cooperation/expressions', {
        query: { side, status, limit: MAX_PAGE_LIMIT },
        signal,
      }),
    select: itemsOf,
  });
}

export function useExpression(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'expression', id],
    queryFn: ({ signal }) => apiFetch<ExpressionDto>(expressionPath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

export type ExpressionCommand =
  { action: 'accept' | 'withdraw'; body?: undefined } | { action: 'decline'; body: ExpressionDeclineRequest };

export function useExpressionCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: ExpressionCommand }) =>
      apiFetch<ExpressionDto>(`${expressionPath(id)}/${command.action}`, {
        method: 'POST',
        body: command.body ?? {},
      }),
    onSettled: refresh,
  });
}

export function useSendMessage(expressionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExpressionMessageRequest) =>
      apiFetch<unknown>(`${expressionPath(expressionId)}/messages`, { method: 'POST', body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: [...KEY, 'expression', expressionId] }),
  });
}

// ---------------------------------------------------------------------------------------------
// Deals

export interface DealFilter {
  stage?: DealStage;
  country?: string;
  sector?: string;
}

export function useDeals(filter: DealFilter & { page?: number; limit?: number }) {
  return useQuery({
    queryKey: [...KEY, 'deals', filter],
    queryFn: ({ signal }) =>
      apiFetch<DealDto[] | Paginated<DealDto>>('/api/cooperation/deals', { query: { ...filter }, signal }),
    select: itemsOf,
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'deal', id],
    queryFn: ({ signal }) => apiFetch<DealDto>(dealPath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

export function useMoveDeal() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, move, body }: { id: string; move: DealTransition; body: DealMoveRequest }) =>
      apiFetch<DealDto>(`${dealPath(id)}/${move}`, { method: 'POST', body }),
    onSettled: refresh,
  });
}

/** The secretariat's figures by stage, country and sector (`enabled`: the secretariat only). */
export function useDealFigures(range: { from?: string; to?: string }, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'figures', range],
    queryFn: ({ signal }) =>
      apiFetch<DealFiguresDto>('/api/cooperation/deals/figures', { query: { ...range }, signal }),
    enabled,
  });
}

/** The deals as CSV, labelled in `lang`: a plain link, the browser downloads it with the session cookie. */
export function dealsCsvUrl(range: { from?: string; to?: string }, lang: Locale): string {
  const params = new URLSearchParams(
    Object.entries({ ...range, lang }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return `/api/cooperation/deals/export.csv?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// Matches

/** Open projects suggested to the reader's organization (members). */
export function useMatches(enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'matches'],
    queryFn: ({ signal }) =>
      apiFetch<ProjectMatchDto[] | { items: ProjectMatchDto[] }>('/api/cooperation/matches', { signal }),
    select: itemsOf,
    enabled,
  });
}

/** Organizations the owner of a project should approach (the owner's organization only: `enabled`). */
export function useProjectMatches(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'project-matches', id],
    queryFn: ({ signal }) =>
      apiFetch<OrganizationMatchDto[] | { items: OrganizationMatchDto[] }>(`${projectPath(id)}/matches`, { signal }),
    select: itemsOf,
    enabled,
  });
}

export function useDismissMatch() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MatchDismissRequest) =>
      apiFetch<void>('/api/cooperation/matches/dismissals', { method: 'POST', body }),
    onSettled: refresh,
  });
}
