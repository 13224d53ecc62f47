import { describe, expect, it } from 'vitest';
import rule from './class-economic-personnel-public.js';
import { runRule } from '../testing.js';
import { economic } from './fixtures.js';

describe('class-economic-personnel-public', () => {
  it('passes 301/303 in 人员经费 and 302 in 公用经费', () => {
    const text = economic([
      ['工资福利支出', '', '8.00', ''],
      ['基本工资', '工资奖金津补贴', '8.00', ''],
      ['商品和服务支出', '', '', '2.00'],
      ['办公费', '办公经费', '', '2.00'],
      ['对个人和家庭的补助', '', '1.00', ''],
      ['退休费', '离退休费', '1.00', ''],
    ]);
    expect(runRule(rule, text)).toEqual([]);
  });
  it('reports a 302 amount in 人员经费 and a 303 amount in 公用经费', () => {
    const f = runRule(rule, economic([['商品和服务支出', '', '', '2.00'], ['办公费', '办公经费', '1.00', '1.00'], ['对个人和家庭的补助', '', '', '1.00']]));
    expect(f.map((x) => [x.locations[0].row, x.locations[0].column, x.actual])).toEqual([
      ['办公费', '2026年预算数/人员经费', '人员经费 1.00万元'],
      ['对个人和家庭的补助', '2026年预算数/公用经费', '公用经费 1.00万元'],
    ]);
    expect(f[0].severity).toBe('error');
  });
});
