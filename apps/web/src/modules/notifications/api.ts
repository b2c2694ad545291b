import type { FollowsDto, NotificationDto, NotificationPage, NotificationSettingsDto } from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';

export interface NotificationQuery {
  page: number;
  limit: number;
  /** Only the unread ones. */
  unread?: boolean;
}

/** How many of the latest notifications the header's bell lists. */
export const BELL_LIMIT = 8;
/** The bell asks for news this often while the tab is open (and again when the tab gets focus). */
const BELL_POLL_MS = 60_000;

const KEY = ['notifications'] as const;
const LIST_KEY = [...KEY, 'list'] as const;
const FOLLOWS_KEY = [...KEY, 'follows'] as const;
const SETTINGS_KEY = [...KEY, 'settings'] as const;

function fetchPage({ page, limit, unread }: NotificationQuery, signal: AbortSignal) {
  // `unread=false` would mean the same as no filter; leave it out of the address.
  return apiFetch<NotificationPage>('/api/notifications', {
    query: { page, limit, unread: unread || undefined },
    signal,
  });
}

export function useNotifications(query: NotificationQuery) {
  return useQuery({
    queryKey: [...LIST_KEY, query],
    queryFn: ({ signal }) => fetchPage(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The latest notifications and the unread count, for the bell: polled, and read again on focus. */
export function useBellNotifications() {
  const query: NotificationQuery = { page: 1, limit: BELL_LIMIT };
  return useQuery({
    queryKey: [...LIST_KEY, query],
    queryFn: ({ signal }) => fetchPage(query, signal),
    refetchInterval: BELL_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** Every cached list (bell and page) shows the change at once; the server's answer follows. */
function updateLists(queryClient: QueryClient, update: (page: NotificationPage) => NotificationPage) {
  queryClient.setQueriesData<NotificationPage>({ queryKey: LIST_KEY }, (page) => (page ? update(page) : page));
  void queryClient.invalidateQueries({ queryKey: LIST_KEY });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notification: NotificationDto) =>
      apiFetch<NotificationDto>(`/api/notifications/${encodeURIComponent(notification.id)}/read`, { method: 'POST' }),
    onSuccess: (_saved, notification) =>
      updateLists(queryClient, (page) => ({
        ...page,
        items: page.items.map((item) => (item.id === notification.id ? { ...item, read: true } : item)),
        unread: notification.read ? page.unread : Math.max(0, page.unread - 1),
      })),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ updated: number }>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () =>
      updateLists(queryClient, (page) => ({
        ...page,
        items: page.items.map((item) => ({ ...item, read: true })),
        unread: 0,
      })),
  });
}

export function useFollows() {
  return useQuery({
    queryKey: FOLLOWS_KEY,
    queryFn: ({ signal }) => apiFetch<FollowsDto>('/api/me/follows', { signal }),
  });
}

/** Replaces everything the user follows. */
export function useSaveFollows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowsDto) => apiFetch<FollowsDto>('/api/me/follows', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(FOLLOWS_KEY, saved),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => apiFetch<NotificationSettingsDto>('/api/me/notification-settings', { signal }),
  });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsDto) =>
      apiFetch<NotificationSettingsDto>('/api/me/notification-settings', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(SETTINGS_KEY, saved),
  });
}
