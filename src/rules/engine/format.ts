import { abs, money, show, type Money } from '../../money/index.js';
import type { MoneyUnit } from '../../money/units.js';

/** "650.24万元" in the unit of the figure (or the given one). */
export function fmt(m: Money, unit: MoneyUnit = m.unit, decimals = unit === '元' ? (m.unit === '元' ? m.decimals : 2) : 2): string {
  return show(m, unit, decimals);
}

export function fmtDiff(actual: bigint, expected: bigint, unit: MoneyUnit): string {
  const d = actual - expected;
  return (d > 0n ? '+' : d < 0n ? '-' : '') + show(money(abs(d), unit, 2), unit, 2);
}

export function fen(m: Money | undefined | null): bigint {
  return m?.fen ?? 0n;
}
