import { DownloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { ChartCategory, ChartSeries } from './chartData';
import { EChart } from './EChart';
import './chart.css';

export type { ChartCategory, ChartSeries } from './chartData';

/** A line of the table beneath: the category and its value in each series. */
export interface ChartRow {
  key: string;
  label: string;
  index: number;
  values: number[];
}

interface Props {
  /** What the chart shows: names the group of chart and table for screen readers. */
  label: string;
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  type?: 'bar' | 'line';
  horizontal?: boolean;
  stacked?: boolean;
  /** The header of the table's first column. */
  categoryTitle: string;
  /** A value as the reader reads it (numbers in the reader's locale, units). */
  format: (value: number) => string;
  /** Renders the category cell (e.g. a filter button); its label otherwise. */
  renderCategory?: (row: ChartRow) => ReactNode;
  /** Columns after the series' (e.g. amounts in every currency). */
  extraColumns?: TableColumnsType<ChartRow>;
  /** Clicking a bar chooses its category (the table's cells offer the same to the keyboard). */
  onSelect?: (key: string) => void;
  csv?: { href: string; label: string };
  emptyText: string;
  testId: string;
  height?: number;
  /** Table rows per page (the chart always shows all). */
  pageSize?: number;
}

/**
 * A chart and its numbers: the drawing (ECharts, patterns and labels so colour is never the only cue),
 * the same figures in a table beneath it (what screen readers and keyboards use), and its CSV file.
 */
export function Chart({
  label,
  categories,
  series,
  type = 'bar',
  horizontal = false,
  stacked = false,
  categoryTitle,
  format,
  renderCategory,
  extraColumns = [],
  onSelect,
  csv,
  emptyText,
  testId,
  height,
  pageSize = 12,
}: Props) {
  const rows = useMemo<ChartRow[]>(
    () =>
      categories.map((c, index) => ({
        key: c.key,
        label: c.label,
        index,
        values: series.map((s) => s.values[index] ?? 0),
      })),
    [categories, series],
  );
  const columns: TableColumnsType<ChartRow> = [
    {
      key: 'category',
      title: categoryTitle,
      render: (_, row) => (renderCategory ? renderCategory(row) : row.label),
    },
    ...series.map((s, i) => ({
      key: `series-${s.key}`,
      title: s.name,
      align: 'right' as const,
      render: (_: unknown, row: ChartRow) => format(row.values[i]),
    })),
    ...extraColumns,
  ];
  const empty = categories.length === 0 || series.length === 0;
  const drawnHeight =
    height ?? (horizontal ? Math.max(140, categories.length * 32 + (series.length > 1 ? 56 : 24)) : 300);

  return (
    <div role="group" aria-label={label} data-testid={testId} className="chart">
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
      ) : (
        <>
          <EChart
            categories={categories}
            series={series}
            type={type}
            horizontal={horizontal}
            stacked={stacked}
            format={format}
            onSelect={onSelect}
            height={drawnHeight}
          />
          <Table<ChartRow>
            size="small"
            className="chart-table"
            rowKey="key"
            columns={columns}
            dataSource={rows}
            pagination={rows.length > pageSize ? { pageSize, size: 'small', showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            data-testid={`${testId}-table`}
          />
        </>
      )}
      {csv ? (
        <Flex justify="end" className="chart-csv">
          <Button type="link" href={csv.href} download icon={<DownloadOutlined />} data-testid={`${testId}-csv`}>
            {csv.label}
          </Button>
        </Flex>
      ) : null}
    </div>
  );
}
