import { describe, expect, it } from 'vitest';
import rule from './final-balance.js';
import { table, runRule } from '../testing.js';

const text = (end: string) =>
  '测试区测试局\n2024年度部门决算\n' +
  table('政府性基金预算财政拨款收入支出决算表', [
    ['项目', '', '年初结转和结余', '本年收入', '本年支出', '', '', '年末结转和结余'],
    ['科目编码', '科目名称', '', '', '小计', '基本支出', '项目支出', ''],
    ['合计', '', '2.00', '10.00', '9.00', '', '9.00', end],
    ['229', '其他支出', '2.00', '10.00', '9.00', '', '9.00', end],
  ]);

describe('final-balance', () => {
  it('passes when 年初 + 收入 = 支出 + 年末', () => expect(runRule(rule, text('3.00'))).toEqual([]));
  it('fails on each row that does not balance', () => {
    const f = runRule(rule, text('4.00'));
    expect(f).toHaveLength(2);
    expect(f[0].expected).toBe('3.00万元');
    expect(f[0].difference).toBe('+1.00万元');
  });
});
