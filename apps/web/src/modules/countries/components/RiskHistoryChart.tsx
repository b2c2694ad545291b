import { RISK_GRADES, type RiskGrade } from '@alliance/contracts';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/names';
import { gradeColor } from '../grades';
import type { ChartPoint } from '../riskHistory';
import '../countries.css';

// The only module that loads ECharts, and only the parts a step line needs: it comes with the profile page's chart.
echarts.use([LineChart, GridComponent, TooltipComponent, MarkAreaComponent, SVGRenderer]);

const LINE = '#0b3d6e';

interface Props {
  points: readonly ChartPoint[];
  /** Describes the chart to screen readers, who read its numbers in the table beneath. */
  label: string;
}

/** The grade over time as a step line on bands of the grades' colours. */
export function RiskHistoryChart({ points, label }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = element.current;
    if (!node) return undefined;
    const chart = echarts.init(node, undefined, { renderer: 'svg' });
    const gradeName = (grade: number) => t('countries.grade.badge', { grade, name: t(`countries.grade.${grade}`) });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'time',
        axisLabel: {
          color: '#3f4a59',
          hideOverlap: true,
          formatter: (value: number) => formatDate(new Date(value).toISOString(), language),
        },
        axisLine: { lineStyle: { color: '#a3acb9' } },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        min: 1,
        max: 5,
        interval: 1,
        axisLabel: { color: '#3f4a59', formatter: (value: number) => gradeName(value) },
        splitLine: { lineStyle: { color: '#e6e9ee' } },
      },
      tooltip: {
        trigger: 'item',
        formatter: (params: { data: { point: ChartPoint } }) => {
          const { point } = params.data;
          const when = point.carried ? t('countries.history.today') : formatDate(point.date, language);
          return `${when}<br/><strong>${gradeName(point.grade)}</strong><br/>${t('countries.outlook.label', {
            outlook: t(`countries.outlook.${point.outlook}`),
          })}`;
        },
      },
      series: [
        {
          type: 'line',
          step: 'end',
          symbol: 'circle',
          lineStyle: { color: LINE, width: 2.5 },
          data: points.map((point) => ({
            value: [point.date, point.grade],
            point,
            // The point carried on to today only ends the last step: no symbol of its own.
            symbol: point.carried ? 'none' : 'circle',
            symbolSize: 12,
            itemStyle: { color: gradeColor(point.grade).fill, borderColor: LINE, borderWidth: 2 },
          })),
          markArea: {
            silent: true,
            data: RISK_GRADES.map((grade: RiskGrade) => [
              { yAxis: Math.max(1, grade - 0.5), itemStyle: { color: gradeColor(grade).fill, opacity: 0.22 } },
              { yAxis: Math.min(5, grade + 0.5) },
            ]),
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
  }, [points, language, t]);

  return <div ref={element} className="risk-chart" role="img" aria-label={label} data-testid="risk-chart" />;
}
