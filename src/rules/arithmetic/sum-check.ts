import { coverCells } from '../engine/coverage.js';
import type { Row, Table } from '../../model/document.js';
import { money } from '../../money/index.js';
import { sumTolerance, within } from '../../money/tolerance.js';
import type { Figures } from '../engine/figures.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { cellLoc, rowLabel } from '../engine/locate.js';
import type { FindingDraft } from '../engine/types.js';

/** Value columns of a table on one side (name/code columns excluded). */
export function valueKeys(t: Table, side?: 'income' | 'expense'): string[] {
  return t.columns.filter((c) => c.side === side && !/(^|\.)(name|code|alt-name)(#\d+)?$/.test(c.key)).map((c) => c.key);
}

/**
 * Compare a total row with the sum of part rows in every value column; one finding per column that
 * disagrees beyond the rounding tolerance of its addends.
 */
export function* checkRowSum(figures: Figures, t: Table, total: Row, parts: Row[], what: string): Generator<FindingDraft> {
  if (parts.length === 0) return;
  for (const key of valueKeys(t, total.side)) {
    const present = parts.filter((p) => p.cells[key]);
    if (!(key in total.cells)) continue;
    coverCells(total.cells[key], ...present.map((p) => p.cells[key]));
    const actual = figures.value(t, total, key).fen;
    const expected = present.reduce((s, p) => s + figures.value(t, p, key).fen, 0n);
    if (actual === 0n && expected === 0n) continue;
    const tol = sumTolerance(present.map((p) => p.cells[key].value ?? { unit: t.unit, decimals: 2 }));
    if (within(actual, expected, tol)) continue;
    const col = t.columns.find((c) => c.key === key);
    const names = parts.map(rowLabel);
    yield {
      params: { table: t.title, row: rowLabel(total), column: col?.label ?? key, what },
      locations: [cellLoc(t, total, key)],
      expected: fmt(money(expected, t.unit)),
      actual: fmt(money(actual, t.unit)),
      difference: fmtDiff(actual, expected, t.unit),
      suggestion: `${what}：${names.length > 6 ? names.slice(0, 6).join('、') + ' 等' + names.length + '行' : names.join('、')}；请核对各行金额或更正该合计`,
    };
  }
}
