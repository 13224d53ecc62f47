import { toWan } from './api';

export interface Amounted {
  code?: string;
  name: string;
  amount: string;
}

const PALETTE = ['#9b1c1c', '#d97706', '#2563eb', '#059669', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#78716c'];

/** Pie of amounts (in 万元) with the names as legend. */
export function pieOption(title: string, items: Amounted[]): Record<string, unknown> {
  return {
    color: PALETTE,
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}：{c} 万元（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['38%', '62%'], center: ['50%', '50%'], data: items.map((i) => ({ name: i.name, value: Number(toWan(i.amount)) })), label: { formatter: '{d}%' } }],
  };
}

/** Bars (万元) of named series over categories. */
export function barOption(title: string, categories: string[], series: { name: string; values: string[] }[], horizontal = false): Record<string, unknown> {
  const cat = { type: 'category', data: categories, axisLabel: { interval: 0, width: 120, overflow: 'truncate' } };
  const val = { type: 'value', name: '万元' };
  return {
    color: PALETTE,
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v} 万元` },
    legend: { bottom: 0 },
    grid: { left: horizontal ? 150 : 70, right: 30, top: 60, bottom: 60 },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? cat : val,
    series: series.map((s) => ({ type: 'bar', name: s.name, stack: 'total', data: s.values.map((v) => Number(toWan(v))) })),
  };
}
