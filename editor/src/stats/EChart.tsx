import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { StatsTable } from '@sprout/shared/stats';

// Only the chart kinds the page draws enter the chunk; this module is loaded with React.lazy.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const OUTCOME_COLORS: Record<string, string> = {
  green: '#15803d',
  yellow: '#ca8a04',
  red: '#b91c1c',
  blue: '#1d4ed8',
  gray: '#6b7280',
};

/** The ECharts option of a table: a line over time, a pie of outcomes, bars for the rest. */
function optionOf(table: StatsTable, colors?: Array<string | null>): echarts.EChartsCoreOption {
  const labels = table.rows.map((r) => String(r[0]));
  const values = table.rows.map((r) => (typeof r[1] === 'number' ? r[1] : 0));
  if (table.kind === 'pie') {
    return {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '70%'],
          data: labels.map((name, i) => ({
            name,
            value: values[i],
            itemStyle: colors?.[i] ? { color: OUTCOME_COLORS[colors[i]!] } : undefined,
          })),
        },
      ],
    };
  }
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: table.kind === 'line' ? 'line' : 'bar', data: values, itemStyle: { color: '#15803d' } }],
  };
}

/** One chart; `onReady` hands out a way to export it as a PNG data URL. */
export default function EChart({
  table,
  colors,
  label,
  onReady,
}: {
  table: StatsTable;
  colors?: Array<string | null>;
  label: string;
  onReady?(toPng: () => string): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption(optionOf(table, colors));
    onReady?.(() => chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [table, colors, onReady]);
  // The canvas is an image to screen readers; the table view beside it holds the figures.
  return <div ref={ref} className="stats-chart" role="img" aria-label={label} data-testid="echart" />;
}
