import { coverCells } from '../engine/coverage.js';
import type { Table } from '../../model/document.js';
import { money } from '../../money/index.js';
import { sumTolerance, within } from '../../money/tolerance.js';
import { TOTAL_LABEL } from '../../model/columns.js';
import { cellLoc } from '../engine/locate.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { defineRule, type FindingDraft } from '../engine/types.js';

/**
 * Pairs (total column, addend columns) from the header paths: a column labelled 合计/小计 sums the other
 * value columns that share its parent header (e.g. 2026年预算数 › 合计 = 基本支出 + 项目支出).
 */
export function columnSums(t: Table): { total: string; parts: string[] }[] {
  const out: { total: string; parts: string[] }[] = [];
  const isValue = (key: string) => !/(^|\.)(name|code|alt-name)(#\d+)?$/.test(key);
  for (const col of t.columns) {
    if (!TOTAL_LABEL.test(col.label) || col.path.length === 0) continue;
    const parent = col.path.slice(0, -1);
    const under = t.columns.filter((c) => c !== col && c.side === col.side && isValue(c.key) && c.path.length > parent.length && parent.every((p, i) => c.path[i] === p));
    // A sibling group with its own 小计 counts once, through that 小计 (not 小计 plus its parts).
    const groupTotal = (c: (typeof under)[number]) =>
      c.path.length > parent.length + 1 ? under.find((x) => x.path.length === parent.length + 2 && x.path[parent.length] === c.path[parent.length] && TOTAL_LABEL.test(x.label)) : undefined;
    const parts = under.filter((c) => {
      const gt = groupTotal(c);
      return !gt || gt === c;
    }).map((c) => c.key);
    if (parts.length >= 2) out.push({ total: col.key, parts });
  }
  return out;
}

export default defineRule({
  id: 'table-column-total',
  severity: 'error',
  category: 'arithmetic',
  title: '合计列不等于各分列之和',
  message: '“{table}”第“{row}”行：{total}列应等于{parts}之和',
  description: `表头中标为“合计”“小计”的列，应等于同一表头分组下其余各列之和，例如支出总表的“合计 = 基本支出 + 项目支出”、
基本支出经济分类表的“合计 = 人员经费 + 公用经费”、收入总表的“本年收入合计 = 一般公共预算 + 政府性基金 + …”。
容差为各加数末位半个单位之和（n 个四舍五入的数相加，最多相差 n × 0.005）。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      for (const { total, parts } of columnSums(t)) {
        for (const row of t.rows) {
          if (!(total in row.cells)) continue;
          const cells = parts.filter((p) => p in row.cells);
          if (!cells.length) continue;
          const anyValue = cells.some((p) => row.cells[p].value) || row.cells[total].value;
          if (!anyValue) continue;
          coverCells(row.cells[total], ...cells.map((p) => row.cells[p]));
          const expected = cells.reduce((s, p) => s + figures.value(t, row, p).fen, 0n);
          const actual = figures.value(t, row, total).fen;
          const tol = sumTolerance(cells.map((p) => row.cells[p].value ?? { unit: t.unit, decimals: 2 }));
          if (within(actual, expected, tol)) continue;
          const labels = cells.map((p) => t.columns.find((c) => c.key === p)?.label ?? p);
          const d: FindingDraft = {
            params: { table: t.title, row: row.name || row.code || '', total: t.columns.find((c) => c.key === total)?.label ?? total, parts: labels.join('、') },
            locations: [cellLoc(t, row, total)],
            expected: fmt(money(expected, t.unit)),
            actual: fmt(money(actual, t.unit)),
            difference: fmtDiff(actual, expected, t.unit),
            suggestion: `核对该行各分列金额，或将${labels.length ? '合计' : ''}改为 ${fmt(money(expected, t.unit))}`,
          };
          yield d;
        }
      }
    }
  },
});
