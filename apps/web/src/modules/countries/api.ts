import type {
  CountryGradeDto,
  CountryNotesRequest,
  CountryProfileDto,
  CountryRatingDto,
  CountryRatingRequest,
  CountryRatingStatus,
  Paginated,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

const KEY = ['countries'] as const;
const countryPath = (code: string) => `/api/countries/${encodeURIComponent(code)}`;
const ratingPath = (id: string) => `/api/country-ratings/${encodeURIComponent(id)}`;

/** Every rated country's current grade and outlook: the map layer and the list (public). */
export function useCountryGrades(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'grades'],
    queryFn: ({ signal }) => apiFetch<{ items: CountryGradeDto[] }>('/api/countries', { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useCountryProfile(code: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'profile', code],
    queryFn: ({ signal }) => apiFetch<CountryProfileDto>(countryPath(code ?? ''), { signal }),
    enabled: Boolean(code),
  });
}

export interface RatingsFilter {
  status?: CountryRatingStatus;
  country?: string;
  page?: number;
  limit?: number;
}

/** The proposals queue: the secretariat's every change, a research institute's its own. */
export function useRatings(filter: RatingsFilter) {
  return useQuery({
    queryKey: [...KEY, 'ratings', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<CountryRatingDto>>('/api/country-ratings', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRating(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'rating', id],
    queryFn: ({ signal }) => apiFetch<CountryRatingDto>(ratingPath(id ?? ''), { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/**
 * A change of a grade shows everywhere it is read: the profiles, the map, the queue, and the
 * financing requests that carry their country's grade.
 */
function useRefreshGrades() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: KEY });
    void queryClient.invalidateQueries({ queryKey: ['financing'] });
  };
}

export function useUpdateNotes(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CountryNotesRequest) =>
      apiFetch<CountryProfileDto>(countryPath(code), { method: 'PATCH', body }),
    onSuccess: (profile) => queryClient.setQueryData([...KEY, 'profile', code], profile),
  });
}

export function useProposeRating(code: string) {
  const refresh = useRefreshGrades();
  return useMutation({
    mutationFn: (body: CountryRatingRequest) =>
      apiFetch<CountryRatingDto>(`${countryPath(code)}/ratings`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export type RatingDecision = { action: 'publish' } | { action: 'reject'; reason: string };

/** Publishes or rejects a proposal; a refusal (decided meanwhile) reads everything again too. */
export function useDecideRating() {
  const refresh = useRefreshGrades();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: RatingDecision }) =>
      apiFetch<CountryRatingDto>(`${ratingPath(id)}/${decision.action}`, {
        method: 'POST',
        body: decision.action === 'reject' ? { reason: decision.reason } : {},
      }),
    onSettled: refresh,
  });
}
