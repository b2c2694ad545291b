import type { FinancingRequestSummaryDto, Paginated } from '@alliance/contracts';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countryName, formatDate } from '../../../../lib/names';
import { tablePagination } from '../../../../lib/pagination';
import { formatMoney } from '../../format';
import { RequestTitleCell } from '../RequestTitleCell';
import { RequestStatusTag } from '../StatusTags';

interface Props {
  data: Paginated<FinancingRequestSummaryDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  empty: TableProps['locale'];
}

const requestUrl = (request: FinancingRequestSummaryDto) => `/financing/requests/${request.id}`;

/** Every submitted request, for the secretariat: who asks what, how much, where, and where it stands. */
export function PipelineTable({ data, loading, onPage, empty }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<FinancingRequestSummaryDto> = [
    {
      key: 'title',
      title: t('financing.pipeline.list.columns.request'),
      render: (_, request) => <RequestTitleCell request={request} to={requestUrl(request)} />,
    },
    {
      key: 'instrument',
      title: t('financing.fields.instrument'),
      width: 150,
      render: (_, request) => (request.instrument ? t(`financing.instrument.${request.instrument}`) : '—'),
    },
    {
      key: 'amount',
      title: t('financing.fields.amount'),
      width: 180,
      align: 'right',
      render: (_, request) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(request.amount, request.currency)}</span>
      ),
    },
    {
      key: 'country',
      title: t('financing.fields.country'),
      width: 140,
      render: (_, request) => countryName(request.country, language),
    },
    {
      key: 'status',
      title: t('financing.fields.status'),
      width: 130,
      render: (_, request) => <RequestStatusTag status={request.status} />,
    },
    {
      key: 'submitted',
      title: t('financing.fields.submittedAt'),
      width: 145,
      render: (_, request) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(request.submittedAt, language)}</span>,
    },
  ];

  return (
    <Table<FinancingRequestSummaryDto>
      data-testid="pipeline-table"
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1000 }}
      tableLayout="fixed"
      onRow={(request) => ({ onClick: () => void navigate(requestUrl(request)), style: { cursor: 'pointer' } })}
      pagination={tablePagination(data, onPage, t)}
      locale={empty}
    />
  );
}
