import * as echarts from 'echarts';

/**
 * The report's charts, drawn on the server by ECharts' server-side SVG rendering (no browser, no
 * canvas): each chart is an SVG string that `svg-to-pdfkit` places into the PDF as vectors. Bars
 * carry ECharts' decal patterns and their numbers, so colour is never the only cue on paper.
 */

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface BarChartSpec {
  categories: string[];
  series: ChartSeries[];
  /** Stack the series (parts of one whole) rather than set them side by side. */
  stacked?: boolean;
  /** Bars along the horizontal axis, categories down the side (long names: countries). */
  horizontal?: boolean;
  width: number;
  height: number;
}

/** The font family the SVG names; the PDF maps it to the embedded Noto Sans Hans. */
export const CHART_FONT = 'ReportSans';

const PALETTE = ['#1f5fa8', '#e08a1e', '#3a9b5b', '#b8424b', '#7b5ea7', '#5b8fa8', '#a88f3a'];

/** The chart as an SVG document. */
export function barChartSvg(spec: BarChartSpec): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    const many = spec.categories.length > 8;
    const categoryAxis = {
      type: 'category' as const,
      data: spec.categories,
      axisLabel: {
        fontSize: 9,
        color: '#333333',
        interval: 0,
        rotate: !spec.horizontal && many ? 45 : 0,
        width: spec.horizontal ? 110 : undefined,
        overflow: 'truncate' as const,
      },
      axisTick: { alignWithLabel: true },
    };
    const valueAxis = {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { fontSize: 9, color: '#555555' },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    };
    const legend = spec.series.length > 1;
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: CHART_FONT },
      aria: { enabled: true, decal: { show: true } },
      legend: legend ? { bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 9 } } : undefined,
      grid: {
        left: spec.horizontal ? 120 : 36,
        right: 24,
        top: 16,
        bottom: (legend ? 28 : 8) + (!spec.horizontal && many ? 40 : 18),
      },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: spec.series.map((s) => ({
        name: s.name,
        type: 'bar',
        stack: spec.stacked ? 'total' : undefined,
        data: s.values,
        barMaxWidth: 28,
        label: {
          // Numbers on the bars (not zeros; inside a stack's parts only when there is room).
          show: !spec.stacked || spec.categories.length <= 6,
          position: spec.stacked ? 'inside' : spec.horizontal ? 'right' : 'top',
          fontSize: 8,
          color: spec.stacked ? '#ffffff' : '#222222',
          formatter: (p: { value: unknown }) => (Number(p.value) === 0 ? '' : String(p.value)),
        },
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
