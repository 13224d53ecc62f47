import type { Row, Table } from '../../model/document.js';
import { coverCells } from '../engine/coverage.js';
import { defineRule } from '../engine/types.js';
import { checkRowSum, nests } from './sum-check.js';

/** The column a project table's lines are summed in: its total column, else its first amount column (项目金额). */
function amountKey(t: Table): string {
  return t.columns.find((c) => c.type === 'amount' && c.role === 'total')?.key ?? t.columns.find((c) => c.type === 'amount')?.key ?? 'total';
}

export default defineRule({
  id: 'project-table-sum',
  severity: 'error',
  category: 'arithmetic',
  title: '项目支出表合计不等于各项目之和',
  message: '“{table}”中“{row}”的{column}不等于{what}',
  description: `项目支出表按“部门 → 单位 → 项目”分层列示：单位行等于其下各项目之和，部门（合计）行等于各单位之和
（只有一个层级时等于各项目之和）。版式未标出层级时，把“通用项目”“专用项目”等类别行读作其后若干行的合计（在金额允许的地方）：
只有在任何分层读法下都对不上时才报告。表中只有一栏金额（如“项目金额”）而无“合计”栏时，按这一栏相加。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      if (t.kind !== 'project-expense' && t.kind !== 'project-carryover') continue;
      const total = t.rows.find((r) => r.role === 'total');
      const units = t.rows.filter((r) => r.role === 'subtotal');
      const projects = t.rows.filter((r) => r.level === 'project');
      for (const u of units) {
        const start = t.rows.indexOf(u) + 1;
        const mine: Row[] = [];
        for (const r of t.rows.slice(start)) {
          if (r.role !== 'data') break;
          mine.push(r);
        }
        if (t.structure !== 'flat') {
          yield* checkRowSum(figures, t, u, mine, '其下各项目之和');
          continue;
        }
        // Layouts that mark no levels may still list category lines (通用项目, 专用项目, 一级项目) above their projects:
        // the lines are read as a heading followed by the lines that make it up wherever the figures allow it.
        const key = amountKey(t);
        const amount = (r: Row) => r.cells[key]?.value?.fen ?? 0n;
        if (nests(mine.map(amount), amount(u))) {
          coverCells(u.cells[key], ...mine.map((r) => r.cells[key]));
          continue;
        }
        yield* checkRowSum(figures, t, u, mine, '其下各项目之和');
      }
      if (!total) continue;
      // A department line over its units' lines (116 西安市财政局 / 116001 西安市财政局 / …): unit lines listed one
      // after the other may nest; the total is reported only when no nesting of them explains it.
      const key = amountKey(t);
      const amount = (r: Row) => r.cells[key]?.value?.fen ?? 0n;
      const nested = units.some((u, k) => k > 0 && t.rows.indexOf(u) === t.rows.indexOf(units[k - 1]) + 1);
      if (nested && nests(units.map(amount), amount(total))) {
        coverCells(total.cells[key], ...units.map((r) => r.cells[key]));
        continue;
      }
      yield* checkRowSum(figures, t, total, units.length ? units : projects, units.length ? '各单位之和' : '各项目之和');
    }
  },
});
