import { indicatorLines } from '../outline.js';
import type { Content } from 'pdfmake';
import type { FormFunds, Indicator, PerformanceForm } from '../../model/performance.js';
import { formatIn, type Money } from '../../money/index.js';
import { GRID_LAYOUT } from './table.js';

const PROJECT_FIELDS = ['项目概况', '立项依据', '项目设立必要性', '保证项目实施的制度、措施', '项目实施计划'];
const HEAD_FIELDS = ['年度', '项目名称', '部门名称', '主管部门及代码', '实施单位', '项目属性', '项目期', '负责人', '经办人', '联系电话', '填报日期'];
const FUND_LEVELS: [keyof FormFunds, string][] = [
  ['central', '其中：中央财政资金'],
  ['provincial', '省级财政资金'],
  ['local', '市县（区）财政资金'],
  ['self', '单位自筹'],
  ['other', '其他资金'],
];

function money(m: Money | undefined, unit: '元' | '万元'): string {
  if (!m) return '';
  return formatIn(m, unit, m.decimals).replace(/^(-?\d+)/, (i) => i.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** A label cell; centred vertically unless it spans rows (pdfmake misplaces row-spanning aligned cells). */
const label = (text: string, extra: Record<string, unknown> = {}): Content => ({ text, bold: true, alignment: 'center', fillColor: '#f7f7f7', ...(extra.rowSpan ? {} : { verticalAlignment: 'middle' }), ...extra });
const wide = (lbl: string, value: string): Content[] => [label(lbl), { text: value, colSpan: 3, alignment: 'justify' }, '', ''];

/** Indicator rows with 一级/二级 cells merged over their group, groups in order of first appearance. */
function indicatorRows(list: Indicator[]): Content[][] {
  return indicatorLines(list).map((r) => [
    r.span1 ? { text: r.l1, rowSpan: r.span1 } : '',
    r.span2 ? { text: r.l2, rowSpan: r.span2 } : '',
    r.name,
    { text: r.period, alignment: 'center' },
    { text: r.annual, alignment: 'center' },
  ]);
}

/** A 绩效目标表 as printed: fields, funds, goals, the indicator table and the contact line. */
export function formBlock(f: PerformanceForm): Content[] {
  const F = f.fields;
  const u = f.fundsUnit;
  const out: Content[] = [{ text: f.title, style: 'formTitle' }];
  if (F['年度']) out.push({ text: F['年度'], alignment: 'center', margin: [0, 0, 0, 4] });
  if (f.lost) out.push({ text: '（此表内容在提取时丢失，无法显示）', color: '#a00000' });
  const t: Content[][] = [];
  if (F['项目名称']) t.push(wide('项目名称', F['项目名称']));
  if (F['部门名称']) t.push(wide('部门名称', F['部门名称']));
  if (F['主管部门及代码'] || F['实施单位']) t.push([label('主管部门及代码'), F['主管部门及代码'] ?? '', label('实施单位'), F['实施单位'] ?? '']);
  if (F['项目属性'] || F['项目期']) t.push([label('项目属性'), F['项目属性'] ?? '', label('项目期'), F['项目期'] ?? '']);
  if (Object.keys(f.funds).length) {
    const head = label(`${f.kind === 'overall' ? '资金情况' : '项目资金'}（${u}）`, { rowSpan: FUND_LEVELS.length + 1 });
    t.push([head, `实施期资金总额：${money(f.funds.total, u)}`, { text: `年度资金总额：${money(f.funds.annual, u)}`, colSpan: 2 }, '']);
    for (const [k, name] of FUND_LEVELS) t.push(['', `${name}：${money(f.funds[k], u)}`, { text: `${name}：${money(f.funds[k], u)}`, colSpan: 2 }, '']);
  }
  for (const k of PROJECT_FIELDS) if (F[k]) t.push(wide(k, F[k]));
  for (const [k, v] of Object.entries(F)) if (!PROJECT_FIELDS.includes(k) && !HEAD_FIELDS.includes(k)) t.push(wide(k, v));
  if (f.goals.period || f.goals.annual) {
    t.push([label('总体目标', { rowSpan: 2 }), label('实施期目标'), label('年度目标', { colSpan: 2 }), '']);
    t.push(['', { text: f.goals.period ?? '', alignment: 'justify' }, { text: f.goals.annual ?? '', colSpan: 2, alignment: 'justify' }, '']);
  }
  if (t.length) out.push({ table: { widths: [78, '*', 70, '*'], body: t }, layout: GRID_LAYOUT, fontSize: 9, margin: [0, 0, 0, 6] });
  if (f.indicators.length) {
    const head = ['一级指标', '二级指标', '三级指标', '指标值（实施期）', '指标值（年度）'].map((h) => label(h));
    out.push({ table: { headerRows: 1, dontBreakRows: true, widths: [52, 60, '*', 82, 82], body: [head, ...indicatorRows(f.indicators)] }, layout: GRID_LAYOUT, fontSize: 9 });
  }
  const contact = ['负责人', '经办人', '联系电话', '填报日期'].filter((k) => F[k]).map((k) => `${k}：${F[k]}`);
  if (contact.length) out.push({ text: contact.join('　'), fontSize: 9, margin: [0, 3, 0, 0] });
  return out;
}
