export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/** The one paginated list shape. */
export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
