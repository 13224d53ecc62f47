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
    // The document does not say what its 人员经费 and 公用经费 are made of: the national convention, a warning.
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning']);
  });
  const misplaced = economic([['对个人和家庭的补助', '', '', '1.00'], ['其他对个人和家庭的补助', '其他对个人和家庭的补助', '', '1.00']]);
  it("is an error when the document's own 名词解释 puts the item in the other column", () => {
    const glossary = '\n第四部分 名词解释\n一、人员经费：指政府收支分类经济科目中的“工资福利支出”和“对个人和家庭的补助”；公用经费指除“工资福利支出”和“对个人和家庭的补助”外的其他支出。\n';
    const f = runRule(rule, misplaced + glossary);
    expect(f.map((x) => [x.locations[0].row, x.severity])).toEqual([['其他对个人和家庭的补助', 'error']]);
  });
  it('says nothing when the document counts the item where it stands (日常公用支出 主要包括 …其他对个人和家庭的补助)', () => {
    const said = '\n第三部分 情况说明\n一、基本支出情况\n日常公用支出 2.00 万元，主要包括：办公费、印刷费、其他对个人和家庭的补助等。\n';
    expect(runRule(rule, misplaced + said)).toEqual([]);
  });
});
