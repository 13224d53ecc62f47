// Readings of "quantity × standard (× months)": every plausible interpretation of a standard, and the sums a
// set of standards and items can reach. Used by perf-quantity-standard.
import { halfQuantum, money, show, type Money } from '../../money/index.js';
import type { Period } from './form-text.js';

export interface Count {
  count: bigint;
  unit: string;
}

export interface Rate {
  values: Money[];
  per?: string;
  period?: Period;
}

export interface Reading {
  fen: bigint;
  /** Rounding slack of the standard, multiplied out. */
  tol: bigint;
  /** "452人 × 320元 × 12个月". */
  text: string;
  /** The count was forced by a matching unit (每户 ↔ 户), not guessed. */
  forced: boolean;
}

const PERSON = /^(人|名|位|人次)$/;

/** Counts the standard can multiply: those with a matching unit when it names one, else any count or 1. */
export function countsFor(rate: Rate, counts: Count[]): { counts: (Count | undefined)[]; forced: boolean } {
  const match = (c: Count) => (rate.per && PERSON.test(rate.per) ? PERSON.test(c.unit) : c.unit === rate.per);
  if (rate.per && rate.per !== '次') {
    const m = counts.filter(match);
    if (m.length) return { counts: m, forced: true };
  }
  return { counts: [undefined, ...counts], forced: false };
}

export function readings(rate: Rate, counts: Count[], multipliers: bigint[]): Reading[] {
  const out: Reading[] = [];
  const { counts: cs, forced } = countsFor(rate, counts);
  for (const v of rate.values)
    for (const c of cs)
      for (const m of multipliers) {
        const q = c?.count ?? 1n;
        const parts = [...(c ? [`${c.count}${c.unit}`] : []), show(v, v.unit, v.decimals), ...(m !== 1n ? [`${m}${rate.period === '季度' ? '个季度' : rate.period === '天' ? '天' : '个月'}`] : [])];
        out.push({ fen: v.fen * q * m, tol: halfQuantum(v) * q * m, text: parts.join(' × '), forced });
      }
  return out;
}

export interface Reach {
  fen: bigint;
  tol: bigint;
  text: string;
}

const LIMIT = 50_000;

/**
 * Sums reachable with at least one reading of the standards (each standard used at most once, or exactly once
 * when `all`) plus any subset of the items. Returns undefined when there are too many to enumerate.
 */
export function reachable(groups: Reading[][], items: Money[], all = false): Reach[] | undefined {
  let none: Reach[] = [{ fen: 0n, tol: 0n, text: '' }];
  let some: Reach[] = [];
  for (const g of groups) {
    const withG = [...none, ...some].flatMap((b) => g.map((r) => ({ fen: b.fen + r.fen, tol: b.tol + r.tol, text: join(b.text, r.text) })));
    if (all) none = [];
    some = dedupe(all ? withG : [...some, ...withG]);
    if (some.length > LIMIT) return undefined;
  }
  for (const it of items) {
    some = dedupe([...some, ...some.map((x) => ({ fen: x.fen + it.fen, tol: x.tol + halfQuantum(it), text: join(x.text, show(it, it.unit, it.decimals)) }))]);
    if (some.length > LIMIT) return undefined;
  }
  return some;
}

function join(a: string, b: string): string {
  return a ? `${a} + ${b}` : b;
}

function dedupe(xs: Reach[]): Reach[] {
  const seen = new Map<bigint, Reach>();
  for (const x of xs) if (!seen.has(x.fen)) seen.set(x.fen, x);
  return [...seen.values()];
}

/** Does any reachable sum equal the target within the combined tolerance? */
export function explains(sums: Reach[] | undefined, target: bigint, tol: bigint): boolean {
  if (!sums) return true;
  return sums.some((s) => abs(s.fen - target) <= tol + s.tol);
}

/** The reachable sum closest to the target (to show as the expected figure). */
export function closest(sums: Reach[], target: bigint): Reach | undefined {
  return sums.reduce<Reach | undefined>((best, s) => (!best || abs(s.fen - target) < abs(best.fen - target) ? s : best), undefined);
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

export function yuan(fen: bigint): string {
  return show(money(fen, '元', 0), '元', fen % 100n === 0n ? 0 : 2);
}
