import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument, Table } from '../../model/document.js';
import { checkDocument } from '../../rules/engine/run.js';
import { ARITHMETIC_RULES } from '../../rules/arithmetic/index.js';
import { importLines } from '../lines/index.js';
import { layoutLines } from './layout.js';
import { readPdf } from './load.js';
import { REAL, realDoc, realPath, tableOf } from './testing.js';

/**
 * Tables printed without ruling lines are rebuilt from text alignment. The test takes a real disclosure, drops
 * its ruling lines and compares the tables with those read from the ruled original.
 */
const pages = await readPdf(new Uint8Array(readFileSync(realPath(REAL.social))), 'x');
const bare: BudgetDocument = importLines(layoutLines(pages.map((p) => ({ ...p, segments: [] }))), { file: REAL.social });
const ruled = await realDoc(REAL.social);

/** Code, name and total of every row. */
const essence = (t: Table) => t.rows.map((r) => [r.code ?? '', r.name, r.cells.total?.raw ?? '']);

describe('tables without ruling lines', () => {
  it('finds the same nine tables', () => {
    expect(bare.tables.map((t) => t.kind)).toEqual(ruled.tables.map((t) => t.kind));
  });

  it('reads coded tables row for row, joining names wrapped above and below their amounts', () => {
    for (const kind of ['income-summary', 'expense-summary', 'gpb-expense', 'gpb-basic-economic'] as const) {
      expect(essence(tableOf(bare, kind)), kind).toEqual(essence(tableOf(ruled, kind)));
    }
    const names = tableOf(bare, 'gpb-expense').rows.map((r) => r.name);
    expect(names).toContain('机关事业单位基本养老保险缴费支出'); // printed on three lines around its amounts (p12)
    expect(names).toContain('一般公共服务支出');
  });

  it('joins the table continued on the next page (收入决算表, p6–7)', () => {
    const t = tableOf(bare, 'income-summary');
    expect(t.rows.at(-1)).toMatchObject({ code: '2210203', name: '购房补贴', source: { page: 7 } });
  });

  it('keeps the basic/project split of 支出决算表', () => {
    const [b, r] = [tableOf(bare, 'expense-summary'), tableOf(ruled, 'expense-summary')];
    expect(b.rows.map((x) => [x.cells.basic?.raw, x.cells.project?.raw])).toEqual(r.rows.map((x) => [x.cells.basic?.raw, x.cells.project?.raw]));
  });

  it('reconciles', () => {
    expect(checkDocument(bare, { rules: ARITHMETIC_RULES }).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});
