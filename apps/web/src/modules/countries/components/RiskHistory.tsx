import { htmlLang, pickLocalized, readerLanguage, type CountryRatingDto } from '@alliance/contracts';
import { Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDate } from '../../../lib/names';
import { chartPoints, historyRows, localToday, type HistoryRow } from '../riskHistory';
import { OutlookTag, RiskGradeBadge } from './RiskGrade';
import { useFocusableScroll } from './useFocusableScroll';

// ECharts comes with this chart only: no other page loads it.
const RiskHistoryChart = lazy(() => import('./RiskHistoryChart').then((m) => ({ default: m.RiskHistoryChart })));

function Change({ change }: { change: number | null }) {
  const { t } = useTranslation();
  if (change === null) return <Typography.Text type="secondary">{t('countries.history.change.first')}</Typography.Text>;
  if (change === 0) return <Typography.Text type="secondary">{t('countries.history.change.same')}</Typography.Text>;
  return change > 0 ? (
    <Typography.Text>{`▲ ${t('countries.history.change.up', { count: change })}`}</Typography.Text>
  ) : (
    <Typography.Text>{`▼ ${t('countries.history.change.down', { count: -change })}`}</Typography.Text>
  );
}

/** The published grades over time: a chart, and the same numbers in a table beneath it (newest first). */
export function RiskHistory({ country, history }: { country: string; history: readonly CountryRatingDto[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const rows = useMemo(() => historyRows(history), [history]);
  const points = useMemo(() => chartPoints(rows, localToday()), [rows]);
  const tableRef = useRef<HTMLDivElement>(null);
  useFocusableScroll(tableRef, t('countries.history.tableTitle'));

  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.history.empty')} />;

  const columns: TableColumnsType<HistoryRow> = [
    {
      key: 'effectiveOn',
      title: t('countries.fields.effectiveOn'),
      width: 130,
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(row.effectiveOn, language)}</span>,
    },
    {
      key: 'grade',
      title: t('countries.fields.grade'),
      width: 160,
      render: (_, row) => (
        <Flex vertical gap={4} align="flex-start">
          <RiskGradeBadge grade={row.grade} />
          <OutlookTag outlook={row.outlook} />
        </Flex>
      ),
    },
    {
      key: 'change',
      title: t('countries.history.change.title'),
      width: 120,
      render: (_, row) => <Change change={row.change} />,
    },
    {
      key: 'rationale',
      title: t('countries.fields.rationale'),
      render: (_, row) => {
        const text = pickLocalized(row.rationaleEn, row.rationaleZh, reader);
        return text ? <span lang={htmlLang(text.language)}>{text.text}</span> : '—';
      },
    },
  ];
  const first = points[0];
  const last = points.at(-1) ?? first;

  return (
    <div>
      <Suspense
        fallback={
          <div className="risk-chart">
            <Skeleton active title={false} paragraph={{ rows: 7 }} />
          </div>
        }
      >
        <RiskHistoryChart
          points={points}
          label={t('countries.history.chartLabel', {
            country: countryName(country, language),
            from: formatDate(first.date, language),
            to: formatDate(last.date, language),
          })}
        />
      </Suspense>
      <div ref={tableRef} style={{ marginTop: 16 }}>
        <Table<HistoryRow>
          data-testid="risk-history-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={[...rows].reverse()}
          pagination={false}
          scroll={{ x: 560 }}
          tableLayout="fixed"
          title={() => <Typography.Text strong>{t('countries.history.tableTitle')}</Typography.Text>}
        />
      </div>
    </div>
  );
}
