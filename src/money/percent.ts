import { toHalfWidth } from './parse.js';
import { abs } from './money.js';

/** A printed percentage, kept exact: value = digits / 10^decimals percent. */
export interface Percent {
  readonly digits: bigint;
  readonly decimals: number;
}

export function parsePercent(raw: string): Percent | null {
  const m = /^([-+]?\d+)(?:\.(\d+))?\s*%$/.exec(toHalfWidth(raw).trim());
  if (!m) return null;
  const frac = m[2] ?? '';
  return { digits: BigInt(m[1] + frac), decimals: frac.length };
}

export function formatPercent(p: Percent): string {
  const neg = p.digits < 0n;
  const s = abs(p.digits).toString().padStart(p.decimals + 1, '0');
  const body = p.decimals ? s.slice(0, -p.decimals) + '.' + s.slice(-p.decimals) : s;
  return (neg ? '-' : '') + body + '%';
}

/**
 * Compute numerator/denominator as a percentage rounded (half up) to `decimals`, exactly.
 * Returns null when the denominator is zero.
 */
export function ratioPercent(numerator: bigint, denominator: bigint, decimals = 2): Percent | null {
  if (denominator === 0n) return null;
  const scale = 100n * 10n ** BigInt(decimals);
  const neg = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = abs(numerator) * scale;
  const d = abs(denominator);
  const q = (2n * n + d) / (2n * d);
  return { digits: neg ? -q : q, decimals };
}

/**
 * Is a printed percentage consistent with num/den, allowing num and den to be off by their own
 * rounding tolerance (tolNum, tolDen in the same minor units) and the percent by half its last digit?
 * Exact interval test with integer cross-multiplication.
 */
export function percentConsistent(p: Percent, num: bigint, den: bigint, tolNum = 0n, tolDen = 0n): boolean {
  if (den <= 0n) return false;
  const scale = 100n * 10n ** BigInt(p.decimals); // p.digits / scale == ratio
  // Claimed ratio interval [lo, hi] = [(2*digits - 1) / (2*scale), (2*digits + 1) / (2*scale)]
  const loN = 2n * p.digits - 1n;
  const hiN = 2n * p.digits + 1n;
  const twoScale = 2n * scale;
  // Actual ratio interval [(num - tolNum)/(den + tolDen), (num + tolNum)/(den - tolDen)]
  const aLoN = num - tolNum;
  const aLoD = den + tolDen;
  const aHiN = num + tolNum;
  const aHiD = den - tolDen > 0n ? den - tolDen : 1n;
  // intervals intersect iff aLo <= hi and lo <= aHi
  const aLoLeHi = aLoN * twoScale <= hiN * aLoD;
  const loLeAHi = loN * aHiD <= aHiN * twoScale;
  return aLoLeHi && loLeAHi;
}
