// A PDF published as converted HTML (absolutely positioned runs and rule boxes in fixed-size pages) is read
// like the PDF: pages, ruled tables with rows and totals, the contents list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../rules/engine/run.js';
import { tableKindOfTitle } from '../../profiles/table-kinds.js';
import { amount, rowOf, tableOf } from '../pdf/testing.js';
import { importHtmlString, positionedLines } from './index.js';

/** Pages 1, 2, 20, 21, 22 and 30 of the 烟台市退役军人事务局 2026 budget as its site publishes it. */
const YANTAI = readFileSync('test/fixtures/layouts/yantai-positioned-pages.html', 'utf8');

describe('a PDF converted to positioned HTML', () => {
  const doc = importHtmlString(YANTAI, { file: 'yantai.html' });

  it('is read page by page: tables carry the page they stand on', () => {
    expect(doc.tables.map((t) => [t.kind, t.source.page])).toEqual([
      ['three-public', 3],
      ['gov-fund-expense', 4],
      ['soe-capital', 5],
    ]);
    expect(doc.meta).toMatchObject({ department: '烟台市退役军人事务局', year: 2026, unit: '万元' });
  });

  it('reads the ruled tables with their rows and totals (figures as printed on the pages)', () => {
    const three = tableOf(doc, 'three-public');
    const row = three.rows[0];
    const printed = Object.values(row.cells).map((c) => c.raw);
    expect(printed.filter((v) => v !== '')).toEqual(['28.10', '19.90', '19.90', '8.20', '25.02', '17.40', '17.40', '7.62']);
    const fund = tableOf(doc, 'gov-fund-expense');
    expect(amount(fund, 'total', 'total')).toBe('218.00');
    expect(rowOf(fund, '2296099').name).toBe('用于其他社会公益事业的彩票公益金支出');
    expect(fund.rows[rowOf(fund, '2296099').parent!].code).toBe('22960');
    expect(tableOf(doc, 'soe-capital').emptyNote).toContain('没有使用国有资本经营预算拨款安排的支出');
    const errors = checkDocument(doc).filter((f) => f.severity === 'error' && f.category !== 'completeness' && !f.ruleId.startsWith('narrative'));
    expect(errors).toEqual([]);
  });

  it('finds the contents page with the twelve tables it announces', () => {
    const tables = doc.toc.filter((e) => tableKindOfTitle(e.title));
    expect(tables).toHaveLength(12);
    expect(tables.every((e) => e.source.page === 2)).toBe(true);
  });

  it('places names by their printed indentation (ideographic spaces), not by where the run starts', () => {
    const lines = positionedLines(YANTAI)!;
    const fund = lines.filter((l) => l.page === 4 && l.cells?.some((c) => c.text.includes('彩票公益金')));
    const insets = fund.map((l) => l.cells!.find((c) => c.text.includes('彩票公益金'))!.inset![0]);
    expect(insets[1]).toBeGreaterThan(insets[0]);
  });
});

/** A page as pdftohtml-style converters write it: positions in px from class rules, runs out of reading order. */
function converted(pages: string[]): string {
  const css = `.pg{position:relative;width:800px;height:1120px} .t{position:absolute;white-space:nowrap} .f1{font-size:16px} .f2{font-size:21.33px}
.h{position:absolute;height:0;border-top:1px solid #000} .v{position:absolute;width:0;border-left:1px solid #000}`;
  return `<html><head><style>${css}</style></head><body>${pages.map((p) => `<div class="pg">${p}</div>`).join('')}</body></html>`;
}
const run = (x: number, y: number, text: string, cls = 'f1') => `<p class="t ${cls}" style="left:${x}px;top:${y}px">${text}</p>`;
const hRule = (x0: number, x1: number, y: number) => `<div class="h" style="left:${x0}px;top:${y}px;width:${x1 - x0}px"></div>`;
const vRule = (x: number, y0: number, y1: number) => `<div class="v" style="left:${x}px;top:${y0}px;height:${y1 - y0}px"></div>`;

describe('positioned HTML from other converters', () => {
  const html = converted([
    run(100, 140, '2026年某某局部门预算', 'f2') + run(100, 100, '某某局', 'f2'),
    run(300, 30, '部门收支总表', 'f2') +
      run(80, 60, '部门名称：某某局') +
      run(600, 60, '单位：万元') +
      [80, 110, 140, 170, 200].map((y) => hRule(80, 720, y)).join('') +
      [80, 400, 720].map((x) => vRule(x, 80, 200)).join('') +
      [280, 600].map((x) => vRule(x, 110, 200)).join('') +
      run(200, 86, '收入') + run(520, 86, '支出') +
      // Rows are written bottom-up: the reader orders them by position.
      run(84, 176, '收入总计') + run(340, 176, '12.00') + run(404, 176, '支出总计') + run(660, 176, '12.00') +
      run(84, 146, '一般公共预算拨款收入') + run(340, 146, '12.00') + run(404, 146, '一般公共服务支出') + run(660, 146, '12.00') +
      run(84, 116, '项目') + run(300, 116, '预算数') + run(404, 116, '项目') + run(620, 116, '预算数'),
  ]);

  it('takes positions and sizes from class rules in px, and pages from sized boxes', () => {
    const lines = positionedLines(html)!;
    expect(lines.filter((l) => l.page === 1).map((l) => l.text)).toEqual(['某某局', '2026年某某局部门预算']);
    const doc = importHtmlString(html);
    const t = tableOf(doc, 'income-expense-summary');
    expect(t.source.page).toBe(2);
    const money = (side: 'income' | 'expense') => t.columns.find((c) => c.side === side && c.type === 'amount')!.key;
    expect(amount(t, '一般公共预算拨款收入', money('income'), 'income')).toBe('12.00');
    expect(amount(t, 'grand-total', money('expense'), 'expense')).toBe('12.00');
  });

  it('leaves an ordinary page with a positioned ornament to the flow reading', () => {
    const page = `<html><body><div style="position:relative;width:800px;height:200px"><div style="position:absolute;left:0;top:0">徽标</div></div>
<h1>某某局2026年部门预算</h1><h2>一、收支预算总体情况</h2><p>${'本部门收支预算总计12.00万元。'.repeat(5)}</p></body></html>`;
    expect(positionedLines(page)).toBeUndefined();
    expect(importHtmlString(page).sections.length).toBeGreaterThan(0);
  });

  it('refuses more pages than a disclosure has, with a message saying so', () => {
    const pages = '<div style="position:relative;width:200pt;height:200pt"><i style="position:absolute">预算</i></div>'.repeat(2001);
    expect(() => positionedLines(`<html><body>${pages}</body></html>`)).toThrow(/2001 个排版页面，超过上限 2000/);
  });
});
