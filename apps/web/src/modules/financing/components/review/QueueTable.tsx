import type { FinancingQueueItemDto, Paginated } from '@alliance/contracts';
import { Flex, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countryName, formatDate } from '../../../../lib/names';
import { tablePagination } from '../../../../lib/pagination';
import { CountryRisk } from '../../../countries/components/RiskGrade';
import { CountryAlertsBadge } from '../../../risk-alerts/components/CountryAlertsBadge';
import { formatMoney } from '../../format';
import { RequestTitleCell } from '../RequestTitleCell';
import { ReviewStatusTag } from '../StatusTags';
import { DeclarationTag } from './DeclarationTag';
import { isWaiting, WaitingTag } from './WaitingTag';

interface Props {
  data: Paginated<FinancingQueueItemDto> | undefined;
  loading: boolean;
  onPage: (page: number, limit: number) => void;
  empty: TableProps['locale'];
}

const reviewUrl = (item: FinancingQueueItemDto) => `/financing/reviews/${item.review.id}`;

/** The institution's queue, oldest first as the API sends it: what is asked, by whom, and how long it has waited. */
export function QueueTable({ data, loading, onPage, empty }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.resolvedLanguage;

  const columns: TableColumnsType<FinancingQueueItemDto> = [
    {
      key: 'title',
      title: t('financing.reviews.queue.columns.request'),
      render: (_, item) => <RequestTitleCell request={item.request} to={reviewUrl(item)} />,
    },
    {
      key: 'instrument',
      title: t('financing.fields.instrument'),
      width: 140,
      render: (_, item) => (item.request.instrument ? t(`financing.instrument.${item.request.instrument}`) : '—'),
    },
    {
      key: 'amount',
      title: t('financing.fields.amount'),
      width: 165,
      align: 'right',
      render: (_, item) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(item.request.amount, item.request.currency)}</span>
      ),
    },
    {
      key: 'country',
      title: t('financing.fields.country'),
      width: 190,
      render: (_, item) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{countryName(item.request.country, language)}</span>
          {item.request.country ? <CountryRisk risk={item.request.countryRisk} /> : null}
          <CountryAlertsBadge country={item.request.country} alerts={item.request.countryAlerts} />
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('financing.reviews.queue.columns.review'),
      width: 180,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <ReviewStatusTag status={item.review.status} />
          <DeclarationTag declaration={item.myDeclaration} review={item.review} />
        </Flex>
      ),
    },
    {
      key: 'waiting',
      title: t('financing.reviews.queue.columns.waiting'),
      width: 170,
      render: (_, item) => (
        <div>
          {isWaiting(item.review) ? (
            <WaitingTag review={item.review} />
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t('financing.reviews.queue.sharedOn', { date: formatDate(item.review.createdAt, language) })}
          </Typography.Text>
        </div>
      ),
    },
  ];

  return (
    <Table<FinancingQueueItemDto>
      data-testid="review-queue"
      rowKey={(item) => item.review.id}
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1020 }}
      tableLayout="fixed"
      onRow={(item) => ({
        onClick: () => void navigate(reviewUrl(item)),
        style: { cursor: 'pointer' },
        'data-testid': `queue-row-${item.review.id}`,
      })}
      pagination={tablePagination(data, onPage, t)}
      locale={empty}
    />
  );
}
