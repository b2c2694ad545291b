import type { AuditEventDto, Paginated } from '@alliance/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

export interface AuditQuery {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  organizationId?: string;
  /** ISO date-times, inclusive. */
  from?: string;
  to?: string;
  page?: number;
  limit?: number;
}

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: ({ signal }) => apiFetch<Paginated<AuditEventDto>>('/api/audit', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}
