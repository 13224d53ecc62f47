import { describe, expect, it } from 'vitest';
import rule from './class-functional-detail.js';
import { runRule } from '../testing.js';
import { expense } from './fixtures.js';

describe('class-functional-detail', () => {
  it('passes a table detailed to 项', () => {
    expect(runRule(rule, expense([['201', '一般公共服务支出', '5.00'], ['20129', '群众团体事务', '5.00'], ['2012901', '行政运行', '5.00']]))).toEqual([]);
  });
  it('reports a 款 without 项 and a 类 without 款', () => {
    const f = runRule(rule, expense([['201', '一般公共服务支出', '5.00'], ['20129', '群众团体事务', '5.00'], ['208', '社会保障和就业支出', '1.00']]));
    expect(f.map((x) => x.locations[0].row)).toEqual(['20129 群众团体事务', '208 社会保障和就业支出']);
    expect(f[0].message).toContain('项级');
    expect(f[1].message).toContain('款级');
  });
});
