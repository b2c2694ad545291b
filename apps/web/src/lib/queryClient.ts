import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './apiClient';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** Any call answered 401 means the session ended (expired, revoked, user disabled). */
function onSessionLost(client: () => QueryClient, error: unknown): void {
  if (!isApiError(error) || error.statusCode !== 401) return;
  const queryClient = client();
  if (queryClient.getQueryData(ME_QUERY_KEY)) void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionLost(() => queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(() => queryClient, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(isApiError(error) && error.statusCode < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
