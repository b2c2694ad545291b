import type {
  EndorseRequest,
  InitiativeDto,
  InitiativeRequest,
  InitiativeStatus,
  InitiativeSummaryDto,
  Locale,
  Paginated,
  SignatoryDto,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQuery } from '../../lib/apiClient';

export const INITIATIVES_KEY = ['initiatives'] as const;
const KEY = INITIATIVES_KEY;
const initiativePath = (id: string) => `/api/initiatives/${encodeURIComponent(id)}`;

export function useInitiatives(filter: {
  status?: InitiativeStatus;
  /** Endorsed by the reader's organization now (true), or open and not endorsed by it (false). */
  endorsed?: boolean;
  page?: number;
  limit?: number;
}) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<InitiativeSummaryDto>>('/api/initiatives', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInitiative(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => apiFetch<InitiativeDto>(initiativePath(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useSignatories(id: string, page: number, limit = 20) {
  return useQuery({
    queryKey: [...KEY, 'signatories', id, page, limit],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<SignatoryDto>>(`${initiativePath(id)}/signatories`, { query: { page, limit }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The secretariat's downloads of the signatories. */
export const signatoriesExportUrl = (id: string, format: 'csv' | 'pdf', lang: Locale) =>
  `${initiativePath(id)}/signatories.${format}${buildQuery({ lang })}`;

/** The saved initiative replaces the cached one; lists and signatories are read again. */
function useStore() {
  const queryClient = useQueryClient();
  return (initiative: InitiativeDto) => {
    queryClient.setQueryData([...KEY, 'detail', initiative.id], initiative);
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'signatories', initiative.id] });
  };
}

export function useSaveInitiative(id: string | undefined) {
  const store = useStore();
  return useMutation({
    mutationFn: (body: InitiativeRequest & { version?: number }) =>
      id
        ? apiFetch<InitiativeDto>(initiativePath(id), { method: 'PATCH', body })
        : apiFetch<InitiativeDto>('/api/initiatives', { method: 'POST', body }),
    onSuccess: store,
  });
}

/** The steps on an initiative, one POST each, with the body the API takes. */
export type InitiativeCommand =
  | { action: 'publish' | 'close'; body: { version: number } }
  | { action: 'endorsement'; body: EndorseRequest }
  | { action: 'endorsement/withdraw'; body: { reason?: string | null } }
  | { action: 'proposal'; body: { note?: string | null } }
  | { action: 'proposal/decline'; body: Record<string, never> };

export function useInitiativeCommand(id: string) {
  const queryClient = useQueryClient();
  const store = useStore();
  return useMutation({
    mutationFn: (command: InitiativeCommand) =>
      apiFetch<InitiativeDto>(`${initiativePath(id)}/${command.action}`, { method: 'POST', body: command.body }),
    onSuccess: store,
    // Refused (someone acted meanwhile): show the initiative as it now is.
    onError: () => void queryClient.invalidateQueries({ queryKey: [...KEY, 'detail', id] }),
  });
}
