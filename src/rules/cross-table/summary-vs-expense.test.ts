import { describe, expect, it } from 'vitest';
import rule from './summary-vs-expense.js';
import { runRule } from '../testing.js';
import { mini } from './fixture.js';

describe('summary-vs-expense', () => {
  it('passes on a consistent disclosure', () => expect(runRule(rule, mini())).toEqual([]));
  it('fails when one table disagrees, pointing at both places', () => {
    const f = runRule(rule, mini({ expenseTotal: '9.00' }));
    expect(f).toHaveLength(1);
    expect(f[0].locations.length).toBeGreaterThanOrEqual(1);
    expect(f[0].expected).toBeDefined();
  });
  it('names the counterpart when the same amount stands under another class name', () => {
    const doc = mini().replace('一、一般公共服务支出', '一、医疗卫生与计划生育支出');
    const f = runRule(rule, doc);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('支出总表“一般公共服务支出”（金额相同）');
    expect(f[0].locations).toHaveLength(2);
    expect(f[0].severity).toBe('warning');
  });
  it('still says the class is missing when no line carries its amount', () => {
    const doc = mini({ expenseSummaryTotal: '10.00' }).replace('一、一般公共服务支出\t10.00', '一、医疗卫生与计划生育支出\t7.00');
    const f = runRule(rule, doc);
    expect(f.some((x) => x.actual === '支出总表中没有该类')).toBe(true);
  });
});
