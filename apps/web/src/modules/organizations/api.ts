import type {
  CreateOrganizationRequest,
  MembershipStatus,
  OrganizationAction,
  OrganizationDto,
  OrganizationType,
  Paginated,
  ParkDto,
  Locale,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQuery } from '../../lib/apiClient';
import type { UpdateOrganizationRequest } from './organizationForm';

export interface OrganizationQuery {
  q?: string;
  type?: OrganizationType;
  status?: MembershipStatus;
  country?: string;
  page?: number;
  limit?: number;
}

/** The CSV of the organizations matching these filters (all pages): a plain link, the browser downloads it. */
export function organizationsExportUrl({ q, type, status, country }: OrganizationQuery, lang: Locale): string {
  return `/api/organizations/export${buildQuery({ q, type, status, country, lang })}`;
}

const KEY = ['organizations'] as const;

export function useOrganizations(query: OrganizationQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<OrganizationDto>>('/api/organizations', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) =>
      apiFetch<OrganizationDto>(`/api/organizations/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** One page of the parks an organization runs, for its public profile. */
export function useOrganizationParks(organizationId: string | undefined, page: number, limit: number) {
  const query = { organizationId, page, limit };
  return useQuery({
    // Under `parks`, so whatever invalidates the parks (an edit, an approved application) refreshes it too.
    queryKey: ['parks', 'list', query],
    queryFn: ({ signal }) => apiFetch<Paginated<ParkDto>>('/api/parks', { query, signal }),
    enabled: Boolean(organizationId),
    placeholderData: keepPreviousData,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganizationRequest) =>
      apiFetch<OrganizationDto>('/api/organizations', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateOrganizationRequest }) =>
      apiFetch<OrganizationDto>(`/api/organizations/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useOrganizationTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: OrganizationAction; reason: string }) =>
      apiFetch<OrganizationDto>(`/api/organizations/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      // A suspended organization's users can no longer sign in: their list changes too.
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
