import { describe, expect, it } from 'vitest';
import { amount, REAL, realDoc, rowOf, tableOf } from './testing.js';

// 上海市普陀区财政局2024年度部门决算.pdf: ONLYOFFICE export, borders drawn as strokes, text vertically offset
// inside cells, tables continued across pages without repeated headers, a two-panel 基本支出 table.
// Every figure below was read from `pdftotext -layout` of the PDF (page given), not from this importer's output.
const doc = await realDoc(REAL.finance);

describe('PDF import: 普陀区财政局 2024 部门决算', () => {
  it('reads the meta', () => {
    expect(doc.meta).toMatchObject({ department: '上海市普陀区财政局', year: 2024, kind: '决算', scope: '部门', profile: 'national-9-final' });
  });

  it('recognises the nine 决算 tables, all in 万元', () => {
    expect(doc.tables.map((t) => [t.kind, t.title, t.source.page])).toEqual([
      ['income-expense-summary', '收入支出决算总表', 6],
      ['income-summary', '收入决算表', 8],
      ['expense-summary', '支出决算表', 10],
      ['fiscal-summary', '财政拨款收入支出决算总表', 12],
      ['gpb-expense', '一般公共预算财政拨款支出决算表', 15],
      ['gpb-basic-economic', '一般公共预算财政拨款基本支出决算表', 16],
      ['three-public', '财政拨款“三公”经费支出决算表', 18],
      ['gov-fund-expense', '政府性基金预算财政拨款收入支出决算表', 19],
      ['soe-capital', '国有资本经营预算财政拨款收入支出决算表', 20],
    ]);
    expect(doc.tables.every((t) => t.unit === '万元')).toBe(true);
  });

  it('reads 收入支出决算总表 (p6–7): totals, carry-overs and 总计', () => {
    const t = tableOf(doc, 'income-expense-summary');
    expect(amount(t, 'total', 'income.total', 'income')).toBe('2946.25');
    expect(amount(t, 'total', 'expense.total', 'expense')).toBe('2940.05');
    expect(amount(t, 'carryover', 'income.total', 'income')).toBe('49.14');
    expect(amount(t, '年末结转和结余', 'expense.total', 'expense')).toBe('55.34');
    expect(amount(t, 'grand-total', 'income.total', 'income')).toBe('2995.39');
    expect(amount(t, 'grand-total', 'expense.total', 'expense')).toBe('2995.39');
    expect(rowOf(t, 'grand-total', 'income').source.page).toBe(7);
    expect(amount(t, '其他收入', 'income.total', 'income')).toBe('6.20');
    expect(amount(t, '住房保障支出', 'expense.total', 'expense')).toBe('445.69');
  });

  it('joins 收入决算表 across pages 8–9 and splits the 类|款|项 header off the 合计 row', () => {
    const t = tableOf(doc, 'income-summary');
    expect(t.columns.slice(0, 2).map((c) => c.key)).toEqual(['code', 'name']);
    expect(amount(t, 'total', 'total')).toBe('2946.25');
    expect(amount(t, 'total', '财政拨款收入')).toBe('2940.05');
    expect(amount(t, 'total', '其他收入')).toBe('6.20');
    const last = rowOf(t, '2210203');
    expect([last.name, last.source.page, last.cells.total.source?.page]).toEqual(['购房补贴', 9, 9]);
    expect(amount(t, '2210203', 'total')).toBe('258.50');
    expect(t.rows.filter((r) => r.code).length).toBe(19);
  });

  it('reads 支出决算表 (p10–11) where amounts sit at different heights in their cells', () => {
    const t = tableOf(doc, 'expense-summary');
    expect(amount(t, 'total', 'total')).toBe('2940.05');
    expect(amount(t, 'total', 'basic')).toBe('2336.91');
    expect(amount(t, 'total', 'project')).toBe('603.14');
    expect(amount(t, '2010601', 'project')).toBe('8.37');
    expect(rowOf(t, '2080505').name).toBe('机关事业单位基本养老保险缴费支出');
    expect(rowOf(t, '2080599').source.page).toBe(11);
  });

  it('reads 财政拨款收入支出决算总表 (p12–13) with its carry-over rows', () => {
    const t = tableOf(doc, 'fiscal-summary');
    expect(amount(t, 'grand-total', 'income.total', 'income')).toBe('2961.68');
    expect(amount(t, 'grand-total', 'expense.gpb', 'expense')).toBe('2961.68');
    const carry = rowOf(t, 'carryover', 'income');
    expect([carry.name, carry.source.page]).toEqual(['年初财政拨款结转和结余', 13]);
    expect(amount(t, 'carryover', 'income.total', 'income')).toBe('21.63');
    expect(rowOf(t, 'carryover-item', 'income').name).toBe('一般公共预算财政拨款');
  });

  it('reads 一般公共预算财政拨款支出决算表 (p15)', () => {
    const t = tableOf(doc, 'gpb-expense');
    expect(amount(t, 'total', 'total')).toBe('2940.05');
    expect(amount(t, 'total', 'basic')).toBe('2336.91');
    expect(amount(t, 'total', 'project')).toBe('603.14');
  });

  it('reads the two-panel 基本支出决算表 (p16–17) as one list: 人员经费 panel, then 公用经费 panel', () => {
    const t = tableOf(doc, 'gpb-basic-economic');
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'name', 'total']);
    const names = t.rows.map((r) => r.code ?? r.name);
    expect(names.indexOf('人员经费合计')).toBeLessThan(names.indexOf('302'));
    expect(amount(t, '人员经费合计', 'total')).toBe('2152.26');
    expect(amount(t, '公用经费合计', 'total')).toBe('184.65');
    expect(amount(t, '301', 'total')).toBe('2082.85');
    expect(amount(t, '30309', 'total')).toBe('0.31');
    expect(rowOf(t, '30309').source.page).toBe(17);
    expect(amount(t, '30228', 'total')).toBe('24.42');
    expect(amount(t, '310', 'total')).toBe('13.58');
    expect(rowOf(t, '30212').name).toBe('因公出国（境）费用');
  });

  it('reads the “三公” table: only the 预算数 of 合计 and 公务接待费 are printed (p18)', () => {
    const t = tableOf(doc, 'three-public');
    expect(t.rows).toHaveLength(1);
    const printed = Object.entries(t.rows[0].cells).filter(([, c]) => c.raw !== '').map(([k, c]) => [t.columns.find((x) => x.key === k)!.path.slice(1).join('/'), c.raw]);
    expect(printed).toEqual([
      ['合计/预算数', '0.95'],
      ['公务接待费/预算数', '0.95'],
    ]);
  });

  it('marks the empty 政府性基金 and 国有资本经营 tables with their notes (p19, p20)', () => {
    expect(tableOf(doc, 'gov-fund-expense').emptyNote).toBe('注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。');
    expect(tableOf(doc, 'soe-capital').emptyNote).toBe('注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。');
  });

  it('reports the table of member units in the text as unplaced, not as a budget table', () => {
    expect(doc.unplaced.filter((u) => u.source.page === 5).map((u) => u.text)).toContain('3\t上海市普陀区国库收付中心\t预算不单列，并入本级');
  });
});
