import { CURRENCY_CODES, FINANCING_INSTRUMENTS } from '@alliance/contracts';
import { countryFilter, oneOf } from '../../../../lib/listFilters';
import type { FinancingFilter } from '../../api';
import { PIPELINE_STATUSES } from './pipelineRows';

/** The pipeline list's filters as they are named in the address (and sent to the list and the CSV). */
export const PIPELINE_FILTER_KEYS = ['q', 'status', 'instrument', 'country', 'currency'] as const;
export type PipelineFilterKey = (typeof PIPELINE_FILTER_KEYS)[number];
export type PipelineParams = Partial<Record<PipelineFilterKey, string | undefined>>;

/** The address's values as the API takes them; a value it would refuse (an edited or outdated link) is dropped. */
export function pipelineFilterFromParams(params: PipelineParams): FinancingFilter {
  return {
    q: params.q?.trim() || undefined,
    status: oneOf(PIPELINE_STATUSES, params.status),
    instrument: oneOf(FINANCING_INSTRUMENTS, params.instrument),
    country: countryFilter(params.country),
    currency: oneOf(CURRENCY_CODES, params.currency?.toUpperCase()),
  };
}
