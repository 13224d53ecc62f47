import { halfQuantum, type Money } from './money.js';

/**
 * Rounding tolerance model. Every printed figure may be off from the exact value by less than half a unit
 * of its last digit. The printed total of n printed addends (each rounded on its own) may therefore differ
 * from their printed sum by n × half a unit: the bound |Σround(aᵢ) − round(Σaᵢ)| < (n+1)·h, and the
 * difference is a whole number of units, so it is at most n·h. Pass `total` to add its own half unit when
 * the total was printed with a coarser quantum than its addends.
 */
export function sumTolerance(addends: readonly Pick<Money, 'unit' | 'decimals'>[], total?: Pick<Money, 'unit' | 'decimals'>): bigint {
  let t = 0n;
  for (const a of addends) t += halfQuantum(a);
  if (total) t += halfQuantum(total);
  return t;
}

/** Compare two amounts within a tolerance (in 分). */
export function within(a: bigint, b: bigint, tol: bigint): boolean {
  const d = a - b;
  return (d < 0n ? -d : d) <= tol;
}
