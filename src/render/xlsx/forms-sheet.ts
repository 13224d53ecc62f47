import type { Workbook, Worksheet } from 'exceljs';
import type { FormFunds, PerformanceForm } from '../../model/performance.js';
import { amountNumber, indicatorLines } from './grid.js';
import { AMOUNT_FORMAT, TITLE_FONT, font, printSetup, put, sheetName, tableCell, wrappedHeight } from './style.js';

/** Field order of a 项目支出绩效目标表 as printed, and the fields shown in its head instead. */
export const PROJECT_FIELDS = ['项目概况', '立项依据', '项目设立必要性', '保证项目实施的制度、措施', '项目实施计划'];
export const HEAD_FIELDS = ['年度', '项目名称', '部门名称', '主管部门及代码', '实施单位', '项目属性', '项目期', '负责人', '经办人', '联系电话', '填报日期'];
export const FUND_LEVELS: [keyof FormFunds, string][] = [
  ['central', '其中：中央财政资金'],
  ['provincial', '省级财政资金'],
  ['local', '市县（区）财政资金'],
  ['self', '单位自筹'],
  ['other', '其他资金'],
];

/** Column widths of the form layout (A label, B–E values). */
const WIDTHS = [16, 22, 26, 22, 26];

/** Writes one form from row `r`; returns the next free row. */
function writeForm(ws: Worksheet, f: PerformanceForm, start: number): number {
  let r = start;
  const F = f.fields;
  const label = tableCell({ bold: true, align: 'center', wrap: true });
  const text = tableCell({ wrap: true });
  put(ws, r, 1, r, 5, f.title, (c) => {
    c.font = { name: TITLE_FONT, size: 14, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(r++).height = 28;
  const line = (text: string, horizontal: 'left' | 'center' = 'left') => {
    put(ws, r, 1, r, 5, text, (c) => ((c.font = font()), (c.alignment = { horizontal })));
    r++;
  };
  if (F['年度']) line(F['年度'], 'center');
  if (f.lost) line('（此表内容在提取时丢失，无法显示）');
  const full = (k: string, v: string) => {
    put(ws, r, 1, r, 1, k, label);
    put(ws, r, 2, r, 5, v, text);
    ws.getRow(r++).height = wrappedHeight(v, WIDTHS.slice(1).reduce((a, b) => a + b, 0));
  };
  const pair = (k1: string, v1: string | undefined, k2: string, v2: string | undefined) => {
    put(ws, r, 1, r, 1, k1, label);
    put(ws, r, 2, r, 3, v1 ?? '', text);
    put(ws, r, 4, r, 4, k2, label);
    put(ws, r, 5, r, 5, v2 ?? '', text);
    ws.getRow(r++).height = Math.max(wrappedHeight(v1 ?? '', 48), wrappedHeight(v2 ?? '', 26));
  };
  if (F['项目名称']) full('项目名称', F['项目名称']);
  if (F['部门名称']) full('部门名称', F['部门名称']);
  if (F['主管部门及代码'] || F['实施单位']) pair('主管部门及代码', F['主管部门及代码'], '实施单位', F['实施单位']);
  if (F['项目属性'] || F['项目期']) pair('项目属性', F['项目属性'], '项目期', F['项目期']);
  const funds = f.funds;
  if (Object.keys(funds).length) {
    const u = f.fundsUnit;
    put(ws, r, 1, r + FUND_LEVELS.length, 1, `${f.kind === 'overall' ? '资金情况' : '项目资金'}（${u}）`, label);
    const amount = (row: number, col: number, m: FormFunds[keyof FormFunds]) => {
      const v = m ? amountNumber(m, u) : null;
      const c = put(ws, row, col, row, col, v, tableCell({ align: 'right' }));
      if (typeof v !== 'string') c.numFmt = AMOUNT_FORMAT;
    };
    const rows: [string, string, FormFunds[keyof FormFunds], FormFunds[keyof FormFunds]][] = [
      ['实施期资金总额', '年度资金总额', funds.total, funds.annual],
      ...FUND_LEVELS.map(([k, l]): [string, string, FormFunds[keyof FormFunds], FormFunds[keyof FormFunds]] => [l, l, funds[k], funds[k]]),
    ];
    for (const [l1, l2, v1, v2] of rows) {
      put(ws, r, 2, r, 2, l1, text);
      amount(r, 3, v1);
      put(ws, r, 4, r, 4, l2, text);
      amount(r, 5, v2);
      r++;
    }
  }
  for (const k of PROJECT_FIELDS) if (F[k]) full(k, F[k]);
  for (const [k, v] of Object.entries(F)) if (!PROJECT_FIELDS.includes(k) && !HEAD_FIELDS.includes(k)) full(k, v);
  if (f.goals.period || f.goals.annual) {
    put(ws, r, 1, r + 1, 1, '总体目标', label);
    put(ws, r, 2, r, 3, '实施期目标', tableCell({ head: true }));
    put(ws, r, 4, r, 5, '年度目标', tableCell({ head: true }));
    r++;
    put(ws, r, 2, r, 3, f.goals.period ?? '', text);
    put(ws, r, 4, r, 5, f.goals.annual ?? '', text);
    ws.getRow(r++).height = Math.max(wrappedHeight(f.goals.period ?? '', 48), wrappedHeight(f.goals.annual ?? '', 48));
  }
  if (f.indicators.length) {
    ['一级指标', '二级指标', '三级指标', '指标值（实施期）', '指标值（年度）'].forEach((h, i) => put(ws, r, i + 1, r, i + 1, h, tableCell({ head: true })));
    r++;
    for (const l of indicatorLines(f.indicators)) {
      if (l.span1) put(ws, r, 1, r + l.span1 - 1, 1, l.l1, label);
      if (l.span2) put(ws, r, 2, r + l.span2 - 1, 2, l.l2, tableCell({ align: 'center', wrap: true }));
      put(ws, r, 3, r, 3, l.name, text);
      put(ws, r, 4, r, 4, l.period, text);
      put(ws, r, 5, r, 5, l.annual, text);
      ws.getRow(r++).height = Math.max(wrappedHeight(l.name, 26), wrappedHeight(l.period, 22), wrappedHeight(l.annual, 26));
    }
  }
  const contact = ['负责人', '经办人', '联系电话', '填报日期'].filter((k) => F[k]).map((k) => `${k}：${F[k]}`);
  if (contact.length) line(contact.join('　'));
  return r;
}

/** All performance forms on one worksheet, each starting on a new printed page. */
export function addFormsSheet(wb: Workbook, forms: PerformanceForm[], wanted = '绩效目标表'): string | undefined {
  if (!forms.length) return undefined;
  const name = sheetName(wb, wanted);
  const ws = wb.addWorksheet(name);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 1;
  forms.forEach((f, i) => {
    r = writeForm(ws, f, r);
    if (i < forms.length - 1) ws.getRow(r - 1).addPageBreak();
    r += 1;
  });
  printSetup(ws, { landscape: false });
  ws.views = [{ showGridLines: false }];
  return name;
}
