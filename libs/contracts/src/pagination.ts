export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;
/** The last page a paged list serves (ten million rows at the largest limit); further is a 400, not a query. */
export const MAX_PAGE = 100_000;

/** The one paginated list shape. */
export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
