import { describe, expect, it } from 'vitest';
import rule from './code-hierarchy-sum.js';
import { HEAD, runRule, table } from '../testing.js';

const text = (item: string) =>
  HEAD +
  table('2026年预算支出总表', [
    ['项目', '', '2026年预算数', '', ''],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', '', '10.00', '6.00', '4.00'],
    ['201', '一般公共服务支出', '10.00', '6.00', '4.00'],
    ['20129', '群众团体事务', '10.00', '6.00', '4.00'],
    ['2012901', '行政运行', '6.00', '6.00', ''],
    ['2012999', '其他群众团体事务支出', item, '', item],
  ]);

/** The 项目支出 column's “其中：政府采购” breakdown: the 类 and 款 lines state the sum of their items' too. */
const procured = (item: string) =>
  HEAD +
  table('2026年预算支出总表', [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '其中：政府采购'],
    ['201', '一般公共服务支出', '10.00', '6.00', '4.00', '3.00'],
    ['20129', '群众团体事务', '10.00', '6.00', '4.00', '3.00'],
    ['2012901', '行政运行', '6.00', '6.00', '', ''],
    ['2012999', '其他群众团体事务支出', '4.00', '', '4.00', item],
  ]);

describe('code-hierarchy-sum', () => {
  it('passes when 类 = Σ款 = Σ项', () => expect(runRule(rule, text('4.00'))).toEqual([]));
  it('fails on the 款 whose 项 do not add up', () => {
    const f = runRule(rule, text('4.20'));
    expect(f.map((x) => x.locations[0].row)).toEqual(['20129 群众团体事务', '20129 群众团体事务']);
    expect(f[0].difference).toBe('-0.20万元');
  });
  it('checks a 其中 column down the rows too (never across into its parent)', () => {
    expect(runRule(rule, procured('3.00'))).toEqual([]);
    const f = runRule(rule, procured('2.50'));
    expect(f.map((x) => x.locations[0].row)).toEqual(['20129 群众团体事务']);
    expect(f[0].message).toContain('政府采购');
    expect(f[0].difference).toBe('+0.50万元');
  });
});

describe('code-hierarchy-sum in the columns of an earlier year and of the change', () => {
  const text = (prior: string) =>
    HEAD +
    table('一般公共预算支出表', [
      ['科目编码', '科目名称', '2025年执行数', '2026年预算数', '增减额', '增减(%)'],
      ['201', '一般公共服务支出', '8.00', '10.00', '2.00', '25.00%'],
      ['20140', '信访事务', '8.00', '10.00', '2.00', '25.00%'],
      ['2014001', '行政运行', '5.00', '6.00', '1.00', '20.00%'],
      ['2014002', '一般行政管理事务', prior, '4.00', '1.00', '33.33%'],
    ]);
  it('passes when they add up like this year’s column', () => expect(runRule(rule, text('3.00'))).toEqual([]));
  it('fails on the 款 whose 执行数 do not add up', () => {
    const f = runRule(rule, text('3.50'));
    expect(f.map((x) => [x.locations[0].row, x.difference])).toEqual([['20140 信访事务', '-0.50万元']]);
    expect(f[0].locations[0].column).toContain('执行数');
  });
});
