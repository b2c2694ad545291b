import {
  type FinancingRequestSummaryDto,
  type Paginated,
  htmlLang,
  otherTitle,
  pickLocalized,
  readerLanguage,
} from '@alliance/contracts';
import { Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate, pickName } from '../../../../lib/names';
import { tablePagination } from '../../../../lib/pagination';
import { formatMoney } from '../../format';
import { RequestStatusTag } from '../StatusTags';
import { ReviewProgress } from './ReviewProgress';

interface Props {
  data: Paginated<FinancingRequestSummaryDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  empty: TableProps['locale'];
}

/** The requester's requests: what, how much, where each stands, and what came back. */
export function RequestsTable({ data, loading, onPage, empty }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const stop = (event: React.MouseEvent) => event.stopPropagation();

  const columns: TableColumnsType<FinancingRequestSummaryDto> = [
    {
      key: 'title',
      title: t('financing.requests.list.columns.title'),
      render: (_, request) => {
        const title = pickLocalized(request.titleEn, request.titleZh, reader);
        const other = otherTitle(request, reader);
        return (
          <div>
            <Link
              to={`/financing/requests/${request.id}`}
              onClick={stop}
              lang={title ? htmlLang(title.language) : undefined}
            >
              {title?.text ?? t('financing.requests.untitled')}
            </Link>
            {other ? (
              <Typography.Text
                type="secondary"
                lang={htmlLang(other.language)}
                style={{ display: 'block', fontSize: 12 }}
              >
                {other.text}
              </Typography.Text>
            ) : null}
            {request.park ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {pickName(request.park, language)}
              </Typography.Text>
            ) : null}
          </div>
        );
      },
    },
    {
      key: 'instrument',
      title: t('financing.fields.instrument'),
      width: 170,
      render: (_, request) => (request.instrument ? t(`financing.instrument.${request.instrument}`) : '—'),
    },
    {
      key: 'amount',
      title: t('financing.fields.amount'),
      width: 190,
      align: 'right',
      render: (_, request) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(request.amount, request.currency)}</span>
      ),
    },
    {
      key: 'status',
      title: t('financing.fields.status'),
      width: 140,
      render: (_, request) => <RequestStatusTag status={request.status} />,
    },
    {
      key: 'answers',
      title: t('financing.requests.list.columns.answers'),
      width: 170,
      render: (_, request) => <ReviewProgress request={request} />,
    },
    {
      key: 'updated',
      title: t('financing.requests.list.columns.updated'),
      width: 130,
      render: (_, request) => formatDate(request.updatedAt, language),
    },
  ];

  return (
    <Table<FinancingRequestSummaryDto>
      data-testid="requests-table"
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1040 }}
      tableLayout="fixed"
      onRow={(request) => ({
        onClick: () => void navigate(`/financing/requests/${request.id}`),
        style: { cursor: 'pointer' },
      })}
      pagination={tablePagination(data, onPage, t)}
      locale={empty}
    />
  );
}
