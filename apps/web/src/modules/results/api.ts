import type { PublicResultsDto, ResultsDto, ResultsRange } from '@alliance/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

const KEY = ['results'] as const;

const rangeQuery = (range: ResultsRange) => {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The secretariat's results over a range (the API's default: the alliance's founding until today). */
export function useResults(range: ResultsRange, enabled = true) {
  return useQuery({
    queryKey: [...KEY, range.from ?? null, range.to ?? null],
    queryFn: ({ signal }) => apiFetch<ResultsDto>(`/api/results${rangeQuery(range)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

/** A section's CSV file over the same range, in the reader's language. */
export const resultsCsvHref = (section: string, range: ResultsRange, lang: string) => {
  const params = new URLSearchParams({ lang });
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  return `/api/results/${section}.csv?${params.toString()}`;
};

/** The live public figures (members, parks, host countries, enterprises, investment, jobs). */
export function usePublicResults() {
  return useQuery({
    queryKey: [...KEY, 'public'],
    queryFn: ({ signal }) => apiFetch<PublicResultsDto>('/api/results/public', { signal }),
    staleTime: 60_000,
    retry: false,
  });
}
