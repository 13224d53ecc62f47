import { describe, expect, it } from 'vitest';
import rule from './project-table-sum.js';
import { nests } from './sum-check.js';
import { HEAD, runRule, table } from '../testing.js';

const text = (p2: string) =>
  HEAD +
  '部门名称：泽州县测试局\n' +
  table('2026年项目支出预算表（本年预算）', [
    ['项目名称', '合计', '2026年财政拨款', '', '', '财政专户管理资金', '单位资金'],
    ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', ''],
    ['泽州县测试局', '5.00', '5.00', '', '', '', ''],
    ['泽州县测试局', '5.00', '5.00', '', '', '', ''],
    ['项目甲', '3.00', '3.00', '', '', '', ''],
    ['项目乙', p2, p2, '', '', '', ''],
  ]);

describe('project-table-sum', () => {
  it('passes when unit = Σ projects and total = Σ units', () => expect(runRule(rule, text('2.00'))).toEqual([]));
  it('fails on the unit row when a project changes', () => {
    const f = runRule(rule, text('2.50'));
    expect(f.length).toBeGreaterThanOrEqual(2);
    expect(f[0].locations[0].row).toBe('泽州县测试局');
  });
});

describe('nests', () => {
  it('reads category lines as headings of the lines after them', () => {
    // 通用项目 19 = 委托咨询 9 + 专项购置 10; the unit's 19 is the category.
    expect(nests([19n, 9n, 10n], 19n)).toBe(true);
    expect(nests([43n, 43n, 40n, 3n], 43n)).toBe(true);
    expect(nests([3n, 2n], 5n)).toBe(true);
  });
  it('finds no reading when the figures do not add up however grouped', () => {
    expect(nests([3n, 2n], 6n)).toBe(false);
    expect(nests([19n, 9n, 11n], 19n)).toBe(false);
  });
  const nested = (unit: string) =>
    HEAD +
    table('部门综合预算专项业务经费支出表', [
      ['单位编码', '单位（项目）名称', '项目金额', '项目简介'],
      ['', '合计', '10.00', ''],
      ['116', '西安市测试局', '10.00', ''],
      ['116001', '西安市测试局', '6.00', ''],
      ['', '项目甲', '6.00', '甲'],
      ['116002', '西安市测试中心', unit, ''],
      ['', '项目乙', unit, '乙'],
    ]);
  it('reads a department line over its units as their sum, not as one more unit', () => expect(runRule(rule, nested('4.00')).filter((f) => f.severity === 'error')).toEqual([]));
  it('still reports a total no nesting of the unit lines explains', () => expect(runRule(rule, nested('5.00')).filter((f) => f.severity === 'error').length).toBeGreaterThan(0));
  const categories = (p2: string) =>
    HEAD +
    table('部门综合预算专项业务经费支出表', [
      ['单位编码', '单位（项目）名称', '项目金额', '项目简介'],
      ['', '合计', '10.00', ''],
      ['116001', '西安市测试局', '10.00', ''],
      ['', '专用项目', '10.00', ''],
      ['', '项目甲', '6.00', '甲'],
      ['', '项目乙', p2, '乙'],
    ]);
  it('sums a table whose only amount column is 项目金额: category lines over their projects pass', () => expect(runRule(rule, categories('4.00'))).toEqual([]));
  it('reports a unit whose projects do not add up in its 项目金额 column', () => {
    const f = runRule(rule, categories('5.00'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].row).toBe('西安市测试局');
  });
});
