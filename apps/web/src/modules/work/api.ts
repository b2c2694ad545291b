import type { WorkDto } from '@alliance/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

export const WORK_KEY = ['work'] as const;

/** What waits for the signed-in user: one request for the whole page. */
export function useWork() {
  return useQuery({
    queryKey: WORK_KEY,
    queryFn: ({ signal }) => apiFetch<WorkDto>('/api/me/work', { signal }),
    // Counts change as others act: refreshed whenever the page is shown again.
    refetchOnMount: 'always',
  });
}
