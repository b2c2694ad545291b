import type { AnnualReportDto, Paginated, RequestAnnualReportRequest } from '@alliance/contracts';
import { ANNUAL_REPORT_ACTIVE_STATUSES } from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

const KEY = ['annual-reports'] as const;
/** How often the list is read again while a report is queued or running. */
const PROGRESS_POLL_MS = 1500;

const isActive = (report: AnnualReportDto) =>
  (ANNUAL_REPORT_ACTIVE_STATUSES as readonly string[]).includes(report.status);

/** The reports, newest first; polled while one of the page is still being written. */
export function useAnnualReports(page: number, limit: number) {
  return useQuery({
    queryKey: [...KEY, 'list', page, limit],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<AnnualReportDto>>('/api/annual-reports', { query: { page, limit }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isActive) ? PROGRESS_POLL_MS : false),
  });
}

export function useRequestAnnualReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestAnnualReportRequest) =>
      apiFetch<AnnualReportDto>('/api/annual-reports', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export const annualReportFileUrl = (id: string) => `/api/annual-reports/${encodeURIComponent(id)}/file`;
