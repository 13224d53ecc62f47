import type { Row, Table } from '../../model/document.js';
import { money } from '../../money/index.js';
import { sumTolerance } from '../../money/tolerance.js';
import { coverCells } from '../engine/coverage.js';
import type { Figures } from '../engine/figures.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { cellLoc, rowLabel } from '../engine/locate.js';
import type { FindingDraft } from '../engine/types.js';

/** How a printed total agrees with the sum of its printed parts: exactly, within rounding (尾差), or not. */
export type Agreement = 'exact' | 'rounding' | 'mismatch';

export function agreement(actual: bigint, expected: bigint, tolerance: bigint): Agreement {
  const d = actual - expected;
  if (d === 0n) return 'exact';
  return (d < 0n ? -d : d) <= tolerance ? 'rounding' : 'mismatch';
}

/** Amount columns of a table on one side that add up (totals and parts; not 其中, prior-year or change columns). */
export function valueKeys(t: Table, side?: 'income' | 'expense'): string[] {
  return t.columns.filter((c) => c.side === side && c.type === 'amount' && (c.role === 'total' || c.role === 'part' || c.role === undefined)).map((c) => c.key);
}

/**
 * Amount columns that add up down the rows: the addable columns and the 其中 columns too (a 类's “其中：政府采购”
 * is the sum of its 款's, though it is never added to the 类's total across the columns).
 */
export function rowSumKeys(t: Table, side?: 'income' | 'expense'): string[] {
  return t.columns.filter((c) => c.side === side && c.type === 'amount' && (c.role === 'total' || c.role === 'part' || c.role === 'of' || c.role === undefined)).map((c) => c.key);
}

/**
 * Compare a total row with the sum of part rows in every amount column that adds up down the rows: one finding per column that disagrees,
 * an error beyond the rounding tolerance of the addends, a 尾差 warning within it.
 */
export function* checkRowSum(figures: Figures, t: Table, total: Row, parts: Row[], what: string): Generator<FindingDraft> {
  if (parts.length === 0) return;
  for (const key of rowSumKeys(t, total.side)) {
    const present = parts.filter((p) => p.cells[key]);
    if (!(key in total.cells)) continue;
    coverCells(total.cells[key], ...present.map((p) => p.cells[key]));
    const actual = figures.value(t, total, key).fen;
    const expected = present.reduce((s, p) => s + figures.value(t, p, key).fen, 0n);
    const tol = sumTolerance(present.map((p) => p.cells[key].value ?? { unit: t.unit, decimals: 2 }));
    const agree = agreement(actual, expected, tol);
    if (agree === 'exact') continue;
    const col = t.columns.find((c) => c.key === key);
    const names = parts.map(rowLabel);
    yield {
      params: { table: t.title, row: rowLabel(total), column: col?.label ?? key, what },
      locations: [cellLoc(t, total, key)],
      expected: fmt(money(expected, t.unit)),
      actual: fmt(money(actual, t.unit)),
      difference: fmtDiff(actual, expected, t.unit),
      suggestion: `${what}：${names.length > 6 ? names.slice(0, 6).join('、') + ' 等' + names.length + '行' : names.join('、')}；请核对各行金额或更正该合计`,
      ...(agree === 'rounding' ? { rounding: true } : {}),
    };
  }
}

/**
 * Can the amounts be read as a list of items adding up to `target`, where an item is a line, or a heading line
 * followed by items adding up to the heading? (Depth-first over the ways to group, memoised.)
 */
export function nests(amounts: bigint[], target: bigint): boolean {
  const memo = new Map<string, number[]>();
  // Ends j such that amounts[i..j) reads as items adding up to `sum`.
  const ends = (i: number, sum: bigint): number[] => {
    const key = `${i}:${sum}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const out = new Set<number>();
    if (sum === 0n) out.add(i);
    if (i < amounts.length && memo.size < 20_000) {
      const a = amounts[i];
      // The line as an item of its own, or as a heading over the items after it.
      const afterItem = [i + 1, ...ends(i + 1, a)];
      for (const j of afterItem) for (const k of ends(j, sum - a)) out.add(k);
    }
    const list = [...out];
    memo.set(key, list);
    return list;
  };
  return ends(0, target).includes(amounts.length);
}

