import { FINANCING_INSTRUMENTS, FINANCING_REQUEST_STATUSES } from '@alliance/contracts';
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../../../components/ListSearch';
import type { FinancingFilter } from '../../api';

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
      <ListSearch value={filter.q} placeholder={t('financing.requests.list.search')} onSearch={(q) => onChange({ q })} />
      <Select
        allowClear
        aria-label={t('financing.fields.status')}
        placeholder={t('financing.fields.status')}
        value={filter.status}
        onChange={(status?: string) => onChange({ status })}
        options={FINANCING_REQUEST_STATUSES.map((status) => ({ value: status, label: t(`financing.requestStatus.${status}`) }))}
        style={{ width: 200 }}
        data-testid="requests-filter-status"
      />
      <Select
        allowClear
        aria-label={t('financing.fields.instrument')}
        placeholder={t('financing.fields.instrument')}
        value={filter.instrument}
        onChange={(instrument?: string) => onChange({ instrument })}
        options={FINANCING_INSTRUMENTS.map((instrument) => ({ value: instrument, label: t(`financing.instrument.${instrument}`) }))}
        style={{ width: 220 }}
        data-testid="requests-filter-instrument"
      />
    </Flex>
  );
}
