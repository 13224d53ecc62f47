import { describe, expect, it } from 'vitest';
import rule from './class-economic-name.js';
import { runRule } from '../testing.js';
import { completeRef, economic, runWithRef } from './fixtures.js';

describe('class-economic-name', () => {
  it('passes official 款 names under their 类', () => {
    const text = economic([
      ['工资福利支出', '', '8.00', ''],
      ['基本工资', '工资奖金津补贴', '8.00', ''],
      ['商品和服务支出', '', '', '2.00'],
      ['办公费', '办公经费', '', '2.00'],
    ]);
    expect(runRule(rule, text)).toEqual([]);
  });
  it('reports a 款 listed under the wrong 类', () => {
    const f = runRule(rule, economic([['工资福利支出', '', '10.00', ''], ['基本工资', '工资奖金津补贴', '8.00', ''], ['办公费', '办公经费', '2.00', '']]));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('商品和服务支出');
    expect(f[0].actual).toBe('工资福利支出');
  });
  it('reports a 类 without 款', () => {
    const f = runRule(rule, economic([['工资福利支出', '', '8.00', ''], ['基本工资', '', '8.00', ''], ['商品和服务支出', '', '', '2.00']]));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('“商品和服务支出”下面没有列出款级科目');
  });
  it('reports a 政府经济分类 name in the 部门 column, and unknown names as info (warning with a complete list)', () => {
    const text = economic([['工资福利支出', '', '8.00', ''], ['工资奖金津补贴', '', '5.00', ''], ['测试补贴', '', '3.00', '']]);
    expect(runRule(rule, text).map((x) => [x.actual, x.severity])).toEqual([
      ['工资奖金津补贴', 'warning'],
      ['测试补贴', 'info'],
    ]);
    expect(runWithRef(rule, text, completeRef('economic-department')).map((x) => x.severity)).toEqual(['warning', 'warning']);
  });
  it('gives one note, not a warning per line, when most codes name other lines (a local numbering)', () => {
    const rows = (second: string, third: string): [string, string, string, string][] => [
      ['302 商品和服务支出', '', '', '10.00'],
      ['30201 办公费', '', '', '2.00'],
      [second, '', '', '2.00'],
      [third, '', '', '2.00'],
      ['30205 水费', '', '', '2.00'],
      ['30206 电费', '', '', '2.00'],
    ];
    const local = runRule(rule, economic(rows('30202 咨询费', '30203 水费')).replace('30205 水费', '30205 电费').replace('30206 电费', '30206 邮电费'));
    expect(local).toHaveLength(1);
    expect(local[0].severity).toBe('info');
    expect(local[0].message).toContain('有4处（共6个编码行）');
    const one = runRule(rule, economic(rows('30202 咨询费', '30203 咨询费')));
    expect(one.map((f) => [f.severity, f.expected])).toEqual([['warning', '印刷费']]);
  });
});

