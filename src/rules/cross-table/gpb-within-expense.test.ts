import { describe, expect, it } from 'vitest';
import rule from './gpb-within-expense.js';
import { runRule } from '../testing.js';
import { mini } from './fixture.js';

describe('gpb-within-expense', () => {
  it('passes on a consistent disclosure', () => expect(runRule(rule, mini())).toEqual([]));
  it('fails when one table disagrees, pointing at both places', () => {
    const f = runRule(rule, mini({ gpbTotal: '11.00' }));
    expect(f).toHaveLength(2);
    expect(f[0].locations.length).toBeGreaterThanOrEqual(1);
    expect(f[0].expected).toBeDefined();
  });
});
