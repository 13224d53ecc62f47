import { describe, expect, it } from 'vitest';
import { amount, REAL, realDoc, rowOf, tableOf } from './testing.js';

// Two Word/WPS-made 部门决算 with 7-digit codes in one column, names wrapped inside cells, tables continued
// across pages. Every figure below was read from `pdftotext -layout` of the PDF (page given).
const NINE = ['income-expense-summary', 'income-summary', 'expense-summary', 'fiscal-summary', 'gpb-expense', 'gpb-basic-economic', 'three-public', 'gov-fund-expense', 'soe-capital'];

describe('PDF import: 中共上海市普陀区委社会工作部 2024 部门决算', async () => {
  const doc = await realDoc(REAL.social);

  it('reads the meta from a title printed over three lines', () => {
    expect(doc.meta).toMatchObject({ department: '中共上海市普陀区委社会工作部', year: 2024, kind: '决算', profile: 'national-9-final' });
  });

  it('recognises the nine tables, all in 万元', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual(NINE);
    expect(doc.tables.map((t) => t.source.page)).toEqual([5, 6, 8, 10, 12, 13, 14, 15, 16]);
    expect(doc.tables.every((t) => t.unit === '万元')).toBe(true);
  });

  it('reads the totals', () => {
    const ies = tableOf(doc, 'income-expense-summary');
    expect(amount(ies, 'total', 'income.total', 'income')).toBe('307.82');
    expect(amount(ies, 'grand-total', 'expense.total', 'expense')).toBe('307.82');
    expect(amount(ies, '住房保障支出', 'expense.total', 'expense')).toBe('29.42');
    const exp = tableOf(doc, 'expense-summary');
    expect([amount(exp, 'total', 'total'), amount(exp, 'total', 'basic'), amount(exp, 'total', 'project')]).toEqual(['307.82', '105.58', '202.24']);
    const gpb = tableOf(doc, 'gpb-expense');
    expect([amount(gpb, 'total', 'total'), amount(gpb, 'total', 'basic'), amount(gpb, 'total', 'project')]).toEqual(['307.82', '105.58', '202.24']);
    expect(amount(gpb, '2013999', 'project')).toBe('202.24');
  });

  it('joins names wrapped inside a cell (p12: “一般公共服务 / 支出”)', () => {
    const gpb = tableOf(doc, 'gpb-expense');
    expect(rowOf(gpb, '201').name).toBe('一般公共服务支出');
    expect(rowOf(gpb, '2080505').name).toBe('机关事业单位基本养老保险缴费支出');
    expect(rowOf(tableOf(doc, 'gpb-basic-economic'), '31007').name).toBe('信息网络及软件购置更新');
  });

  it('continues 收入决算表 onto page 7', () => {
    const t = tableOf(doc, 'income-summary');
    expect(amount(t, 'total', 'total')).toBe('307.82');
    expect(amount(t, '2210203', 'total')).toBe('11.72');
    expect(rowOf(t, '2210203').cells.total.source?.page).toBe(7);
  });

  it('reads the 基本支出 panels (p13)', () => {
    const t = tableOf(doc, 'gpb-basic-economic');
    expect(amount(t, '人员经费合计', 'total')).toBe('95.36');
    expect(amount(t, '公用经费合计', 'total')).toBe('10.23');
    expect(amount(t, '30113', 'total')).toBe('17.70');
    expect(amount(t, '30299', 'total')).toBe('0.20');
  });

  it('takes the “说明：…故本表无数据” line as the note of empty tables (p14–16)', () => {
    expect(tableOf(doc, 'three-public').rows).toHaveLength(0);
    for (const kind of ['three-public', 'gov-fund-expense', 'soe-capital'] as const) expect(tableOf(doc, kind).emptyNote).toMatch(/^说明：.*故本表无数据。$/);
  });
});

describe('PDF import: 普陀区规划和自然资源局 2024 部门决算', async () => {
  const doc = await realDoc(REAL.planning);

  it('reads the meta', () => {
    expect(doc.meta).toMatchObject({ department: '上海市普陀区规划和自然资源局', year: 2024, kind: '决算' });
  });

  it('recognises the nine tables', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual(NINE);
    expect(doc.tables.map((t) => t.source.page)).toEqual([7, 8, 10, 12, 14, 16, 17, 18, 19]);
  });

  it('reads 收入支出决算总表 (p7), whose two sides differ in 本年合计 but balance in 总计', () => {
    const t = tableOf(doc, 'income-expense-summary');
    expect(amount(t, 'total', 'income.total', 'income')).toBe('9746.50');
    expect(amount(t, 'total', 'expense.total', 'expense')).toBe('9759.38');
    expect(amount(t, '年初结转和结余', 'income.total', 'income')).toBe('112.88');
    expect(amount(t, '年末结转和结余', 'expense.total', 'expense')).toBe('100.00');
    expect(amount(t, 'grand-total', 'income.total', 'income')).toBe('9859.38');
    expect(amount(t, '城乡社区支出', 'expense.total', 'expense')).toBe('3845.25');
  });

  it('reads 支出决算表 (p10–11) and 一般公共预算财政拨款支出决算表 (p14–15)', () => {
    const exp = tableOf(doc, 'expense-summary');
    expect([amount(exp, 'total', 'total'), amount(exp, 'total', 'basic'), amount(exp, 'total', 'project')]).toEqual(['9759.38', '5377.64', '4381.74']);
    expect(amount(exp, '2200150', 'project')).toBe('2077.09');
    const gpb = tableOf(doc, 'gpb-expense');
    const total = rowOf(gpb, 'total');
    expect([amount(gpb, 'total', 'total'), amount(gpb, 'total', 'basic'), amount(gpb, 'total', 'project')]).toEqual(['9746.50', '5364.75', '4381.74']);
    expect(total.source.page).toBe(15);
    expect(rowOf(gpb, '2200199').name).toBe('其他自然资源事务支出');
  });

  it('reads the 基本支出 panels (p16)', () => {
    const t = tableOf(doc, 'gpb-basic-economic');
    expect(amount(t, '人员经费合计', 'total')).toBe('4884.09');
    expect(amount(t, '公用经费合计', 'total')).toBe('480.66');
    expect(amount(t, '301', 'total')).toBe('4816.14');
    expect(amount(t, '31002', 'total')).toBe('39.76');
  });

  it('reads the “三公” table (p17): 预算数 2.85, 决算数 0.39', () => {
    const t = tableOf(doc, 'three-public');
    const raw = t.columns.map((c) => t.rows[0].cells[c.key]?.raw);
    expect(raw).toEqual(['2.85', '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '2.85', '0.39']);
    expect(t.columns[11].path).toEqual(['财政拨款“三公”经费', '公务接待费', '决算数']);
  });
});
