import { FEN_PER_UNIT, type MoneyUnit } from './units.js';

/**
 * An exact amount. `fen` is the value in 分 (integer, bigint so no float ever touches money);
 * `unit` and `decimals` say how it was (or will be) printed, which fixes its rounding quantum.
 */
export interface Money {
  readonly fen: bigint;
  readonly unit: MoneyUnit;
  readonly decimals: number;
}

export function money(fen: bigint, unit: MoneyUnit = '元', decimals = 2): Money {
  return { fen, unit, decimals };
}

/** The value of one unit of the last printed digit, in 分. */
export function quantum(m: Pick<Money, 'unit' | 'decimals'>): bigint {
  const perUnit = FEN_PER_UNIT[m.unit];
  const div = 10n ** BigInt(m.decimals);
  return perUnit >= div ? perUnit / div : 1n;
}

/** Half the quantum: how far the printed figure may be from the exact one. */
export function halfQuantum(m: Pick<Money, 'unit' | 'decimals'>): bigint {
  return quantum(m) / 2n;
}

export function abs(fen: bigint): bigint {
  return fen < 0n ? -fen : fen;
}

/** Round an amount to the quantum of `unit`/`decimals` (half away from zero, as spreadsheets do). */
export function roundTo(m: Money, unit: MoneyUnit, decimals: number): Money {
  const q = quantum({ unit, decimals });
  const sign = m.fen < 0n ? -1n : 1n;
  const a = abs(m.fen);
  const r = ((a + q / 2n) / q) * q;
  return { fen: sign * r, unit, decimals };
}

/** Format in the given unit with its decimals, e.g. 650.24 (no unit suffix). */
export function formatIn(m: Money, unit: MoneyUnit = m.unit, decimals = m.decimals): string {
  const r = roundTo(m, unit, decimals);
  const per = FEN_PER_UNIT[unit];
  const neg = r.fen < 0n;
  const a = abs(r.fen);
  // value in units = a / per; print with `decimals` digits
  const scaled = (a * 10n ** BigInt(decimals)) / per;
  const s = scaled.toString().padStart(decimals + 1, '0');
  const intPart = decimals > 0 ? s.slice(0, -decimals) : s;
  const frac = decimals > 0 ? '.' + s.slice(-decimals) : '';
  return (neg ? '-' : '') + intPart + frac;
}

/** Human form with unit: "650.24万元". */
export function show(m: Money, unit: MoneyUnit = m.unit, decimals = m.decimals): string {
  return formatIn(m, unit, decimals) + unit;
}

