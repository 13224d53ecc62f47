import type { Column, Table } from '../../model/document.js';
import { money } from '../../money/index.js';
import { sumTolerance, within } from '../../money/tolerance.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { cellLoc, rowPhrase } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

/** The four columns of a 决算 balance (年初结转和结余, 本年收入, 本年支出, 年末结转和结余), when a table has them. */
export function balanceColumns(t: Table): { start: Column; income: Column; expense: Column; end: Column } | undefined {
  const find = (test: (c: Column) => boolean) => t.columns.find(test);
  const start = find((c) => c.path.some((p) => /^年初.{0,6}结转和?结余$/.test(p)));
  const end = find((c) => c.path.some((p) => /^年末.{0,6}结转和?结余$/.test(p)));
  const income = find((c) => c.path.some((p) => /^本年收入(合计)?$/.test(p)) && (c.path.length === 1 || /^(小计|合计)$/.test(c.label) || /^本年收入/.test(c.label)));
  const expense = find((c) => c.path.some((p) => /^本年支出(合计)?$/.test(p)) && (/^(小计|合计)$/.test(c.label) || /^本年支出/.test(c.label)));
  return start && end && income && expense ? { start, income, expense, end } : undefined;
}

export default defineRule({
  id: 'final-balance',
  severity: 'error',
  category: 'arithmetic',
  title: '决算结转结余不平衡',
  message: '“{table}”{row}：年初结转和结余 + 本年收入 − 本年支出 ≠ 年末结转和结余',
  description: `决算表中列有“年初结转和结余、本年收入、本年支出、年末结转和结余”时，每一行都应满足
年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余（政府性基金、国有资本经营预算财政拨款收入支出决算表等）。
容差为四个数末位半个单位之和。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      const cols = balanceColumns(t);
      if (!cols) continue;
      for (const r of t.rows) {
        const cells = [cols.start, cols.income, cols.expense, cols.end].map((c) => r.cells[c.key]);
        if (!cells.some((c) => c?.value)) continue;
        const v = (c: Column) => figures.value(t, r, c.key).fen;
        const expected = v(cols.start) + v(cols.income) - v(cols.expense);
        const actual = v(cols.end);
        const tol = sumTolerance(cells.map((c) => c?.value ?? { unit: t.unit, decimals: 2 }));
        if (within(actual, expected, tol)) continue;
        yield {
          params: { table: t.title, row: rowPhrase(r) },
          locations: [cellLoc(t, r, cols.end.key)],
          expected: fmt(money(expected, t.unit)),
          actual: fmt(money(actual, t.unit)),
          difference: fmtDiff(actual, expected, t.unit),
          suggestion: '核对该行的年初结转和结余、本年收入、本年支出与年末结转和结余',
        };
      }
    }
  },
});
