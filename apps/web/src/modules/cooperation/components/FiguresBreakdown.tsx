import type { DealFigureDto } from '@alliance/contracts';
import { Card, Empty, Flex, Skeleton, Table } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';
import { formatMoney } from '../../financing/format';

// ECharts comes with this page only: its chunk loads when the first chart is drawn.
const FiguresChart = lazy(() => import('./FiguresChart').then((m) => ({ default: m.FiguresChart })));

interface Props {
  title: string;
  rows: readonly DealFigureDto[];
  /** A row's name in the reader's language. */
  label: (key: string) => string;
  testId: string;
}

/** One breakdown of the deals: the chart, and its numbers (deals, sizes, investments in USD) in a table beneath. */
export function FiguresBreakdown({ title, rows, label, testId }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const bars = useMemo(
    () => rows.map((row) => ({ key: row.key, label: label(row.key), deals: row.deals })),
    [rows, label],
  );

  return (
    <Card title={title} data-testid={testId}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.figures.none')} />
      ) : (
        <Flex vertical gap={12}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
            <FiguresChart
              bars={bars}
              label={t('cooperation.figures.chartLabel', { title })}
              testId={`${testId}-chart`}
            />
          </Suspense>
          <Table<DealFigureDto>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={[...rows]}
            scroll={{ x: 'max-content' }}
            data-testid={`${testId}-table`}
            columns={[
              { key: 'key', title: t('cooperation.figures.columns.key'), render: (_, row) => label(row.key) },
              {
                key: 'deals',
                title: t('cooperation.figures.columns.deals'),
                align: 'right',
                render: (_, row) => formatNumber(row.deals, language),
              },
              {
                key: 'size',
                title: t('cooperation.figures.columns.size'),
                align: 'right',
                render: (_, row) => <span className="coop-nowrap">{formatMoney(row.projectSizeUsd, 'USD')}</span>,
              },
              {
                key: 'invested',
                title: t('cooperation.figures.columns.invested'),
                align: 'right',
                render: (_, row) => <span className="coop-nowrap">{formatMoney(row.investedUsd, 'USD')}</span>,
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
