// One fixture per layout family of the corpus, cut from the published PDFs (scripts/cut-pages.ts): the tables'
// totals pinned, and the rules that misread these layouts before now silent (or right) on them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../model/document.js';
import { checkDocument } from '../../rules/engine/run.js';
import { importFile } from '../index.js';
import { amount, rowOf, tableOf } from './testing.js';

const docs: Record<string, BudgetDocument> = {};
/** Errors of the table rules (a few pages cut from a document lack its other tables: completeness is not asked). */
const errors = (name: string, ...rules: string[]) =>
  checkDocument(docs[name]).filter((f) => f.severity === 'error' && f.category !== 'completeness' && !f.ruleId.startsWith('narrative') && (!rules.length || rules.includes(f.ruleId)));

beforeAll(async () => {
  for (const name of ['changchun-grid-titles', 'chongqing-enumerated-fiscal', 'hangzhou-broken-rows', 'foshan-continued-total', 'guangzhou-three-public-list'])
    docs[name] = await importFile(`test/fixtures/layouts/${name}.pdf`);
});

describe('layout families of the corpus', () => {
  it('长春: titles and units drawn inside the grid', () => {
    const d = docs['changchun-grid-titles'];
    expect(d.tables.map((t) => t.kind)).toEqual(['income-expense-summary', 'income-summary', 'expense-summary', 'fiscal-summary', 'gpb-expense', 'gpb-basic-economic']);
    expect(d.tables.every((t) => t.unit === '万元' && t.rows.length > 0)).toBe(true);
    expect(amount(tableOf(d, 'expense-summary'), 'total', 'total')).toBe('1682.76');
    // The document's own faults on these pages (小计 0.00 on two lines, 301/302 over their items) stay errors.
    expect(errors('changchun-grid-titles', 'table-column-total').length).toBe(4);
  });

  it('重庆: 一、/（一） levels, carry-over by source and 收入合计 counting it', () => {
    const t = tableOf(docs['chongqing-enumerated-fiscal'], 'fiscal-summary');
    expect(t.structure).toBe('enumerated');
    const gpb = rowOf(t, '一般公共预算资金', 'income');
    expect(t.rows[gpb.parent!].name).toBe('本年收入');
    expect(amount(t, 'total', 'income.total', 'income')).toBe('172283.15');
    expect(errors('chongqing-enumerated-fiscal', 'table-total-row', 'code-hierarchy-sum')).toEqual([]);
  });

  it('杭州: rows broken by the page joined (figures and a bracketed name)', () => {
    const d = docs['hangzhou-broken-rows'];
    const income = tableOf(d, 'income-summary');
    expect(amount(income, '杭州市机动车驾驶员考试服务中心', '事业收入')).toBe('12437.36');
    const projects = tableOf(d, 'project-expense');
    expect(projects.rows.some((r) => r.name === '治安分局）')).toBe(false);
    // What remains is the document's own: units 1,471.68 short of the department line, projects 199.00 short of 合计.
    expect(errors('hangzhou-broken-rows', 'code-hierarchy-sum', 'project-table-sum').map((f) => f.difference).sort()).toEqual(expect.arrayContaining([expect.stringContaining('1471.68'), expect.stringContaining('199.00')]));
  });

  it('佛山: the 合计 line repeated under a continued header is not a new line', () => {
    const t = tableOf(docs['foshan-continued-total'], 'expense-summary');
    expect(t.rows.filter((r) => r.role === 'total')).toHaveLength(1);
    expect(t.rows[rowOf(t, '22102').parent!].code).toBe('221');
    expect(errors('foshan-continued-total')).toEqual([]);
  });

  it('广州: 其中：（一）… opens the list of the 三公 line', () => {
    const t = tableOf(docs['guangzhou-three-public-list'], 'three-public');
    const first = rowOf(t, '因公出国（境）支出');
    expect(first.sub ?? false).toBe(false);
    expect(t.rows[first.parent!].name).toBe('“三公”经费');
    expect(errors('guangzhou-three-public-list')).toEqual([]);
  });
});
