import { describe, expect, it } from 'vitest';
import rule from './narrative-change-vs-prior.js';
import { runRule } from '../testing.js';
import { mini } from '../cross-table/fixture.js';
import { withNarrative } from './fixture.js';

const thisYear = (amount: string) => withNarrative({ '（一）一般公共预算当年支出规模变化情况': `一般公共预算当年支出10.00万元，比上年增加${amount}万元，增长25.00%。` });
const lastYear = mini({ gpbTotal: '8.00', gpbBasic: '4.00' }).replace(/2026/g, '2025');

describe('narrative-change-vs-prior', () => {
  it('passes when the change matches last year’s own tables', () => expect(runRule(rule, thisYear('2.00'), lastYear)).toEqual([]));
  it('fails when the stated change disagrees with last year’s tables', () => {
    const f = runRule(rule, thisYear('3.00'), lastYear);
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('增加2.00万元');
  });
  it('does nothing without --prior', () => expect(runRule(rule, thisYear('3.00'))).toEqual([]));
});

describe('narrative-change-vs-prior: a rate without a change amount (changchun-xinfangju-benji-2026 p17)', () => {
  const rateOnly = (rate: string) => withNarrative({ '（一）一般公共预算当年支出规模变化情况': `一般公共预算当年支出10.00万元，比上年增长${rate}。` });
  it('recomputes the rate on last year’s figure', () => {
    expect(runRule(rule, rateOnly('25.00%'), lastYear)).toEqual([]);
    const f = runRule(rule, rateOnly('20.00%'), lastYear);
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('增长25.00%');
  });
});
