import type {
  AddDocumentVersionRequest,
  AgreementCommitmentDto,
  AgreementDocumentDto,
  AgreementDto,
  AgreementKind,
  AgreementStatus,
  AgreementSummaryDto,
  CommitmentStepRequest,
  CreateAgreementDocumentRequest,
  CreateAgreementRequest,
  CreateCommitmentRequest,
  Paginated,
  SignAgreementRequest,
  TerminateAgreementRequest,
  UpdateAgreementRequest,
  UpdateCommitmentRequest,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

const KEY = ['agreements'] as const;
const agreementPath = (id: string) => `/api/agreements/${encodeURIComponent(id)}`;
const commitmentPath = (id: string) => `/api/agreement-commitments/${encodeURIComponent(id)}`;

export interface AgreementFilter {
  status?: AgreementStatus;
  kind?: AgreementKind;
  mine?: boolean;
  /** Signed or active agreements ending within these days (the secretariat's home links here). */
  expiringWithinDays?: number;
  /** Agreements with a commitment open or overdue (a member's: its organization's own). */
  commitments?: 'open' | 'overdue';
  q?: string;
  page?: number;
  limit?: number;
}

/** Visitors: the active agreements; members: the signed ones; the secretariat: all. */
export function useAgreements(filter: AgreementFilter) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<AgreementSummaryDto>>('/api/agreements', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAgreement(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: ({ signal }) => apiFetch<AgreementDto>(agreementPath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/** The parties only (the secretariat and the counterparties); anyone else gets 404, so it is asked only of them. */
export function useCommitments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'commitments', id],
    queryFn: ({ signal }) =>
      apiFetch<{ items: AgreementCommitmentDto[] }>(`${agreementPath(id)}/commitments`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useDocuments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'documents', id],
    queryFn: ({ signal }) => apiFetch<{ items: AgreementDocumentDto[] }>(`${agreementPath(id)}/documents`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: KEY });
}

export function useSaveAgreement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateAgreementRequest | UpdateAgreementRequest }) =>
      id
        ? apiFetch<AgreementDto>(agreementPath(id), { method: 'PATCH', body })
        : apiFetch<AgreementDto>('/api/agreements', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export type AgreementCommand =
  | { action: 'negotiate' | 'activate'; body: { version: number } }
  | { action: 'sign'; body: SignAgreementRequest & { version: number } }
  | { action: 'terminate'; body: TerminateAgreementRequest & { version: number } };

/** The secretariat's steps; a refusal reads the agreement again too. */
export function useAgreementCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: AgreementCommand }) =>
      apiFetch<AgreementDto>(`${agreementPath(id)}/${command.action}`, { method: 'POST', body: command.body }),
    onSettled: refresh,
  });
}

export function useSaveCommitment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      agreementId,
      id,
      body,
    }: {
      agreementId: string;
      id?: string;
      body: CreateCommitmentRequest | UpdateCommitmentRequest;
    }) =>
      id
        ? apiFetch<AgreementCommitmentDto>(commitmentPath(id), { method: 'PATCH', body })
        : apiFetch<AgreementCommitmentDto>(`${agreementPath(agreementId)}/commitments`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useCommitmentCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: string;
      action: 'complete' | 'waive' | 'reopen';
      body: CommitmentStepRequest;
    }) => apiFetch<AgreementCommitmentDto>(`${commitmentPath(id)}/${action}`, { method: 'POST', body }),
    onSettled: refresh,
  });
}

export function useAddDocument() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ agreementId, body }: { agreementId: string; body: CreateAgreementDocumentRequest }) =>
      apiFetch<AgreementDocumentDto>(`${agreementPath(agreementId)}/documents`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useAddDocumentVersion() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ documentId, body }: { documentId: string; body: AddDocumentVersionRequest }) =>
      apiFetch<AgreementDocumentDto>(`/api/agreement-documents/${encodeURIComponent(documentId)}/versions`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}
