import { describe, expect, it } from 'vitest';
import balanceSides from './balance-sides.js';
import { HEAD, runRule, table } from '../testing.js';
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

describe('balance-sides on a summary closed by 收入合计 | 支出合计 after 本年合计 and the carry-over (Fujian)', () => {
  const fujian = (spent: string) =>
    HEAD +
    table('2026年度收支预算总表', [
      ['收入', '', '支出', ''],
      ['项目', '预算数', '项目', '预算数'],
      ['一、一般公共预算拨款收入', '10.00', '一、一般公共服务支出', spent],
      ['本年收入合计', '10.00', '本年支出合计', spent],
      ['上年结转结余', '2.00', '结转下年支出', '0.00'],
      ['收入合计', '12.00', '支出合计', spent === '12.00' ? '12.00' : '11.00'],
    ]);
  it('reads the closing 合计 lines as the grand totals and passes when they agree', () => expect(runRule(balanceSides, fujian('12.00'))).toEqual([]));
  it('fails when they differ', () => expect(runRule(balanceSides, fujian('11.00'))).toHaveLength(1));
});
