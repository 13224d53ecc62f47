import { coverCells } from '../engine/coverage.js';
import { abs, halfQuantum, money } from '../../money/index.js';
import type { Figure } from '../engine/figures.js';
import { fmt, fmtDiff } from '../engine/format.js';
import type { FindingDraft } from '../engine/types.js';

/** Tolerance between two printed figures: half a unit of the coarser one's last digit. */
export function pairTolerance(a: Figure, b: Figure): bigint {
  const ha = a.tolerance ?? halfQuantum(a.value);
  const hb = b.tolerance ?? halfQuantum(b.value);
  return ha > hb ? ha : hb;
}

/** Yield a finding when two figures that must be equal differ. `a` is the reference (expected). */
export function* mustEqual(a: Figure | undefined, b: Figure | undefined, params: Record<string, string> = {}, suggestion?: string): Generator<FindingDraft> {
  if (!a || !b) return;
  coverCells(...(a.cells ?? []), ...(b.cells ?? []));
  const d = b.value.fen - a.value.fen;
  if (abs(d) <= pairTolerance(a, b)) return;
  const unit = b.value.unit;
  // One unit of the last digit apart: the rounding of one of them (a sum of rounded figures) — 尾差.
  const oneUnit = abs(d) <= 2n * pairTolerance(a, b) && a.tolerance === undefined && b.tolerance === undefined;
  yield {
    params: { a: a.label, b: b.label, ...params },
    locations: [b.location, a.location],
    expected: fmt(money(a.value.fen, unit)),
    actual: fmt(money(b.value.fen, unit)),
    difference: fmtDiff(b.value.fen, a.value.fen, unit),
    suggestion: suggestion ?? `“${b.label}”应与“${a.label}”一致，请核对两表`,
    ...(oneUnit ? { rounding: true } : {}),
  };
}

/** Sum of figures as one figure (for "A + B = C" identities); undefined when none is present. */
export function sumFigures(label: string, figs: (Figure | undefined)[]): Figure | undefined {
  const present = figs.filter((f): f is Figure => !!f);
  if (!present.length) return undefined;
  const fen = present.reduce((s, f) => s + f.value.fen, 0n);
  const coarse = present.reduce((c, f) => (halfQuantum(f.value) > halfQuantum(c.value) ? f : c), present[0]);
  const tolerance = present.reduce((t, f) => t + (f.tolerance ?? halfQuantum(f.value)), 0n);
  return { label, value: { ...coarse.value, fen }, location: present[0].location, tolerance, cells: present.flatMap((f) => f.cells ?? []) };
}
