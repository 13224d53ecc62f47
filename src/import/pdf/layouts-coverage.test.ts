// Layouts whose amount cells no checked identity reached before (table coverage), cut from the corpus PDFs
// (scripts/cut-pages.ts): what the tables say is pinned, and every amount cell now takes part in a check.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDocument, Table } from '../../model/document.js';
import { Coverage } from '../../rules/engine/coverage.js';
import { checkDocument } from '../../rules/engine/run.js';
import { importFile } from '../index.js';
import { amount, rowOf, tableOf } from './testing.js';

const docs: Record<string, BudgetDocument> = {};
const covered: Record<string, Coverage> = {};

beforeAll(async () => {
  for (const name of ['shenzhen-procurement-crossed-funds', 'beijing-empty-three-public', 'guangzhou-summary-year-end']) {
    docs[name] = await importFile(`test/fixtures/layouts/${name}.pdf`);
    covered[name] = new Coverage();
    checkDocument(docs[name], { coverage: covered[name] });
  }
});

/** Table errors of a cut (completeness and narrative rules need the whole document). */
const errors = (name: string) =>
  checkDocument(docs[name]).filter((f) => f.severity === 'error' && f.category !== 'completeness' && !f.ruleId.startsWith('narrative'));
/** Amount cells of a table that no checked identity covers. */
const uncovered = (name: string, t: Table) =>
  t.rows.flatMap((r) => Object.entries(r.cells).filter(([, c]) => c.value && !covered[name].cells.has(c)).map(([k]) => `${r.name}/${k}`));

describe('table coverage of corpus layouts', () => {
  it('深圳: the 政府采购 其中 columns add up down the code tree; 三公 funds add up across crossed items', () => {
    const name = 'shenzhen-procurement-crossed-funds';
    const expense = tableOf(docs[name], 'expense-summary');
    expect(amount(expense, '201', 'of.小计')).toBe('203.65');
    expect(uncovered(name, expense)).toEqual([]);
    const three = tableOf(docs[name], 'three-public');
    expect(three.rows.map((r) => r.period)).toEqual(['2025年', '2026年', '增减变化金额']);
    expect(amount(three, '深圳市发展和改革委员会（本级）', 'gpb')).toBe('208.45');
    expect(uncovered(name, three)).toEqual([]);
    expect(errors(name)).toEqual([]);
  });

  it('北京: a blank 合计 line under 科目编码 | 科目名称 is the empty table’s row; the 三公 总额 is its items’ total', () => {
    const name = 'beijing-empty-three-public';
    const fund = tableOf(docs[name], 'gov-fund-expense');
    expect(fund.rows.map((r) => [r.role, Object.values(r.cells).some((c) => c.value)])).toEqual([['total', false]]);
    const three = tableOf(docs[name], 'three-public');
    expect(three.columns.find((c) => c.label.startsWith('“三公”经费'))?.role).toBe('total');
    expect(uncovered(name, three)).toEqual([]);
    expect(errors(name)).toEqual([]);
  });

  it('广州: 收支总体情况表 lines add up as printed; 结转结余下年 is the year-end carryover', () => {
    const name = 'guangzhou-summary-year-end';
    const t = tableOf(docs[name], 'income-expense-summary');
    expect(rowOf(t, '结转结余下年', 'expense').role).toBe('carryover');
    expect(amount(t, 'total', 'expense.预算', 'expense')).toBe('16410.71');
    expect(uncovered(name, t)).toEqual([]);
    expect(errors(name)).toEqual([]);
  });
});
