import type {
  CurrencyCode,
  FinancingDeclarationRequest,
  FinancingInstrument,
  FinancingOfferTerms,
  FinancingPipelineDto,
  FinancingQueueItemDto,
  FinancingRequestDto,
  FinancingRequestFields,
  FinancingRequestStatus,
  FinancingRequestSummaryDto,
  FinancingRequestUpdate,
  FinancingReviewDetailDto,
  FinancingReviewStatus,
  Paginated,
  Locale,
  RiskGrade,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import { useSubmissionKeys } from '../../lib/submissionKeys';

/** Filters of the request list and the queue, as the API takes them (amounts as decimal strings). */
export interface FinancingFilter {
  status?: FinancingRequestStatus;
  instrument?: FinancingInstrument;
  country?: string;
  currency?: CurrencyCode;
  amountMin?: string;
  amountMax?: string;
  q?: string;
  /** The requests with an institution's question waiting for the requester's answer ("My work" links here). */
  awaitingAnswer?: boolean;
  page?: number;
  limit?: number;
}

export interface QueueFilter extends FinancingFilter {
  reviewStatus?: FinancingReviewStatus;
  overdue?: boolean;
  /** Only offers prepared and waiting for an admin's release ("My work" links here). */
  release?: boolean;
  /** Only reviews whose question the requester answered, not yet followed up ("My work" links here). */
  answered?: boolean;
  /** The host country's current risk grade. */
  riskGrade?: RiskGrade;
}

const KEY = ['financing'] as const;
const requestPath = (id: string) => `/api/financing-requests/${encodeURIComponent(id)}`;
const reviewPath = (id: string) => `/api/financing-reviews/${encodeURIComponent(id)}`;

export function useFinancingRequests(filter: FinancingFilter) {
  return useQuery({
    queryKey: [...KEY, 'requests', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<FinancingRequestSummaryDto>>('/api/financing-requests', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useFinancingRequest(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'request', id],
    queryFn: ({ signal }) => apiFetch<FinancingRequestDto>(requestPath(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** The saved request replaces the cached one; lists, the queue and the pipeline are read again. */
function useStoreRequest() {
  const queryClient = useQueryClient();
  return (request: FinancingRequestDto) => {
    queryClient.setQueryData([...KEY, 'request', request.id], request);
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'requests'] });
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'pipeline'] });
  };
}

/** Creates a draft; the same key sent again gives back the request first created. */
export const createFinancingRequest = (body: FinancingRequestFields, idempotencyKey: string) =>
  apiFetch<FinancingRequestDto>('/api/financing-requests', { method: 'POST', body, idempotencyKey });

export function useCreateFinancingRequest() {
  const store = useStoreRequest();
  const keys = useSubmissionKeys();
  return useMutation({
    mutationFn: (body: FinancingRequestFields) => createFinancingRequest(body, keys.keyFor(body)),
    onSuccess: (request: FinancingRequestDto) => {
      keys.acknowledged();
      store(request);
    },
  });
}

export function useUpdateFinancingRequest() {
  const store = useStoreRequest();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FinancingRequestUpdate }) =>
      apiFetch<FinancingRequestDto>(requestPath(id), { method: 'PATCH', body }),
    onSuccess: store,
  });
}

/** The requester's decisions; each sends the version it was made on (a newer one answers 409). */
export type RequestCommand =
  | { action: 'submit'; version: number }
  | { action: 'withdraw' | 'close'; version: number; reason: string }
  | { action: 'accept'; version: number; offerId: string };

export function useRequestCommand(id: string) {
  const queryClient = useQueryClient();
  const store = useStoreRequest();
  return useMutation({
    mutationFn: ({ action, ...body }: RequestCommand) =>
      apiFetch<FinancingRequestDto>(`${requestPath(id)}/${action}`, { method: 'POST', body }),
    onSuccess: store,
    // Refused (someone decided meanwhile): show the request as it now is.
    onError: () => void queryClient.invalidateQueries({ queryKey: [...KEY, 'request', id] }),
  });
}

/** The requester answers an institution's question; the request is read again for the thread. */
export function useAnswer(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, body, version }: { reviewId: string; body: string; version: number }) =>
      apiFetch<{ reviewId: string; status: string; version: number }>(`${reviewPath(reviewId)}/answer`, {
        method: 'POST',
        body: { body, version },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...KEY, 'request', requestId] }),
  });
}

export function useReviewQueue(filter: QueueFilter) {
  return useQuery({
    queryKey: [...KEY, 'queue', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<FinancingQueueItemDto>>('/api/financing-reviews', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReview(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'review', id],
    queryFn: ({ signal }) => apiFetch<FinancingReviewDetailDto>(reviewPath(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** What an institution's reviewer does on a review; each answers the review as it now stands. */
export type ReviewCommand =
  | { action: 'declaration'; body: FinancingDeclarationRequest }
  | { action: 'request-info'; body: { body: string; version: number } }
  | { action: 'offer'; body: FinancingOfferTerms & { version: number } }
  | { action: 'offer/release'; body: { version: number } }
  | { action: 'decline'; body: { reason: string; version: number } };

export function useReviewCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: ReviewCommand) =>
      apiFetch<FinancingReviewDetailDto>(`${reviewPath(id)}/${action}`, { method: 'POST', body }),
    onSuccess: (detail) => {
      queryClient.setQueryData([...KEY, 'review', id], detail);
      void queryClient.invalidateQueries({ queryKey: [...KEY, 'queue'] });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: [...KEY, 'review', id] }),
  });
}

export function usePipeline() {
  return useQuery({
    queryKey: [...KEY, 'pipeline'],
    queryFn: ({ signal }) => apiFetch<FinancingPipelineDto>('/api/financing-requests/pipeline', { signal }),
  });
}

/** The CSV of the pipeline with the list's filters, labelled in `lang` (a plain link: the browser downloads it). */
export function pipelineCsvUrl(filter: FinancingFilter, lang: Locale): string {
  const params = new URLSearchParams(
    Object.entries({ ...filter, lang })
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
  const query = params.toString();
  return `/api/financing-requests/export${query ? `?${query}` : ''}`;
}
