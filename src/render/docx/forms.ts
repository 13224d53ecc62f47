import { AlignmentType, Paragraph, Table as DocxTable, TableLayoutType, TableRow, WidthType } from 'docx';
import type { FormFunds, PerformanceForm } from '../../model/performance.js';
import { FUND_LEVELS, HEAD_FIELDS, PROJECT_FIELDS } from '../xlsx/forms-sheet.js';
import { fundsText, indicatorLines } from '../xlsx/grid.js';
import { cell, columnTwips, type CellOpts } from './table.js';
import { SIZE, heading, run } from './text.js';

const WEIGHTS = [16, 22, 26, 22, 26];

/**
 * A 绩效目标表 as printed, on a new page: title, year, the fields, funds by level, overall goals and the
 * indicator lines with 一级/二级 cells merged down, then the contact line.
 */
export function formBlock(f: PerformanceForm, width: number): (Paragraph | DocxTable)[] {
  const out: (Paragraph | DocxTable)[] = [heading(f.title, 2, { alignment: AlignmentType.CENTER, pageBreakBefore: true })];
  const F = f.fields;
  if (F['年度']) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(F['年度'], { size: SIZE.small })] }));
  if (f.lost) out.push(new Paragraph({ children: [run('（此表内容在提取时丢失，无法显示）')] }));
  const tw = columnTwips(WEIGHTS, width);
  const w = (col: number, span = 1) => tw.slice(col, col + span).reduce((a, b) => a + b, 0);
  const label = (text: string, col: number, o: CellOpts = {}) => cell(text, { bold: true, align: 'center', width: w(col, o.span), ...o });
  const text = (value: string, col: number, o: CellOpts = {}) => cell(value, { width: w(col, o.span), ...o });
  const rows: TableRow[] = [];
  const full = (k: string, v: string) => rows.push(new TableRow({ children: [label(k, 0), text(v, 1, { span: 4 })] }));
  const pair = (k1: string, v1: string | undefined, k2: string, v2: string | undefined) =>
    rows.push(new TableRow({ children: [label(k1, 0), text(v1 ?? '', 1, { span: 2 }), label(k2, 3), text(v2 ?? '', 4)] }));
  if (F['项目名称']) full('项目名称', F['项目名称']);
  if (F['部门名称']) full('部门名称', F['部门名称']);
  if (F['主管部门及代码'] || F['实施单位']) pair('主管部门及代码', F['主管部门及代码'], '实施单位', F['实施单位']);
  if (F['项目属性'] || F['项目期']) pair('项目属性', F['项目属性'], '项目期', F['项目期']);
  const funds = f.funds;
  if (Object.keys(funds).length) {
    const u = f.fundsUnit;
    const lines: [string, string, FormFunds[keyof FormFunds], FormFunds[keyof FormFunds]][] = [
      ['实施期资金总额', '年度资金总额', funds.total, funds.annual],
      ...FUND_LEVELS.map(([k, l]): [string, string, FormFunds[keyof FormFunds], FormFunds[keyof FormFunds]] => [l, l, funds[k], funds[k]]),
    ];
    lines.forEach(([l1, l2, v1, v2], i) => {
      const head = i === 0 ? [label(`${f.kind === 'overall' ? '资金情况' : '项目资金'}（${u}）`, 0, { rowSpan: lines.length })] : [];
      rows.push(new TableRow({ children: [...head, text(l1, 1), text(fundsText(v1, u), 2, { align: 'right' }), text(l2, 3), text(fundsText(v2, u), 4, { align: 'right' })] }));
    });
  }
  for (const k of PROJECT_FIELDS) if (F[k]) full(k, F[k]);
  for (const [k, v] of Object.entries(F)) if (!PROJECT_FIELDS.includes(k) && !HEAD_FIELDS.includes(k)) full(k, v);
  if (f.goals.period || f.goals.annual) {
    rows.push(new TableRow({ children: [label('总体目标', 0, { rowSpan: 2 }), label('实施期目标', 1, { span: 2, shade: true }), label('年度目标', 3, { span: 2, shade: true })] }));
    rows.push(new TableRow({ children: [text(f.goals.period ?? '', 1, { span: 2 }), text(f.goals.annual ?? '', 3, { span: 2 })] }));
  }
  if (f.indicators.length) {
    rows.push(new TableRow({ tableHeader: false, children: ['一级指标', '二级指标', '三级指标', '指标值（实施期）', '指标值（年度）'].map((h, i) => label(h, i, { shade: true })) }));
    for (const l of indicatorLines(f.indicators)) {
      const children = [];
      if (l.span1) children.push(label(l.l1, 0, { rowSpan: l.span1 }));
      if (l.span2) children.push(text(l.l2, 1, { rowSpan: l.span2, align: 'center' }));
      children.push(text(l.name, 2), text(l.period, 3), text(l.annual, 4));
      rows.push(new TableRow({ cantSplit: true, children }));
    }
  }
  if (rows.length) out.push(new DocxTable({ rows, columnWidths: tw, width: { size: width, type: WidthType.DXA }, layout: TableLayoutType.FIXED }));
  const contact = ['负责人', '经办人', '联系电话', '填报日期'].filter((k) => F[k]).map((k) => `${k}：${F[k]}`);
  if (contact.length) out.push(new Paragraph({ spacing: { before: 60 }, children: [run(contact.join('　'), { size: SIZE.small })] }));
  return out;
}
