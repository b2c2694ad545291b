import { useListParams } from '../../../../lib/useListParams';
import { PIPELINE_FILTER_KEYS, pipelineFilterFromParams } from './pipelineFilters';

/** The pipeline list's filters and page, kept in the address; the CSV export follows the same filters. */
export function usePipelineListParams() {
  const { filters, page, limit, setFilters, setPage } = useListParams(PIPELINE_FILTER_KEYS);
  return { filter: pipelineFilterFromParams(filters), page, limit, setFilters, setPage };
}
