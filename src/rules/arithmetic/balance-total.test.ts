import { describe, expect, it } from 'vitest';
import balanceTotal from './balance-total.js';
import { HEAD, runRule, table } from '../testing.js';
import { fiscalSummary } from './fixtures.js';

const text = fiscalSummary;

describe('balance-total', () => {
  it('passes when 总计 = 合计 + 结转 and 结转 = Σ sources', () => expect(runRule(balanceTotal, text('12.00', '2.00'))).toEqual([]));
  it('fails when 总计 misses the carryover', () => expect(runRule(balanceTotal, text('10.00', '2.00'))[0].expected).toBe('12.00万元'));
  it('fails when the carryover sources do not add up', () => expect(runRule(balanceTotal, text('12.00', '1.00'))).toHaveLength(1));
  it('counts 结转结余下年 (Guangdong wording) as the year-end carryover of 支出总计', () => {
    const guangdong = (grand: string) =>
      HEAD +
      table('收支总体情况表', [
        ['收入', '', '支出', ''],
        ['项目', '预算数', '项目', '预算数'],
        ['一、预算拨款', '12.00', '一、一般公共服务支出', '10.00'],
        ['本年收入合计', '12.00', '本年支出合计', '10.00'],
        ['', '', '结转结余下年', '2.00'],
        ['收入总计', '12.00', '支出总计', grand],
      ]);
    expect(runRule(balanceTotal, guangdong('12.00'))).toEqual([]);
    expect(runRule(balanceTotal, guangdong('10.00')).map((f) => f.expected)).toEqual(['12.00万元']);
  });
});
