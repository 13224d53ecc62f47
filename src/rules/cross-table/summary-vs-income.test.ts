import { describe, expect, it } from 'vitest';
import rule from './summary-vs-income.js';
import { HEAD, runRule, table } from '../testing.js';
import { mini } from './fixture.js';

describe('summary-vs-income', () => {
  it('passes on a consistent disclosure', () => expect(runRule(rule, mini())).toEqual([]));
  it('fails when one table disagrees, pointing at both places', () => {
    const f = runRule(rule, mini({ incomeTableTotal: '9.00' }));
    expect(f).toHaveLength(2);
    expect(f[0].locations.length).toBeGreaterThanOrEqual(1);
    expect(f[0].expected).toBeDefined();
  });

  // Shandong's template: 上级补助收入 is listed after 本年收入合计, and the 收入总表 合计 counts it as a column.
  const shandong = (incomeTotal: string) =>
    HEAD +
    table('收支总体情况表', [
      ['收入', '', '支出', ''],
      ['项目', '预算数', '项目', '预算数'],
      ['一、财政拨款收入', '10.00', '一、一般公共服务支出', '13.00'],
      ['本年收入合计', '10.00', '本年支出合计', '13.00'],
      ['上级补助收入', '3.00', '', ''],
      ['上年结转', '', '结转下年', ''],
      ['收入总计', '13.00', '支出总计', '13.00'],
    ]) +
    table('收入总体情况表', [
      ['科目编码', '科目名称', '合计', '财政拨款收入', '上级补助收入'],
      ['', '合计', incomeTotal, '10.00', '3.00'],
      ['201', '一般公共服务支出', incomeTotal, '10.00', '3.00'],
    ]);
  it('counts the income a summary lists after 本年收入合计 as part of the 收入总表 合计', () => {
    expect(runRule(rule, shandong('13.00'))).toEqual([]);
    expect(runRule(rule, shandong('14.00'))).toHaveLength(1);
  });
});
