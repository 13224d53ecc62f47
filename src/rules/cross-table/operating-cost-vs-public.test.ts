import { describe, expect, it } from 'vitest';
import rule from './operating-cost-vs-public.js';
import { runRule } from '../testing.js';
import { mini } from './fixture.js';

describe('operating-cost-vs-public', () => {
  it('passes on a consistent disclosure', () => expect(runRule(rule, mini())).toEqual([]));
  it('fails when one table disagrees, pointing at both places', () => {
    const f = runRule(rule, mini({ operating: '1.50' }));
    expect(f).toHaveLength(1);
    expect(f[0].locations.length).toBeGreaterThanOrEqual(1);
    expect(f[0].expected).toBeDefined();
  });
});
