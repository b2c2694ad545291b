import type {
  CursorPage,
  Locale,
  PostDto,
  PostKind,
  PostRequest,
  PostStatus,
  PostSummaryDto,
  PostUpdateRequest,
  RegistrationDto,
  SearchResultDto,
  Sector,
} from '@alliance/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { apiFetch } from '../../lib/apiClient';
import { useSubmissionKeys } from '../../lib/submissionKeys';

/** The feed's filters, as the API takes them (dates as YYYY-MM-DD). */
export interface PostFilter {
  q?: string;
  kind?: PostKind;
  country?: string;
  sector?: Sector;
  organizationId?: string;
  from?: string;
  to?: string;
  status?: PostStatus;
}

/** A state change of a post: the status machine's actions and the secretariat's pinning. */
export type PostCommand = 'publish' | 'archive' | 'pin' | 'unpin';

export const FEED_PAGE_SIZE = 20;
export const SEARCH_LIMIT = 20;

const KEY = ['posts'] as const;

/** The feed, one page after another: "Load more" continues from the last page's cursor. */
export function postFeedQuery(filter: PostFilter) {
  return infiniteQueryOptions({
    queryKey: [...KEY, 'feed', filter],
    queryFn: ({ pageParam, signal }) =>
      apiFetch<CursorPage<PostSummaryDto>>('/api/posts', {
        query: { ...filter, cursor: pageParam, limit: FEED_PAGE_SIZE },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePostFeed(filter: PostFilter) {
  return useInfiniteQuery({ ...postFeedQuery(filter), placeholderData: keepPreviousData });
}

export function postQuery(id: string | undefined) {
  return queryOptions({
    queryKey: [...KEY, 'detail', id],
    queryFn: ({ signal }) => apiFetch<PostDto>(`/api/posts/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function usePost(id: string | undefined) {
  return useQuery(postQuery(id));
}

/** The saved post replaces the cached one at once; feeds and search are read again. */
function useStorePost() {
  const queryClient = useQueryClient();
  return (post: PostDto) => {
    queryClient.setQueryData([...KEY, 'detail', post.id], post);
    void queryClient.invalidateQueries({ queryKey: [...KEY, 'feed'] });
    void queryClient.invalidateQueries({ queryKey: ['search'] });
  };
}

/** Creates a draft; the same key sent again gives back the post first created. */
export const createPost = (body: PostRequest, idempotencyKey: string) =>
  apiFetch<PostDto>('/api/posts', { method: 'POST', body, idempotencyKey });

export function useCreatePost() {
  const store = useStorePost();
  const keys = useSubmissionKeys();
  return useMutation({
    mutationFn: (body: PostRequest) => createPost(body, keys.keyFor(body)),
    onSuccess: (post: PostDto) => {
      keys.acknowledged();
      store(post);
    },
  });
}

export function useUpdatePost() {
  const store = useStorePost();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PostUpdateRequest }) =>
      apiFetch<PostDto>(`/api/posts/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: store,
  });
}

export function usePostAction() {
  const queryClient = useQueryClient();
  const store = useStorePost();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: PostCommand }) =>
      apiFetch<PostDto>(`/api/posts/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: store,
    // Refused (someone changed its status meanwhile): show the post as it now is.
    onError: (_error, { id }) => void queryClient.invalidateQueries({ queryKey: [...KEY, 'detail', id] }),
  });
}

/**
 * The server's rendering of a Markdown draft, sanitized exactly like a stored post. A query
 * rather than a mutation: the same text is rendered once, and a newer text cancels an older one.
 */
export function usePreview(markdown: string) {
  return useQuery({
    queryKey: [...KEY, 'preview', markdown],
    queryFn: ({ signal }) =>
      apiFetch<{ html: string }>('/api/posts/preview', { method: 'POST', body: { markdown }, signal }),
    enabled: markdown.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: ({ signal }) =>
      apiFetch<{ items: SearchResultDto[] }>('/api/search', { query: { q, limit: SEARCH_LIMIT }, signal }),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

/** Register for an event, or cancel: the post is read again for its seats and the reader's status. */
export function useEventRegistration(postId: string) {
  const queryClient = useQueryClient();
  const path = `/api/posts/${encodeURIComponent(postId)}/registrations`;
  return useMutation({
    mutationFn: (action: 'register' | 'cancel') =>
      apiFetch<RegistrationDto>(action === 'register' ? path : `${path}/cancel`, { method: 'POST' }),
    // Also after a refusal (already registered, the event has ended): show the event as it now is.
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...KEY, 'detail', postId] }),
  });
}

/** The event as a calendar file in the reader's language (a plain link: the browser downloads it). */
export function eventCalendarUrl(postId: string, language: Locale): string {
  return `/api/posts/${encodeURIComponent(postId)}/event.ics?lang=${language}`;
}

/** Who registered, for the organizing organization and the secretariat (a plain link). */
export function eventRegistrationsCsvUrl(postId: string, lang: Locale): string {
  return `/api/posts/${encodeURIComponent(postId)}/registrations.csv?lang=${lang}`;
}
