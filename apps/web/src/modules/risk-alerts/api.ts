import type {
  Paginated,
  RiskAlertAcknowledgeRequest,
  RiskAlertCategory,
  RiskAlertDto,
  RiskAlertReportDto,
  RiskAlertRequest,
  RiskAlertSeverity,
  RiskAlertSummaryDto,
  RiskAlertUpdateRequest,
  RiskAlertWithdrawRequest,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import type { AlertListStatus } from './alertFilters';

/** The list's filters, as the API takes them. */
export interface AlertFilter {
  status?: AlertListStatus;
  country?: string;
  severity?: RiskAlertSeverity;
  category?: RiskAlertCategory;
  /** Only alerts exposing the reader's organization. */
  exposed?: boolean;
  /** Only alerts waiting for an acknowledgement (the organization's; for the secretariat, anyone's). */
  unacknowledged?: boolean;
  /** Only alerts in a host country of a park whose financing the reader's institution reviews (open reviews). */
  reviewCountries?: boolean;
  page?: number;
  limit?: number;
}

/** The steps on an alert, one POST each, with the body the API takes. */
export type AlertCommand =
  | { action: 'updates'; body: RiskAlertUpdateRequest }
  | { action: 'release'; body: { version: number } }
  | { action: 'withdraw'; body: RiskAlertWithdrawRequest }
  | { action: 'acknowledge'; body: RiskAlertAcknowledgeRequest };

export const RISK_ALERTS_KEY = ['risk-alerts'] as const;
const KEY = RISK_ALERTS_KEY;
const alertPath = (id: string) => `/api/risk-alerts/${encodeURIComponent(id)}`;

export function useAlerts(filter: AlertFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...KEY, 'list', filter],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<RiskAlertSummaryDto>>('/api/risk-alerts', { query: { ...filter }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useAlert(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => apiFetch<RiskAlertDto>(alertPath(id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** Who the alert reached and who acknowledged: the secretariat's only (`enabled`). */
export function useAlertReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...KEY, 'report', id],
    queryFn: ({ signal }) => apiFetch<RiskAlertReportDto>(`${alertPath(id)}/report`, { signal }),
    enabled,
  });
}

/** The saved alert replaces the cached one; lists and its report are read again. */
function useStoreAlert() {
  const queryClient = useQueryClient();
  return (alert: RiskAlertDto) => {
    queryClient.setQueryData([...KEY, 'detail', alert.id], alert);
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'report', alert.id] });
    // The home page's banner asks its own key (it is drawn without this module).
    void queryClient.invalidateQueries({ queryKey: ['home', 'critical-alerts'] });
  };
}

export function useIssueAlert() {
  const store = useStoreAlert();
  return useMutation({
    mutationFn: (body: RiskAlertRequest) => apiFetch<RiskAlertDto>('/api/risk-alerts', { method: 'POST', body }),
    onSuccess: store,
  });
}

export function useAlertCommand() {
  const queryClient = useQueryClient();
  const store = useStoreAlert();
  return useMutation({
    mutationFn: ({ id, command }: { id: string; command: AlertCommand }) =>
      apiFetch<RiskAlertDto>(`${alertPath(id)}/${command.action}`, { method: 'POST', body: command.body }),
    onSuccess: store,
    // Refused (someone acted meanwhile): show the alert as it now is.
    onError: (_error, { id }) => void queryClient.invalidateQueries({ queryKey: [...KEY, 'detail', id] }),
  });
}

export function useRemind(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ reminded: number }>(`${alertPath(id)}/remind`, { method: 'POST' }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: [...KEY, 'report', id] }),
  });
}
