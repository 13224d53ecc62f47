import { describe, expect, it } from 'vitest';
import rule from './economic-hierarchy-sum.js';
import { HEAD, runRule, table } from '../testing.js';

const text = (bonus: string) =>
  HEAD +
  table('2026年一般公共预算安排基本支出分经济科目表', [
    ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '2026年预算数', '', ''],
    ['', '', '合计', '人员经费', '公用经费'],
    ['合计', '', '5.00', '3.00', '2.00'],
    ['工资福利支出', '', '3.00', '3.00', ''],
    ['基本工资', '工资奖金津补贴', '2.00', '2.00', ''],
    ['奖金', '工资奖金津补贴', bonus, bonus, ''],
    ['商品和服务支出', '', '2.00', '', '2.00'],
    ['办公费', '办公经费', '2.00', '', '2.00'],
    // A name the built-in list does not know: the layout's levels cannot all be named, the table stays flat.
    ['其他商品和服务支出（地方）', '其他商品和服务支出', '', '', ''],
  ]);

describe('economic-hierarchy-sum', () => {
  it('passes when each 类 equals its 款', () => expect(runRule(rule, text('1.00'))).toEqual([]));
  it('fails on the 类 whose 款 differ', () => {
    const f = runRule(rule, text('1.10'));
    expect(f[0].locations[0].row).toBe('工资福利支出');
  });
});
