import { describe, expect, it } from 'vitest';
import rule from './narrative-completion.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (pct: string, spent = '2940.05') =>
  withNarrative({ '（三）一般公共预算财政拨款支出决算具体情况': `一般公共预算财政拨款支出年初预算为2993.92万元，全年预算为2950.00万元，支出决算为${spent}万元，完成年初预算的${pct}。` });

describe('narrative-completion', () => {
  it('passes when the rate is the 决算 over the budget it names', () => expect(runRule(rule, text('98.20%'))).toEqual([]));
  it('fails on a wrong rate with the recomputed one', () => {
    const f = runRule(rule, text('98.50%'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('98.20%');
  });
  it('says when the rate is computed on the other budget figure', () => {
    const f = runRule(rule, text('99.66%'));
    expect(f[0].suggestion).toContain('2950.00万元');
  });
  it('says when the rate is cut off instead of rounded', () => {
    // 2940.35 / 2993.92 = 98.2107% → 98.21%; printed 98.2 cut from 98.21 is not a truncation, 98.21 is right.
    expect(runRule(rule, text('98.21%', '2940.35'))).toEqual([]);
    const f = runRule(rule, text('98.1%', '2939.00'));
    expect(f[0].suggestion).toContain('截断');
  });
});
