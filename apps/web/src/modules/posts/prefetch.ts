import type { QueryClient } from '@tanstack/react-query';
import { postFeedQuery, postQuery } from './api';
import { postFilterOfSearch } from './usePostListParams';

// Route loaders: a page's data is asked for while its code is still arriving, not after it has rendered.

export function prefetchFeed(client: QueryClient, url: string): null {
  void client.prefetchInfiniteQuery(postFeedQuery(postFilterOfSearch(new URL(url).searchParams)));
  return null;
}

export function prefetchPost(client: QueryClient, id: string | undefined): null {
  if (id) void client.prefetchQuery(postQuery(id));
  return null;
}
