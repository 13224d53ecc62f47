import { describe, expect, it } from 'vitest';
import rule from './class-economic-mapping.js';
import { runRule } from '../testing.js';
import { economic } from './fixtures.js';

describe('class-economic-mapping', () => {
  it('passes names that follow the 对照表, and unknown mappings', () => {
    const text = economic([
      ['工资福利支出', '', '8.00', ''],
      ['基本工资', '工资奖金津补贴', '8.00', ''],
      ['商品和服务支出', '', '', '3.00'],
      ['差旅费', '办公经费', '', '2.00'],
      ['维修（护）费', '维修（护）费', '', '1.00'],
    ]);
    expect(runRule(rule, text)).toEqual([]);
  });
  it('reports a 款 mapped to another 款 of the same 政府 类, with the expected name', () => {
    const f = runRule(rule, economic([['商品和服务支出', '', '', '2.00'], ['差旅费', '会议费', '', '2.00']]));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('办公经费');
    expect(f[0].actual).toBe('会议费');
  });
  it('reports a 类 name where a 款 name belongs', () => {
    const f = runRule(rule, economic([['工资福利支出', '', '8.00', ''], ['基本工资', '机关工资福利支出', '5.00', ''], ['绩效工资', '工资福利支出', '3.00', '']]));
    expect(f.map((x) => [x.actual, x.severity])).toEqual([
      ['机关工资福利支出', 'warning'],
      ['工资福利支出', 'info'],
    ]);
    expect(f[0].expected).toBe('工资奖金津补贴（机关口径）');
  });
});
