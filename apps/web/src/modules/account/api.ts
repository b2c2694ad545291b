import type { ChangePasswordRequest, MeResponse, UpdateMeRequest } from '@alliance/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import { ME_QUERY_KEY } from '../../lib/queryClient';

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeRequest) => apiFetch<MeResponse>('/api/auth/me', { method: 'PATCH', body }),
    onSuccess: (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => apiFetch<void>('/api/auth/password', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
}
