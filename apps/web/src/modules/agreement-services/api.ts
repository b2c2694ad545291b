import type {
  AgreementServiceDto,
  AgreementServicesDto,
  CreateAgreementServiceRequest,
  CreateServiceRequestRequest,
  DeclineServiceRequestRequest,
  Paginated,
  PostServiceMessageRequest,
  RateServiceRequestRequest,
  ServiceRequestDto,
  ServiceRequestMessageDto,
  ServiceRequestSide,
  ServiceRequestStatus,
  ServiceRequestSummaryDto,
  ServiceUptakeReportDto,
  UpdateAgreementServiceRequest,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import { useSubmissionKeys } from '../../lib/submissionKeys';

export const SERVICES_KEY = ['agreement-services'] as const;
const KEY = SERVICES_KEY;
const requestPath = (id: string) => `/api/service-requests/${encodeURIComponent(id)}`;

/** A step on a request shows on its page, the lists and the uptake: one refresh. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: KEY });
}

export function useAgreementServices(agreementId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'agreement', agreementId],
    queryFn: ({ signal }) =>
      apiFetch<AgreementServicesDto>(`/api/agreements/${encodeURIComponent(agreementId ?? '')}/services`, { signal }),
    enabled: enabled && Boolean(agreementId),
    retry: false,
  });
}

export function useCreateService(agreementId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateAgreementServiceRequest) =>
      apiFetch<AgreementServiceDto>(`/api/agreements/${encodeURIComponent(agreementId)}/services`, {
        method: 'POST',
        body,
      }),
    onSuccess: refresh,
  });
}

export function useUpdateService() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAgreementServiceRequest & { id: string }) =>
      apiFetch<AgreementServiceDto>(`/api/agreement-services/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

/** Requests a service; the same key sent again gives back the request first created. */
export const requestService = (serviceId: string, body: CreateServiceRequestRequest, idempotencyKey: string) =>
  apiFetch<ServiceRequestDto>(`/api/agreement-services/${encodeURIComponent(serviceId)}/requests`, {
    method: 'POST',
    body,
    idempotencyKey,
  });

export function useRequestService() {
  const refresh = useRefresh();
  const keys = useSubmissionKeys();
  return useMutation({
    mutationFn: ({ serviceId, ...body }: CreateServiceRequestRequest & { serviceId: string }) =>
      requestService(serviceId, body, keys.keyFor({ serviceId, ...body })),
    onSuccess: () => {
      keys.acknowledged();
      refresh();
    },
  });
}

export interface ServiceRequestQuery {
  side?: ServiceRequestSide;
  status?: ServiceRequestStatus;
  page: number;
  limit: number;
}

export function useServiceRequests(query: ServiceRequestQuery) {
  return useQuery({
    queryKey: [...KEY, 'requests', query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<ServiceRequestSummaryDto>>('/api/service-requests', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useServiceRequest(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'request', id],
    queryFn: ({ signal }) => apiFetch<ServiceRequestDto>(requestPath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

export type ProviderStep = 'accept' | 'deliver';

export function useProviderStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ step, version }: { step: ProviderStep; version: number }) =>
      apiFetch<ServiceRequestDto>(`${requestPath(id)}/${step}`, { method: 'POST', body: { version } }),
    onSuccess: refresh,
  });
}

export function useDeclineRequest(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DeclineServiceRequestRequest) =>
      apiFetch<ServiceRequestDto>(`${requestPath(id)}/decline`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useRateRequest(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RateServiceRequestRequest) =>
      apiFetch<ServiceRequestDto>(`${requestPath(id)}/rate`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useSendServiceMessage(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PostServiceMessageRequest) =>
      apiFetch<ServiceRequestMessageDto>(`${requestPath(id)}/messages`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useServiceUptake() {
  return useQuery({
    queryKey: [...KEY, 'uptake'],
    queryFn: ({ signal }) => apiFetch<ServiceUptakeReportDto>('/api/agreement-services/uptake', { signal }),
  });
}
