import { describe, expect, it } from 'vitest';
import { amount, REAL, realDoc, rowOf, tableOf } from './testing.js';

// 上海市普陀区社会福利院2024年单位预算.pdf: WPS 表格 export, landscape tables with 类|款|项 code columns, amounts in 元.
// Every figure below was read from `pdftotext -layout` of the PDF (page given), not from this importer's output.
const doc = await realDoc(REAL.welfare);

describe('PDF import: 社会福利院 2024 单位预算', () => {
  it('reads the meta', () => {
    expect(doc.meta).toMatchObject({ department: '上海市普陀区社会福利院', year: 2024, kind: '预算', scope: '单位', profile: 'shanghai-9' });
  });

  it('recognises the nine tables with their units and pages', () => {
    expect(doc.tables.map((t) => [t.kind, t.unit, t.source.page])).toEqual([
      ['income-expense-summary', '元', 7],
      ['income-summary', '元', 8],
      ['expense-summary', '元', 9],
      ['fiscal-summary', '元', 10],
      ['gpb-expense', '元', 11],
      ['gov-fund-expense', '元', 12],
      ['soe-capital', '元', 13],
      ['gpb-basic-economic', '元', 14],
      ['three-public-operating', '万元', 15], // this table alone prints “单位:万元”
    ]);
  });

  it('reads the two-sided summary (p7): 收入总计 = 支出总计 = 12,121,164', () => {
    const t = tableOf(doc, 'income-expense-summary');
    expect(amount(t, 'grand-total', 'income.total', 'income')).toBe('12121164');
    expect(amount(t, 'grand-total', 'expense.total', 'expense')).toBe('12121164');
    expect(amount(t, 'grand-total', 'expense.personnel', 'expense')).toBe('7380214');
    expect(amount(t, 'grand-total', 'expense.public', 'expense')).toBe('2120950');
    expect(amount(t, 'grand-total', 'expense.project', 'expense')).toBe('2620000');
    expect(amount(t, '社会保障和就业支出', 'expense.total', 'expense')).toBe('11281624');
    expect(amount(t, '事业收入', 'income.total', 'income')).toBe('2620000');
  });

  it('recombines 类|款|项 cells into codes (p8)', () => {
    const t = tableOf(doc, 'income-summary');
    expect(t.rows.map((r) => r.code ?? r.name)).toEqual([
      '208', '20805', '2080502', '2080505', '2080506', '2080599', '20810', '2081005',
      '210', '21011', '2101102', '221', '22102', '2210201', '合计',
    ]);
    expect(amount(t, 'total', 'total')).toBe('12121164');
    expect(amount(t, 'total', '财政拨款收入')).toBe('9501164');
    expect(amount(t, '2081005', '事业收入')).toBe('2620000');
  });

  it('keeps the misprinted 类 code “7 11 02” as printed (p9, a genuine error of the document)', () => {
    const t = tableOf(doc, 'expense-summary');
    const r = rowOf(t, '事业单位医疗');
    expect(r.code).toBe('71102');
    expect(r.source.page).toBe(9);
    expect(amount(t, 'total', 'basic')).toBe('9501164');
    expect(amount(t, 'total', 'project')).toBe('2620000');
  });

  it('reads the economic classification table (p14)', () => {
    const t = tableOf(doc, 'gpb-basic-economic');
    expect(t.rows).toHaveLength(27);
    expect(amount(t, '30209', 'public')).toBe('1206000');
    expect(amount(t, 'total', 'personnel')).toBe('7380214');
    expect(amount(t, 'total', 'public')).toBe('2120950');
    expect(rowOf(t, '30209').name).toBe('物业管理费');
  });

  it('marks empty tables with their note (p12, p13)', () => {
    expect(tableOf(doc, 'gov-fund-expense').emptyNote).toMatch(/故本表为空表/);
    expect(tableOf(doc, 'soe-capital').emptyNote).toMatch(/故本表为空表/);
  });

  it('reads the “三公” table in 万元 with nested headers (p15)', () => {
    const t = tableOf(doc, 'three-public-operating');
    const r = t.rows[0];
    expect(r.name).toBe('');
    expect(t.columns.find((c) => c.label === '运行费')?.path).toEqual(['2024年“三公”经费预算数', '公务用车购置及运行费', '运行费']);
    expect(amount(t, 'data', 'total')).toBe('6.4');
    expect(r.cells[t.columns.find((c) => c.label === '运行费')!.key].raw).toBe('6.4');
  });

  it('gives cells their page and box in PDF points', () => {
    const t = tableOf(doc, 'gpb-basic-economic');
    const cell = rowOf(t, '30209').cells.public;
    expect(cell.source?.page).toBe(14);
    const [x, y, w, h] = cell.source!.box!;
    // Landscape A4 (841.85 × 595.25 pt): the cell lies inside the page, right of the name column.
    expect(x).toBeGreaterThan(400);
    expect(x + w).toBeLessThan(842);
    expect(y).toBeGreaterThan(100);
    expect(y + h).toBeLessThan(596);
    expect(h).toBeGreaterThan(5);
  });

  it('reads the narrative as paragraphs, not wrapped lines', () => {
    const para = doc.sections.flatMap((s) => s.paragraphs).find((p) => p.text.includes('收入预算1,212.12万元'));
    expect(para?.text).toMatch(/其他收入0\.00万元。$/);
    expect(para?.source.page).toBe(6);
  });
});
