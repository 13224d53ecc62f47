import { describe, expect, it } from 'vitest';
import rule from './fund-tables-vs-summary.js';
import { runRule } from '../testing.js';
import { mini } from './fixture.js';

describe('fund-tables-vs-summary', () => {
  it('passes on a consistent disclosure', () => expect(runRule(rule, mini())).toEqual([]));
  it('fails when one table disagrees, pointing at both places', () => {
    const f = runRule(rule, mini({ govFund: '2.00' }));
    expect(f).toHaveLength(2);
    expect(f[0].locations.length).toBeGreaterThanOrEqual(1);
    expect(f[0].expected).toBeDefined();
  });
});
