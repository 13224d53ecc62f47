import { describe, expect, it } from 'vitest';
import rule from './three-public-counts.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (reception: string, fleet = '0') =>
  withNarrative({
    '七、财政拨款“三公”经费支出决算情况说明': `1、因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个、累计0人次。\n2、公务用车购置及运行维护费支出0.00万元。其中：公务用车购置支出为0.00万元。公务用车运行维护支出0.00万元。公务用车保有量为${fleet}辆。\n3、公务接待费支出0.39万元。${reception}`,
  });

describe('three-public-counts', () => {
  it('passes when counts agree with the amounts', () => expect(runRule(rule, text('接待2批次、26人次，其中：接待外宾0批次、0人次。'))).toEqual([]));
  it('fails on reception money with no reception', () => {
    const f = runRule(rule, text('接待0批次、0人次。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('接待批次却为0');
  });
  it('fails when people are fewer than batches or foreign batches exceed all', () => {
    expect(runRule(rule, text('接待3批次、2人次，其中：接待外宾4批次、4人次。'))).toHaveLength(2);
  });
});
