import type {
  AcceptInvitationRequest,
  ForgotPasswordRequest,
  LoginRequest,
  MeResponse,
  ResetPasswordRequest,
  SessionResponse,
} from '@alliance/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiFetch } from '../../lib/apiClient';
import { ME_QUERY_KEY } from '../../lib/queryClient';

/** The signed-in user, or `null` for a visitor: asked of the session endpoint, which answers a visitor with 200, so no 401 shows in the console. */
export async function fetchMe(): Promise<MeResponse | null> {
  return (await apiFetch<SessionResponse>('/api/auth/session')).me;
}

export function meQuery() {
  return queryOptions({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQuery());
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => apiFetch<MeResponse>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      // Nothing cached as a visitor (or as someone else) may leak into the new session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}

/**
 * Signs out and lands on the public home. Returns false when the API could not be reached
 * (the local session state is dropped either way and /me is asked again).
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => apiFetch<void>('/api/auth/logout', { method: 'POST' }),
  });

  const signOut = async (): Promise<boolean> => {
    // Leave the members' pages before the session ends (sign-in lands on one, "My work"): a request
    // of theirs answered 401 meanwhile would have their guard send the reader to the sign-in page.
    await navigate('/', { replace: true });
    let ok = true;
    try {
      await mutation.mutateAsync();
    } catch {
      ok = false;
    }
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    queryClient.setQueryData(ME_QUERY_KEY, null);
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    // And land there even if a members' page answered 401 and sent the reader to sign in meanwhile
    // (CI once ended a sign-out from "My work" on /login?next=/work).
    await navigate('/', { replace: true });
    return ok;
  };

  return { signOut, isPending: mutation.isPending };
}

export function useForgotPassword() {
  return useMutation({
    mutationFn: (body: ForgotPasswordRequest) =>
      apiFetch<{ message: string }>('/api/auth/password/forgot', { method: 'POST', body }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: ResetPasswordRequest) => apiFetch<void>('/api/auth/password/reset', { method: 'POST', body }),
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      apiFetch<void>('/api/auth/invitations/accept', { method: 'POST', body }),
  });
}
