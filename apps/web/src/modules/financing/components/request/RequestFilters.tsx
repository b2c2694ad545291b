import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../../../components/ListSearch';
import type { FinancingFilter } from '../../api';
import { InstrumentFilter, RequestStatusFilter } from '../FinancingSelects';

export type RequestFilterKey = 'q' | 'status' | 'instrument';

interface Props {
  filter: Pick<FinancingFilter, RequestFilterKey>;
  onChange: (changes: Partial<Record<RequestFilterKey, string | undefined>>) => void;
}

/** Words of the title, status and instrument of the requester's own requests. */
export function RequestFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap>
      <ListSearch
        value={filter.q}
        placeholder={t('financing.requests.list.search')}
        onSearch={(q) => onChange({ q })}
      />
      <RequestStatusFilter
        value={filter.status}
        onChange={(status) => onChange({ status })}
        style={{ width: 200 }}
        data-testid="requests-filter-status"
      />
      <InstrumentFilter
        value={filter.instrument}
        onChange={(instrument) => onChange({ instrument })}
        style={{ width: 220 }}
        data-testid="requests-filter-instrument"
      />
    </Flex>
  );
}
