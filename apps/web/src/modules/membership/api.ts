import type {
  MembershipApplicationDto,
  MembershipApplicationReceipt,
  MembershipApplicationRequest,
  MembershipApplicationStatus,
  OrganizationType,
  Paginated,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import { useSubmissionKeys } from '../../lib/submissionKeys';

export interface ApplicationQuery {
  status?: MembershipApplicationStatus;
  type?: OrganizationType;
  q?: string;
  page?: number;
  limit?: number;
}

const KEY = ['membership-applications'] as const;

const path = (id: string) => `/api/membership-applications/${encodeURIComponent(id)}`;

/** Sends the public form (no session needed); the same key sent again gives back the first receipt. */
export const submitApplication = (body: MembershipApplicationRequest, idempotencyKey: string) =>
  apiFetch<MembershipApplicationReceipt>('/api/membership-applications', { method: 'POST', body, idempotencyKey });

/** The public form's submission: one key per attempt, kept while the same content is sent again. */
export function useSubmitApplication() {
  const keys = useSubmissionKeys();
  return useMutation({
    mutationFn: (body: MembershipApplicationRequest) => submitApplication(body, keys.keyFor(body)),
    onSuccess: () => keys.acknowledged(),
  });
}

export function useApplications(query: ApplicationQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<MembershipApplicationDto>>('/api/membership-applications', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => apiFetch<MembershipApplicationDto>(path(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

function afterDecision(queryClient: QueryClient, application: MembershipApplicationDto): void {
  queryClient.setQueryData([...KEY, 'detail', application.id], application);
  void queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
}

export function useApproveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<MembershipApplicationDto>(`${path(id)}/approve`, { method: 'POST', body: {} }),
    onSuccess: (application) => {
      afterDecision(queryClient, application);
      // Approval created an organization, its parks and an invited user.
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      void queryClient.invalidateQueries({ queryKey: ['parks'] });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

export function useRejectApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      apiFetch<MembershipApplicationDto>(`${path(id)}/reject`, { method: 'POST', body: { reason } }),
    onSuccess: (application) => afterDecision(queryClient, application),
  });
}
