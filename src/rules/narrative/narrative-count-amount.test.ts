import { describe, expect, it } from 'vitest';
import rule from './narrative-count-amount.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (n: string, amount: string) => withNarrative({ '1、整体绩效目标': `机关及下属预算单位1个，其中${n}个单位（包括机关）编报了单位整体绩效目标，涉及资金${amount}万元。` });

describe('narrative-count-amount', () => {
  it('passes when a zero count has a zero amount and a count has an amount', () => {
    expect(runRule(rule, text('0', '0'))).toEqual([]);
    expect(runRule(rule, text('1', '10.00'))).toEqual([]);
  });
  it('fails on zero units with money', () => expect(runRule(rule, text('0', '15.00'))[0].severity).toBe('error'));
  it('warns on units without money', () => expect(runRule(rule, text('1', '0'))[0].severity).toBe('warning'));
});
