import type {
  AcceptInvitationRequest,
  ForgotPasswordRequest,
  LoginRequest,
  MeResponse,
  ResetPasswordRequest,
  SessionResponse,
} from '@alliance/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
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

/**
 * Set when the reader signed out in this tab, until the next sign-in: a members' page that finds the
 * session gone then sends the reader to the public home, not to the sign-in page (a sign-out from
 * "My work" could otherwise end there when the session ended before the move home was rendered).
 */
let signedOutHere = false;
export const sessionEndedBySignOut = (): boolean => signedOutHere;

/** For the shell: once the signed-out reader is home, a members' page asks for a sign-in again. */
export function useSignOutLanding(): void {
  const { pathname } = useLocation();
  const { data: me } = useMe();
  useEffect(() => {
    if (me === null && pathname === '/') signedOutHere = false;
  }, [me, pathname]);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => apiFetch<MeResponse>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      signedOutHere = false;
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
    // Leave the members' pages before the session ends (sign-in lands on one, "My work"); should the
    // move still be pending (the home's code loading), their guard sends the reader home as well.
    await navigate('/', { replace: true });
    let ok = true;
    try {
      await mutation.mutateAsync();
    } catch {
      ok = false;
    }
    signedOutHere = true;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
    queryClient.setQueryData(ME_QUERY_KEY, null);
    void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
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
