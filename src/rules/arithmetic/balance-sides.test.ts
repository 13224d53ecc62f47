import { describe, expect, it } from 'vitest';
import balanceSides from './balance-sides.js';
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

describe('balance-sides', () => {
  it('passes when 收入总计 = 支出总计', () => expect(runRule(balanceSides, text('12.00'))).toEqual([]));
  it('fails when they differ, pointing at both cells', () => {
    const f = runRule(balanceSides, text('11.00'));
    expect(f).toHaveLength(1);
    expect(f[0].locations).toHaveLength(2);
  });
});
