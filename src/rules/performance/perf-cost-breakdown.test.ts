import { describe, expect, it } from 'vitest';
import rule from './perf-cost-breakdown.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

const form = (total: string, text: string) => docText({ forms: [{ name: '养老救助经费', total, fields: { 项目概况: text } }] });

describe('perf-cost-breakdown', () => {
  it('passes when items add up to the stated total and the total to the form amount', () => {
    const text = '确定为452人，每人每月320元，全年共需资金1735680元。另外入户走访调查等相关费用14320元，全年总计175万元。';
    expect(runRule(rule, form('1,750,000', text))).toEqual([]);
  });
  it('does not count a stated total as an item', () => {
    const text = '1、竞赛奖励费用2000元，物料费用3000元，合计5000元。2、送清凉费用5000元。全年总计10000元。';
    expect(runRule(rule, form('10,000', text))).toEqual([]);
  });
  it('reports items that do not add up to the stated total', () => {
    const f = runRule(rule, form('18,000', '竞赛费用10000元，物料费用5000元，费用总计18000元。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('所列 2 项费用合计 15000元');
    expect(f[0].difference).toBe('-3000.00元');
    expect(f[0].locations[0].field).toBe('项目概况');
  });
  it('reports items without a total that fall short of the form amount', () => {
    const text = '1、竞赛总费用约50000元。2、送清凉总费用约30000元。3、帮扶5户总费用约20000元';
    const f = runRule(rule, form('366,992', text));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('50000元 + 30000元 + 20000元 = 100000元');
    expect(f[0].expected).toBe('366992元');
    expect(f[0].difference).toBe('-266992.00元');
  });
  it('checks a "其中" breakdown against its header amount', () => {
    const f = runRule(rule, form('9,000', '项目总费用9000元，其中：租赁费用5000元，物料费用3000元。'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('9000元');
  });
  it('reports a stated total that differs from the form amount', () => {
    const f = runRule(rule, form('1,700,000', '全年共需资金1735680元，另外相关费用14320元，全年总计175万元。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('全年总计175万元');
  });
});

describe('perf-cost-breakdown across periods', () => {
  it('accepts a text that totals to the implementation-period amount', () => {
    const text = docText({ forms: [{ name: '基建项目', total: '3,000,000', annual: '1,000,000', fields: { 项目概况: '建设费用200万元，设备费用100万元，项目总计300万元，分三年实施。' } }] });
    expect(runRule(rule, text)).toEqual([]);
  });
});
