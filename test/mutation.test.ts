import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMutations, runRoundingMutations, sites } from './mutation.js';

const seed = readFileSync('test/fixtures/seed/zezhou-2026.txt', 'utf8');

describe('mutation test on the seed', () => {
  it('finds numbers to mutate in tables and narrative', () => {
    const s = sites(seed);
    expect(s.filter((x) => x.kind === 'cell').length).toBeGreaterThan(300);
    expect(s.filter((x) => x.kind === 'narrative').length).toBeGreaterThan(40);
  });
  it('detects at least 99% of 1,000 seeded mutations that break an identity or a stated figure', () => {
    const r = runMutations(seed, 1000);
    const rate = r.detected / r.trials;
    console.log(`mutation detection rate: ${(rate * 100).toFixed(1)}% (${r.detected}/${r.trials})`);
    for (const m of r.missed.slice(0, 15)) console.log(`  missed ${m.site.kind} line ${m.site.line + 1}: ${m.from} → ${m.to}`);
    expect(rate).toBeGreaterThanOrEqual(0.99);
    // A thousand full checks of the seed: longer than the suite's default per-test limit on a loaded machine.
  }, 180_000);
  it('reports every table cell changed by one unit of its last digit, at least as a 尾差 warning', () => {
    const r = runRoundingMutations(seed, 100);
    console.log(`one-unit changes reported: ${r.detected}/${r.trials}`);
    for (const m of r.missed.slice(0, 15)) console.log(`  missed line ${m.site.line + 1} cell ${m.site.at}: ${m.from} → ${m.to}`);
    expect(r.detected).toBe(r.trials);
  });
});
