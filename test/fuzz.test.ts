import { describe as suite, expect, it } from 'vitest';
import { describe, fuzz } from '../scripts/fuzz/run.js';

// A reduced fuzz run for CI (the full one is `npm run fuzz`, 2,000 cases): mutated real inputs, checked with
// every report built; an internal error or a dead worker is a crash, and there must be none.
suite('fuzzing', () => {
  it('200 mutated inputs: no crash', { timeout: 240_000 }, async () => {
    const result = await fuzz({ cases: 200, seed: 20260, small: true, timeoutSeconds: 30 });
    console.log(describe(result, 20260));
    expect(result.crashes).toEqual([]);
    expect(result.read + result.unreadable + result.overLimit.length).toBe(200);
  });
});
