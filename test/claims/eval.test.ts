import { describe, expect, it } from 'vitest';
import { byFamily, byType, evaluate, precision, recall, table, total } from './evaluate.js';

/**
 * Precision and recall of the claim grammar on the gold sentence set (test/claims/sentences), printed on every
 * run. Matching is defined in match.ts; the held-out test split (every fifth document, gold.ts) is reported
 * apart from the split the grammar was developed on. Targets: precision ≥ 98%, recall ≥ 90% over the set.
 */
const results = evaluate();
const train = results.filter((r) => r.split === 'train');
const test = results.filter((r) => r.split === 'test');
const line = (name: string, rs: typeof results) => {
  const t = total(rs);
  return `${name.padEnd(6)} precision ${(100 * precision(t)).toFixed(1)}%  recall ${(100 * recall(t)).toFixed(1)}%  (${t.matched} matched, ${t.extracted} extracted, ${t.expected} expected, ${rs.length} sentences)`;
};

describe('claim extraction measured on real sentences', () => {
  it('prints precision and recall overall, by split, by claim type and by family', () => {
    console.log(['claim extraction on the gold set', line('all', results), line('train', train), line('test', test), table('by type (all)', byType(results)), table('by family (all)', byFamily(results)), table('by type (test split)', byType(test))].join('\n'));
    expect(results.length).toBeGreaterThan(600);
  });
  it('meets the targets: precision ≥ 98%, recall ≥ 90%', () => {
    const t = total(results);
    expect(precision(t)).toBeGreaterThanOrEqual(0.98);
    expect(recall(t)).toBeGreaterThanOrEqual(0.9);
  });
  it('keeps the held-out split near the targets (a large gap means the grammar fits its examples, not the language)', () => {
    const t = total(test);
    expect(precision(t)).toBeGreaterThanOrEqual(0.93);
    expect(recall(t)).toBeGreaterThanOrEqual(0.9);
  });
});
