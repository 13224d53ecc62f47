import { describe, expect, it } from 'vitest';
import balanceTotal from './balance-total.js';
import { HEAD, runRule, table } from '../testing.js';

const text = (grandIn: string, carryGpb = '') =>
  HEAD +
  table('2026年财政拨款收支总表', [
    ['收入', '', '支出', '', '', '', ''],
    ['项目', '金额', '项目', '金额', '', '', ''],
    ['', '', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['一、一般公共预算', '10.00', '一、一般公共服务支出', '12.00', '12.00', '', ''],
    ['本年收入合计', '10.00', '本年支出合计', '12.00', '12.00', '', ''],
    ['上年财政拨款结转', '2.00', '年终结转', '', '', '', ''],
    ['一、一般公共预算', carryGpb, '', '', '', '', ''],
    ['收入总计', grandIn, '支出总计', '12.00', '12.00', '', ''],
  ]);

describe('balance-total', () => {
  it('passes when 总计 = 合计 + 结转 and 结转 = Σ sources', () => expect(runRule(balanceTotal, text('12.00', '2.00'))).toEqual([]));
  it('fails when 总计 misses the carryover', () => expect(runRule(balanceTotal, text('10.00', '2.00'))[0].expected).toBe('12.00万元'));
  it('fails when the carryover sources do not add up', () => expect(runRule(balanceTotal, text('12.00', '1.00'))).toHaveLength(1));
});
