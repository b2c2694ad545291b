import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '@alliance/contracts';
import { useSearchParams } from 'react-router';

/**
 * Filters and page of a list kept in the address, so a filtered page can be shared,
 * reloaded and left with the back button.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const limit = Math.min(MAX_PAGE_LIMIT, Math.max(1, Number(params.get('limit')) || DEFAULT_PAGE_LIMIT));

  /** Changing a filter goes back to the first page. */
  const setFilters = (changes: Partial<Record<K, string | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes) as Array<[K, string | undefined]>) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page');
    setParams(next, { replace: true });
  };

  const setPage = (nextPage: number, nextLimit: number) => {
    const next = new URLSearchParams(params);
    if (nextPage > 1) next.set('page', String(nextPage));
    else next.delete('page');
    if (nextLimit !== DEFAULT_PAGE_LIMIT) next.set('limit', String(nextLimit));
    else next.delete('limit');
    setParams(next);
  };

  return { filters, page, limit, setFilters, setPage };
}
