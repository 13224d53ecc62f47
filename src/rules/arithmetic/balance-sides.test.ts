import { describe, expect, it } from 'vitest';
import balanceSides from './balance-sides.js';
import { runRule } from '../testing.js';
import { fiscalSummary } from './fixtures.js';

const text = fiscalSummary;

describe('balance-sides', () => {
  it('passes when 收入总计 = 支出总计', () => expect(runRule(balanceSides, text('12.00'))).toEqual([]));
  it('fails when they differ, pointing at both cells', () => {
    const f = runRule(balanceSides, text('11.00'));
    expect(f).toHaveLength(1);
    expect(f[0].locations).toHaveLength(2);
  });
});
