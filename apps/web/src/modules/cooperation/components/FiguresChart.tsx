import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/names';

// Loaded with the deals page only (React.lazy), and only the parts a bar chart needs.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

const BAR = '#0b3d6e';

export interface ChartBar {
  key: string;
  label: string;
  deals: number;
}

interface Props {
  bars: readonly ChartBar[];
  /** Describes the chart to screen readers, who read its numbers in the table beneath. */
  label: string;
  testId: string;
}

/**
 * Deals per stage, country or sector as horizontal bars, each with its count written at its end and
 * a hatched pattern (decal), so neither colour nor length is the only cue.
 */
export function FiguresChart({ bars, label, testId }: Props) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return undefined;
    const chart = echarts.init(node, undefined, { renderer: 'svg' });
    // Bottom to top in the chart is top to bottom in the table: reverse so both read alike.
    const rows = [...bars].reverse();
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: '#3f4a59' },
        splitLine: { lineStyle: { color: '#e6e9ee' } },
      },
      yAxis: {
        type: 'category',
        data: rows.map((row) => row.label),
        axisLabel: { color: '#3f4a59', width: 140, overflow: 'truncate' },
        axisLine: { lineStyle: { color: '#a3acb9' } },
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: [
        {
          type: 'bar',
          data: rows.map((row) => row.deals),
          barMaxWidth: 22,
          itemStyle: {
            color: BAR,
            decal: {
              symbol: 'rect',
              dashArrayX: [1, 0],
              dashArrayY: [2, 4],
              rotation: -Math.PI / 4,
              color: 'rgba(255,255,255,0.35)',
            },
          },
          label: {
            show: true,
            position: 'right',
            color: '#1f2937',
            formatter: (params: { value: number }) => formatNumber(params.value, language),
          },
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(node);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [bars, language]);

  const height = Math.max(120, bars.length * 34 + 24);
  return (
    <div ref={element} className="coop-chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />
  );
}
