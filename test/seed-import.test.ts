import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk.js';
import { importTextBuffer } from '../src/import/text/index.js';
import { formatIn } from '../src/money/index.js';

// Totals written down by reading the seed document, not copied from program output.
const doc = importTextBuffer(readFileSync('test/fixtures/seed/zezhou-2026.txt'), { file: 'zezhou-2026.txt' });
const total = (kind: string, key: string, side?: 'income' | 'expense') => {
  const t = doc.tables.find((x) => x.kind === kind)!;
  const row = t.rows.find((r) => r.role === 'total' && r.side === side)!;
  const v = row.cells[key]?.value;
  return v ? formatIn(v, '万元', 2) : '';
};

describe('seed document import', () => {
  it('reads the meta', () => {
    expect(doc.meta).toMatchObject({ department: '泽州县总工会', year: 2026, kind: '预算', scope: '部门', profile: 'shanxi-13', draft: true, adminLevel: 'county' });
  });
  it('recognises all 13 tables in order', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual([
      'income-expense-summary', 'income-summary', 'expense-summary', 'fiscal-summary', 'gpb-expense', 'gpb-basic-economic',
      'gov-fund-income', 'gov-fund-expense', 'soe-capital', 'three-public', 'operating-cost', 'project-expense', 'project-carryover',
    ]);
    expect(doc.tables.every((t) => t.unit === '万元')).toBe(true);
  });
  it('reads the totals of each table', () => {
    expect(total('income-expense-summary', 'income.total', 'income')).toBe('650.24');
    expect(total('income-expense-summary', 'expense.total', 'expense')).toBe('650.24');
    expect(total('income-summary', 'gpb')).toBe('650.24');
    expect(total('expense-summary', 'basic')).toBe('330.24');
    expect(total('expense-summary', 'project')).toBe('320.00');
    expect(total('fiscal-summary', 'expense.gpb', 'expense')).toBe('650.24');
    expect(total('gpb-expense', 'total')).toBe('650.24');
    expect(total('gpb-basic-economic', 'personnel')).toBe('315.61');
    expect(total('gpb-basic-economic', 'public')).toBe('14.63');
    expect(total('operating-cost', 'total')).toBe('14.63');
    expect(total('project-expense', 'total')).toBe('320.00');
  });
  it('marks empty tables with their note', () => {
    const empty = doc.tables.filter((t) => t.emptyNote).map((t) => t.kind);
    expect(empty).toEqual(['gov-fund-income', 'gov-fund-expense', 'soe-capital', 'three-public', 'project-carryover']);
  });
  it('reads hierarchical code rows', () => {
    const t = doc.tables.find((x) => x.kind === 'expense-summary')!;
    expect(t.rows.map((r) => [r.code ?? '', r.level ?? ''])).toEqual([['', ''], ['201', '类'], ['20129', '款'], ['2012901', '项'], ['2012999', '项']]);
  });
  it('reads five project forms and notes the lost overall form', () => {
    expect(doc.forms.filter((f) => f.kind === 'project').map((f) => f.projectName)).toEqual(['工会经费', '上解2025年上级工会经费', '送温暖经费', '养老救助经费', '遗属补助']);
    expect(doc.forms.find((f) => f.kind === 'overall')?.lost).toBe(true);
    expect(doc.unplaced.some((u) => /丢失/.test(u.reason))).toBe(true);
  });
  it('reads the glossary and the table of contents', () => {
    expect(doc.glossary).toHaveLength(12);
    expect(doc.toc.length).toBeGreaterThanOrEqual(30);
  });
  it('decodes the same document from GBK', () => {
    const text = readFileSync('test/fixtures/seed/zezhou-2026.txt', 'utf8');
    const gbk = encodeGbk(text);
    const d2 = importTextBuffer(gbk);
    expect(d2.tables.length).toBe(13);
  });
});
