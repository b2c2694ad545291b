import { useListParams } from '../../../../lib/useListParams';
import { QUEUE_FILTER_KEYS, queueFilterFromParams } from './queueFilters';

/** The queue's filters and page, kept in the address so a filtered queue can be shared and reloaded. */
export function useQueueListParams() {
  const { filters, page, limit, setFilters, setPage } = useListParams(QUEUE_FILTER_KEYS);
  return { filter: queueFilterFromParams(filters), page, limit, setFilters, setPage };
}
