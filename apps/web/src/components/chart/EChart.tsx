import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { withoutCommonWords, type ChartCategory, type ChartSeries } from './chartData';

// Only the parts these charts need, with the pages that draw them (lazy routes): never on the landing route.
echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Dark enough against white for text and thin lines (WCAG 3:1 for graphics), told apart by decals too. */
export const CHART_COLOURS = ['#0b3d6e', '#b4530c', '#2f7a3b', '#7a2f8f', '#9c1c2e', '#3d5a73', '#806000', '#1e6f78'];
const TEXT = '#3f4a59';

export interface EChartProps {
  categories: readonly ChartCategory[];
  series: readonly ChartSeries[];
  type: 'bar' | 'line';
  horizontal: boolean;
  stacked: boolean;
  format: (value: number) => string;
  onSelect?: (key: string) => void;
  height: number;
}

/**
 * The drawing: ECharts with the SVG renderer, each series with its own colour and pattern (ECharts'
 * aria decals) and a legend naming it, single series labelled with their values. It is hidden from
 * screen readers, who read the same numbers in the table beneath.
 */
export function EChart({ categories, series, type, horizontal, stacked, format, onSelect, height }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return undefined;
    const chart = echarts.init(node, undefined, { renderer: 'svg' });
    // Horizontal bars read top to bottom like the table: ECharts draws categories bottom up.
    const ordered = horizontal ? [...categories].reverse() : categories;
    const valuesOf = (s: ChartSeries) => (horizontal ? [...s.values].reverse() : s.values);
    const categoryAxis = {
      type: 'category' as const,
      data: horizontal ? withoutCommonWords(ordered.map((c) => c.label)) : ordered.map((c) => c.label),
      axisLabel: horizontal
        ? { color: TEXT, width: 150, overflow: 'truncate' as const }
        : { color: TEXT, hideOverlap: true },
      axisLine: { lineStyle: { color: '#a3acb9' } },
    };
    const valueAxis = {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { color: TEXT, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: '#e6e9ee' } },
    };
    const single = series.length === 1;
    chart.setOption({
      animation: false,
      color: CHART_COLOURS,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      legend: single ? { show: false } : { top: 0, type: 'scroll', textStyle: { color: TEXT } },
      grid: { left: 8, right: horizontal ? 56 : 16, top: single ? 12 : 40, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: type === 'bar' ? 'shadow' : 'line' },
        valueFormatter: (v: number) => format(v),
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({
        type,
        name: s.name,
        data: valuesOf(s),
        stack: stacked ? 'total' : undefined,
        barMaxWidth: 24,
        symbolSize: 7,
        symbol: 'circle',
        label:
          single && type === 'bar'
            ? {
                show: true,
                position: horizontal ? 'right' : 'top',
                color: '#1f2937',
                formatter: (p: { value: number }) => format(p.value),
              }
            : undefined,
      })),
    });
    if (onSelect) chart.on('click', (params) => onSelect(ordered[params.dataIndex]?.key ?? ''));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [categories, series, type, horizontal, stacked, format, onSelect]);

  return <div ref={element} className="chart-drawing" style={{ height }} aria-hidden="true" />;
}
