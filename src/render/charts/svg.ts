import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../derive/types.js';

echarts.use([PieChart, BarChart, TitleComponent, GridComponent, SVGRenderer]);

/**
 * Song-style family for SVG text. Single quotes only: ECharts writes it into a double-quoted style attribute.
 * "Noto Serif SC" is also the family name the PDF renderer registers, so the PDF embeds the same font.
 */
export const CHART_FONT = `'Noto Serif SC', 'Source Han Serif SC', 'Songti SC', STSong, SimSun, serif`;

/** Muted colours that print well in greyscale too. */
const PALETTE = ['#4e6fae', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f7f7f', '#2c4d75'];

export interface ChartSvgOptions {
  width?: number;
  height?: number;
  /** Draw the title inside the chart (default true). Documents print a caption instead. */
  title?: boolean;
}

/** The amount of an item as a number (printed values may carry thousands separators). */
export function itemValue(raw: string): number {
  const n = Number(raw.replace(/[,，\s]/g, ''));
  return Number.isFinite(n) ? n : 0;
}

/** Share of each item, two decimals, from the printed values (independent of ECharts' rounding). */
function shares(spec: ChartSpec): string[] {
  const vs = spec.items.map((i) => itemValue(i.value));
  const total = vs.reduce((a, b) => a + b, 0);
  return vs.map((v) => (total > 0 ? ((v / total) * 100).toFixed(2) : '0.00'));
}

function pieOption(spec: ChartSpec, titled: boolean): echarts.EChartsCoreOption {
  const pct = shares(spec);
  return {
    series: [
      {
        type: 'pie',
        radius: ['0%', '62%'],
        center: [spec.items.length === 1 ? '40%' : '50%', titled ? '56%' : '50%'],
        // A single slice gets its label on the right rather than under the circle.
        startAngle: spec.items.length === 1 ? 180 : 90,
        silent: true,
        clockwise: true,
        avoidLabelOverlap: true,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: {
          formatter: (p: { dataIndex: number; name: string }) => `${p.name}\n${spec.items[p.dataIndex].value}${spec.unit}（${pct[p.dataIndex]}%）`,
          fontSize: 12,
          lineHeight: 17,
          color: '#000',
          textBorderWidth: 0,
          overflow: 'none',
        },
        labelLine: { length: 12, length2: 14 },
        data: spec.items.map((i) => ({ name: i.name, value: itemValue(i.value) })),
      },
    ],
  };
}

/** Horizontal bars: long CJK category names read better on the vertical axis. */
function barOption(spec: ChartSpec, titled: boolean): echarts.EChartsCoreOption {
  const names = spec.items.map((i) => i.name);
  const longest = names.reduce((m, n) => Math.max(m, n.length), 4);
  return {
    grid: { left: Math.min(220, longest * 12 + 16), right: 96, top: titled ? 48 : 28, bottom: 28 },
    xAxis: { type: 'value', name: spec.unit, nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 11, color: '#333' }, splitLine: { lineStyle: { color: '#ddd' } } },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { fontSize: 12, color: '#000' }, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        silent: true,
        clip: false,
        barMaxWidth: 26,
        itemStyle: { color: PALETTE[0] },
        label: { show: true, position: 'right', fontSize: 12, color: '#000', formatter: (p: { dataIndex: number }) => spec.items[p.dataIndex].value },
        data: spec.items.map((i) => itemValue(i.value)),
      },
    ],
  };
}

/** Default size: bars grow with the number of items. */
function sizeOf(spec: ChartSpec, opts: ChartSvgOptions): { width: number; height: number } {
  const width = opts.width ?? 560;
  const height = opts.height ?? (spec.kind === 'bar' ? Math.max(180, 80 + 34 * spec.items.length) : Math.round(width * 0.46));
  return { width, height };
}

/** Element ids and class names from ZRender carry a global instance counter: make them depend on the spec. */
function stabilise(svg: string, id: string): string {
  const prefix = `gk-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/\bzr\d+-/g, `${prefix}-`);
}

/**
 * A chart as a self-contained SVG string, rendered server-side by ECharts (no DOM, no animation): the same
 * spec always gives the same bytes.
 */
export function chartSvg(spec: ChartSpec, opts: ChartSvgOptions = {}): string {
  const { width, height } = sizeOf(spec, opts);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const titled = opts.title !== false;
    const base = spec.kind === 'pie' ? pieOption(spec, titled) : barOption(spec, titled);
    chart.setOption({
      animation: false,
      color: PALETTE,
      backgroundColor: '#fff',
      textStyle: { fontFamily: CHART_FONT, color: '#000' },
      title: !titled ? undefined : { text: spec.title, left: 'center', top: 6, textStyle: { fontSize: 15, fontWeight: 'bold', fontFamily: CHART_FONT } },
      ...base,
    });
    return stabilise(chart.renderToSVGString(), spec.id);
  } finally {
    chart.dispose();
  }
}
