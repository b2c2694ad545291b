import type {
  Paginated,
  ParkDto,
  ParkImportReport,
  ParkMarkerDto,
  ParkRequest,
  ParkSort,
  ParkStatsDto,
  ParkStatus,
  Sector,
  Locale,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, buildQuery } from '../../lib/apiClient';
import type { ParkUpdateRequest } from './parkForm';
import { uploadParksCsv } from './uploadParksCsv';

/** The filters the list, the map and the CSV export share. */
export interface ParkFilter {
  q?: string;
  country?: string;
  sector?: Sector;
  status?: ParkStatus;
  organizationId?: string;
  sort?: ParkSort;
}

export interface ParkQuery extends ParkFilter {
  page?: number;
  limit?: number;
}

const KEY = ['parks'] as const;

export function useParks(query: ParkQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: ({ signal }) => apiFetch<Paginated<ParkDto>>('/api/parks', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every park with coordinates that matches the filters, unpaged: the map shows them all. */
export function useParkMap(filter: ParkFilter) {
  // Order means nothing on a map: leaving it out lets a re-sort of the list reuse the markers.
  const query: ParkFilter = { ...filter, sort: undefined };
  return useQuery({
    queryKey: [...KEY, 'map', query],
    queryFn: ({ signal }) => apiFetch<ParkMarkerDto[]>('/api/parks/map', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useParkStats() {
  return useQuery({
    queryKey: [...KEY, 'stats'],
    queryFn: ({ signal }) => apiFetch<ParkStatsDto>('/api/parks/stats', { signal }),
  });
}

export function usePark(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => apiFetch<ParkDto>(`/api/parks/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** The CSV download of the parks matching the filters, in the list's order, labelled in `lang` (a plain link: the browser saves the file). */
export function parkExportUrl(filter: ParkFilter, lang: Locale): string {
  return `/api/parks/export${buildQuery({ ...filter, lang })}`;
}

export function useCreatePark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParkRequest) => apiFetch<ParkDto>('/api/parks', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdatePark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ParkUpdateRequest }) =>
      apiFetch<ParkDto>(`/api/parks/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useImportParks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      onProgress,
    }: {
      file: File;
      onProgress: (percent: number) => void;
    }): Promise<ParkImportReport> => uploadParksCsv(file, onProgress),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
