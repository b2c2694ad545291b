import type { FinancingRequestDto } from '@alliance/contracts';
import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../../lib/names';
import { formatMoney, formatRate } from '../../format';
import { OfferStatusTag } from '../StatusTags';
import { AcceptOfferButton } from './AcceptOfferButton';
import { lowestRateOfferIds, offerColumns, versusRequest, type OfferColumn, type Versus } from './offerComparison';
import './request.css';

interface Row {
  key: string;
  label: string;
  cell: (column: OfferColumn) => ReactNode;
}

const LABEL_WIDTH = 170;
const MIN_OFFER_WIDTH = 240;

/** Requests that may still receive offers: an empty comparison says offers will come. */
const WAITING: readonly FinancingRequestDto['status'][] = ['submitted', 'under_review', 'offer_received'];

/**
 * The released and decided offers side by side, one column per institution, so the requester
 * compares like with like; the accepted one is highlighted.
 */
export function OfferComparison({ request }: { request: FinancingRequestDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const columns = offerColumns(request);
  const lowest = lowestRateOfferIds(columns);
  const anyAcceptable = columns.some((column) => column.acceptable);

  if (columns.length === 0) {
    if (!WAITING.includes(request.status)) return null;
    return (
      <Card title={t('financing.requests.offers.title')} style={{ marginTop: 24 }} data-testid="offer-comparison">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('financing.requests.offers.none')} />
      </Card>
    );
  }

  const hint = (what: 'amount' | 'tenor', value: Versus | null) =>
    value && value !== 'equal' ? (
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t(`financing.requests.offers.versus.${what}.${value}`)}
      </Typography.Text>
    ) : null;

  const rows: Row[] = [
    {
      key: 'amount',
      label: t('financing.fields.amount'),
      cell: ({ offer }) => (
        <>
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {formatMoney(offer.amount, offer.currency)}
          </Typography.Text>
          {hint('amount', versusRequest(offer, request).amount)}
        </>
      ),
    },
    {
      key: 'rate',
      label: t('financing.fields.ratePercent'),
      cell: ({ offer }) => (
        <>
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>{formatRate(offer.ratePercent)}</Typography.Text>
            {lowest.has(offer.id) ? (
              <Tag color="green" variant="outlined">
                {t('financing.requests.offers.lowestRate')}
              </Tag>
            ) : null}
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {t(`financing.rateKind.${offer.rateKind}`)}
          </Typography.Text>
        </>
      ),
    },
    { key: 'fees', label: t('financing.fields.fees'), cell: ({ offer }) => offer.fees ?? '—' },
    {
      key: 'tenor',
      label: t('financing.requests.detail.tenor'),
      cell: ({ offer }) => (
        <>
          {t('financing.tenor', { count: offer.tenorMonths })}
          {hint('tenor', versusRequest(offer, request).tenor)}
        </>
      ),
    },
    {
      key: 'conditions',
      label: t('financing.fields.conditions'),
      cell: ({ offer }) => <div className="offer-conditions">{offer.conditions ?? '—'}</div>,
    },
    {
      key: 'validUntil',
      label: t('financing.fields.validUntil'),
      cell: ({ offer }) => (
        <Flex gap={6} align="center" wrap>
          <span>{formatDate(offer.validUntil, language)}</span>
          {offer.expired && offer.status === 'released' ? (
            <Tag color="red" data-testid={`offer-expired-${offer.id}`}>
              {t('financing.requests.offers.expired')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'status',
      label: t('financing.fields.status'),
      cell: ({ offer }) => <OfferStatusTag status={offer.status} />,
    },
    {
      key: 'released',
      label: t('financing.requests.offers.released'),
      cell: ({ offer }) => (
        <>
          {formatDate(offer.releasedAt, language)}
          {offer.releasedByName ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {offer.releasedByName}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
  ];
  if (anyAcceptable) {
    rows.push({
      key: 'accept',
      label: '',
      cell: (column) => (column.acceptable ? <AcceptOfferButton request={request} column={column} /> : null),
    });
  }

  const cellClass = ({ offer }: OfferColumn) =>
    offer.status === 'accepted'
      ? 'offer-accepted'
      : offer.status === 'not_accepted' || offer.expired
        ? 'offer-lapsed'
        : '';

  const tableColumns: TableColumnsType<Row> = [
    {
      key: 'label',
      title: '',
      width: LABEL_WIDTH,
      fixed: 'left',
      className: 'offer-row-label',
      render: (_, row) => row.label,
    },
    ...columns.map((column) => ({
      key: column.offer.id,
      // No width: the offers share what the labels leave, and scroll past MIN_OFFER_WIDTH each.
      className: cellClass(column),
      title: (
        <Flex gap={6} align="flex-start" data-testid={`offer-column-${column.review.institution.id}`}>
          {column.offer.status === 'accepted' ? <CheckCircleFilled style={{ color: '#389e0d', marginTop: 4 }} /> : null}
          <span>{pickName(column.review.institution, language)}</span>
        </Flex>
      ),
      render: (_: unknown, row: Row) => row.cell(column),
    })),
  ];

  return (
    <Card
      title={t('financing.requests.offers.title')}
      extra={
        <Typography.Text type="secondary">
          {t('financing.requests.offers.count', { count: columns.length })}
        </Typography.Text>
      }
      style={{ marginTop: 24 }}
      styles={{ body: { padding: 0 } }}
      data-testid="offer-comparison"
    >
      <Table<Row>
        className="offer-comparison"
        rowKey="key"
        columns={tableColumns}
        dataSource={rows}
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: LABEL_WIDTH + MIN_OFFER_WIDTH * columns.length }}
        size="middle"
      />
    </Card>
  );
}
