import { describe, expect, it } from 'vitest';
import balanceTotal from './balance-total.js';
import { HEAD, runRule, table } from '../testing.js';
import { fiscalSummary } from './fixtures.js';

const text = fiscalSummary;

describe('balance-total', () => {
  it('passes when 总计 = 合计 + 结转 and 结转 = Σ sources', () => expect(runRule(balanceTotal, text('12.00', '2.00'))).toEqual([]));
  it('fails when 总计 misses the carryover', () => expect(runRule(balanceTotal, text('10.00', '2.00'))[0].expected).toBe('12.00万元'));
  it('fails when the carryover sources do not add up', () => expect(runRule(balanceTotal, text('12.00', '1.00'))).toHaveLength(1));

  // Shandong's 收支总体情况表 lists 上级补助收入 and 附属单位上缴收入 after 本年收入合计; they add into 收入总计.
  const shandong = (grand: string) =>
    HEAD +
    table('收支总体情况表', [
      ['收入', '', '支出', ''],
      ['项目', '预算数', '项目', '预算数'],
      ['一、财政拨款收入', '10.00', '一、一般公共服务支出', '13.00'],
      ['本年收入合计', '10.00', '本年支出合计', '13.00'],
      ['上级补助收入', '3.00', '', ''],
      ['附属单位上缴收入', '', '对附属单位的补助支出', ''],
      ['上年结转', '', '结转下年', ''],
      ['收入总计', grand, '支出总计', '13.00'],
    ]);
  it('counts the income listed between 本年收入合计 and the carryover', () => {
    expect(runRule(balanceTotal, shandong('13.00'))).toEqual([]);
    const [f] = runRule(balanceTotal, shandong('10.00'));
    expect(f.expected).toBe('13.00万元');
    expect(f.message).toContain('上级补助收入');
  });

  it('does not add the items of a total printed above them', () => {
    const heading = HEAD + table('财政拨款收支预算总表', [
      ['收入', '', '支出', ''],
      ['项目', '预算数', '项目', '预算数'],
      ['一、一般公共预算', '10.00', '本年支出合计', '10.00'],
      ['本年收入合计', '10.00', '一般公共服务支出', '10.00'],
      ['收入总计', '10.00', '支出总计', '10.00'],
    ]);
    expect(runRule(balanceTotal, heading)).toEqual([]);
  });

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
