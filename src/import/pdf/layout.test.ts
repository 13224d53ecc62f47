import { describe, expect, it } from 'vitest';
import { importLines } from '../lines/index.js';
import { layoutLines } from './layout.js';
import type { PdfPage } from './load.js';
import type { Segment } from './paths.js';
import type { Item } from './text.js';

const SIZE = 10;
/** A text run whose box starts at (x, top). */
const item = (str: string, x: number, top: number): Item => ({ str, x, base: top + 0.86 * SIZE, w: [...str].length * SIZE * (/^[\d.,]+$/.test(str) ? 0.5 : 1), size: SIZE });

/** A ruled table at (x0, y0): column widths, 20 pt rows, one text per cell (left-aligned, 2 pt padding). */
function table(x0: number, y0: number, widths: number[], rows: string[][]): { items: Item[]; segments: Segment[] } {
  const xs = widths.reduce((a, w) => [...a, a[a.length - 1] + w], [x0]);
  const ys = rows.map((_, r) => y0 + 20 * r).concat(y0 + 20 * rows.length);
  const segments: Segment[] = [
    ...ys.map((y) => ({ x1: xs[0], y1: y, x2: xs[xs.length - 1], y2: y })),
    ...xs.map((x) => ({ x1: x, y1: ys[0], x2: x, y2: ys[ys.length - 1] })),
  ];
  const items = rows.flatMap((row, r) => row.filter((t) => t !== '').map((t) => item(t, xs[row.indexOf(t)] + 2, ys[r] + 5)));
  return { items, segments };
}

function page(n: number, lines: [string, number, number][], t?: { items: Item[]; segments: Segment[] }): PdfPage {
  return { page: n, width: 595, height: 842, items: [...lines.map(([s, x, y]) => item(s, x, y)), ...(t?.items ?? [])], segments: t?.segments ?? [], hasImages: false };
}

const W = [60, 160, 80, 80];
const HEAD = ['科目编码', '科目名称', '合计', '基本支出'];

describe('layoutLines', () => {
  const p1 = page(
    1,
    [
      ['泽州县测试局2026年部门预算', 150, 60],
      ['一般公共预算支出表', 200, 100],
      ['金额单位：万元', 450, 120],
      ['- 1 -', 290, 800],
    ],
    table(60, 140, W, [HEAD, ['201', '一般公共服务支出', '30.00', '20.00'], ['20101', '人大事务', '30.00', '20.00']]),
  );
  const p2 = page(
    2,
    [
      ['泽州县测试局', 60, 40],
      ['注：本表为测试。', 60, 160],
      ['- 2 -', 290, 800],
    ],
    table(60, 80, W, [HEAD, ['合计', '', '30.00', '20.00']]),
  );
  const lines = layoutLines([p1, p2]);

  it('emits the title, the normalised unit line and tab-separated rows with header marks', () => {
    expect(lines.map((l) => [l.text, l.header, l.title])).toEqual([
      ['泽州县测试局2026年部门预算', undefined, false],
      ['一般公共预算支出表', undefined, true],
      ['单位：万元', undefined, false],
      ['科目编码\t科目名称\t合计\t基本支出', true, undefined],
      ['201\t一般公共服务支出\t30.00\t20.00', false, undefined],
      ['20101\t人大事务\t30.00\t20.00', false, undefined],
      ['合计\t\t30.00\t20.00', false, undefined],
      ['注：本表为测试。', undefined, false],
      ['泽州县测试局', undefined, false],
    ]);
  });

  it('drops page numbers and the repeated header, and keeps pages and boxes', () => {
    const total = lines.find((l) => l.text.startsWith('合计'))!;
    expect(total.page).toBe(2);
    expect(total.box).toEqual([60, 100, 380, 20]);
    expect(total.cellBoxes?.[2]).toEqual([280, 100, 80, 20]);
  });

  it('imports into a table with its unit, note and totals', () => {
    const doc = importLines(lines, { file: 't.pdf' });
    const t = doc.tables[0];
    expect([t.kind, t.unit, t.rows.length]).toEqual(['gpb-expense', '万元', 3]);
    expect(t.rows.map((r) => [r.code ?? r.name, r.cells.basic.raw, r.source.page])).toEqual([
      ['201', '20.00', 1],
      ['20101', '20.00', 1],
      ['合计', '20.00', 2],
    ]);
    expect(doc.unplaced.map((u) => u.text)).toContain('注：本表为测试。');
  });
});
