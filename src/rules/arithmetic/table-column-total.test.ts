import { describe, expect, it } from 'vitest';
import rule from './table-column-total.js';
import { HEAD, runRule, table } from '../testing.js';

const expense = (basic: string) =>
  HEAD +
  table('2026年预算支出总表', [
    ['项目', '', '2026年预算数', '', ''],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', '', '10.00', basic, '4.00'],
    ['201', '一般公共服务支出', '10.00', basic, '4.00'],
  ]);

describe('table-column-total', () => {
  it('passes when 合计 = 基本支出 + 项目支出', () => {
    expect(runRule(rule, expense('6.00'))).toEqual([]);
  });
  it('fails when a part is off, with expected, actual and difference', () => {
    const f = runRule(rule, expense('6.50'));
    expect(f).toHaveLength(2);
    expect(f[0].expected).toBe('10.50万元');
    expect(f[0].actual).toBe('10.00万元');
    expect(f[0].difference).toBe('-0.50万元');
    expect(f[0].locations[0].column).toContain('合计');
  });
  it('reports a difference within n half-units of rounding as a 尾差 warning, not an error', () => {
    const f = runRule(rule, expense('6.01'));
    // Both rows (合计 and 201) carry the rounding difference.
    expect(f.map((x) => [x.severity, x.rounding, x.difference])).toEqual([
      ['warning', true, '-0.01万元'],
      ['warning', true, '-0.01万元'],
    ]);
    expect(f[0].message).toContain('尾差');
  });
});

describe('table-column-total with a nested 小计', () => {
  const text = (run: string) =>
    HEAD +
    table('2024年“三公”经费财政拨款支出决算表', [
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
      ['', '', '', '小计', '公务用车购置费', '公务用车运行费', ''],
      ['本年决算', '6.40', '1.00', '3.00', '1.00', run, '2.40'],
    ]);
  it('counts a group through its 小计 only', () => expect(runRule(rule, text('2.00'))).toEqual([]));
  it('still checks the 小计 against its parts', () => {
    const f = runRule(rule, text('2.50'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].column).toContain('小计');
  });
});

describe('table-column-total with 基本支出 and 项目支出 printed under 其中', () => {
  const text = (title: string, project: string) =>
    HEAD +
    table(title, [
      ['科目编码', '科目名称', '小计', '其中：', ''],
      ['', '', '', '基本支出', '项目支出'],
      ['', '合计', '10.00', '6.00', project],
      ['2040201', '行政运行', '10.00', '6.00', project],
    ]);
  it('passes when they add up to the total of an appropriations table', () => expect(runRule(rule, text('2026年度一般公共预算拨款支出预算表', '4.00'))).toEqual([]));
  it('fails when they do not', () => {
    const f = runRule(rule, text('2026年度一般公共预算拨款支出预算表', '3.00'));
    expect(f).toHaveLength(2);
    expect(f[0].expected).toBe('9.00万元');
    expect(f[0].locations[0].column).toContain('小计');
  });
  it('leaves other 其中 columns alone: a 支出总表 also lists 经营支出 and 上缴上级支出', () => expect(runRule(rule, text('2026年度支出预算总表', '3.00'))).toEqual([]));
});

describe('table-column-total in the blocks of an earlier year and of the change', () => {
  const text = (meeting: string) =>
    HEAD +
    table('2022年一般公共预算拨款“三公”经费、会议费、培训费表', [
      ['单位名称', '2021年', '', '', '', '2022年', '', '', '', '增减变化情况', '', '', ''],
      ['', '合计', '“三公”经费', '会议费', '培训费', '合计', '“三公”经费', '会议费', '培训费', '合计', '“三公”经费', '会议费', '培训费'],
      ['合计', '6.00', '3.00', meeting, '1.00', '7.00', '4.00', '2.00', '1.00', '1.00', '1.00', '0.00', '0.00'],
    ]);
  it('passes when each block adds up', () => expect(runRule(rule, text('2.00'))).toEqual([]));
  it('fails on the earlier year’s 合计 when its block does not', () => {
    const f = runRule(rule, text('2.50'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].column).toContain('2021年');
  });
});

describe('table-column-total with a crossed header (总计 › 一般公共预算 | 因公出国（境）费 › 一般公共预算 …)', () => {
  const funds = ['一般公共预算', '政府性基金预算'];
  const text = (total: string) =>
    HEAD +
    table('财政拨款“三公”经费支出表', [
      ['预算单位', '年度', '总计', '', '因公出国(境)费', '', '公务接待费', '', '公务用车购置及运行维护费', '', '', '', '', ''],
      ['', '', '', '', '', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行维护费', ''],
      ['', '', ...funds, ...funds, ...funds, ...funds, ...funds, ...funds],
      ['泽州县测试局', '2026年', total, '0.00', '1.00', '0.00', '2.00', '0.00', '3.00', '0.00', '1.00', '0.00', '2.00', '0.00'],
    ]);
  it('adds each fund across the items, a group through its 小计', () => expect(runRule(rule, text('6.00'))).toEqual([]));
  it('fails on the fund whose items do not add up', () => {
    const f = runRule(rule, text('6.50'));
    expect(f.map((x) => x.locations[0].column)).toEqual(['总计/一般公共预算']);
    expect(f[0].expected).toBe('6.00万元');
  });
});

describe('table-column-total within an earlier year’s group', () => {
  const text = (prior: string) =>
    HEAD +
    table('2026年财政拨款“三公”经费支出情况表', [
      ['项目', '2025年预算数', '', '', '2026年预算数', '', ''],
      ['', '合计', '因公出国（境）费', '公务接待费', '合计', '因公出国（境）费', '公务接待费'],
      ['“三公”经费', prior, '1.00', '2.00', '4.00', '1.00', '3.00'],
    ]);
  it('adds the 2025 columns among themselves', () => expect(runRule(rule, text('3.00'))).toEqual([]));
  it('fails when the 2025 合计 is not their sum (never mixed with 2026)', () => {
    const f = runRule(rule, text('3.50'));
    expect(f.map((x) => [x.locations[0].column, x.expected])).toEqual([['2025年预算数/合计', '3.00万元']]);
  });
});

describe('table-column-total with a “三公”经费 total column', () => {
  const text = (total: string) =>
    HEAD +
    table('财政拨款“三公”经费支出表', [
      ['预算单位', '“三公”经费财政拨款预算总额', '因公出国（境）费用', '公务接待费', '公务用车购置及运行维护费', '', '', '会议费', '培训费'],
      ['', '', '', '', '小计', '公务用车购置费', '公务用车运行维护费', '', ''],
      ['泽州县测试局', total, '1.000000', '2.000000', '3.000000', '1.000000', '2.000000', '5.000000', '7.000000'],
    ]);
  it('sums the three items only (会议费 and 培训费 beside them are not 三公)', () => expect(runRule(rule, text('6.000000'))).toEqual([]));
  it('fails when the 三公 total is not their sum', () => {
    const f = runRule(rule, text('6.500000'));
    expect(f.map((x) => [x.locations[0].column, x.expected])).toEqual([['“三公”经费财政拨款预算总额', '6.00万元']]);
  });
});

describe('table-column-total with 本年预算 = 编制预算 + 上年结转 (长春)', () => {
  const text = (current: string) =>
    HEAD +
    table('支出总表', [
      ['科目编码', '科目名称', '本年预算', '编制预算', '上年结转'],
      ['201', '一般公共服务支出', current, '8.00', '2.00'],
    ]);
  it('passes when 本年预算 is the sum', () => expect(runRule(rule, text('10.00'))).toEqual([]));
  it('fails when it is not', () => expect(runRule(rule, text('9.00')).map((f) => f.expected)).toEqual(['10.00万元']));
});
