import type { ChangeRoleRequest, InviteUserRequest, Paginated, UserDto, UserStatus } from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

/** A row of the users list: the user and the names of their organization. */
export type UserListItem = UserDto & { organizationNameEn: string | null; organizationNameZh: string | null };

export interface UserQuery {
  organizationId?: string;
  q?: string;
  status?: UserStatus;
  page?: number;
  limit?: number;
}

const KEY = ['users'] as const;

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: ({ signal }) => apiFetch<Paginated<UserListItem>>('/api/users', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteUserRequest) => apiFetch<UserDto>('/api/users', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useSetUserEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      apiFetch<UserDto>(`/api/users/${encodeURIComponent(id)}/${enabled ? 'enable' : 'disable'}`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ChangeRoleRequest }) =>
      apiFetch<UserDto>(`/api/users/${encodeURIComponent(id)}/role`, { method: 'PATCH', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
