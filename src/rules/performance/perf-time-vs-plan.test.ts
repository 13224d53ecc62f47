import { describe, expect, it } from 'vitest';
import rule, { activityOf } from './perf-time-vs-plan.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

const inds = (name: string, value: string) => [['产出指标', '时效指标', name, value]];
const form = (plan: string, name: string, value: string, extra: Record<string, string> = {}) =>
  docText({ forms: [{ name: '送温暖经费', fields: { ...extra, 项目实施计划: plan }, indicators: inds(name, value) }] });

describe('perf-time-vs-plan', () => {
  it('reads the activity out of an indicator name', () => {
    expect(activityOf('劳动和技能竞赛开展日期')).toBe('劳动和技能竞赛开展');
    expect(activityOf('帮扶金发放时间')).toBe('帮扶金发放');
  });
  it('passes when the plan names the same month', () => {
    expect(runRule(rule, form('1、2025年12月受理申请 2、2026年1月份确定帮扶标准 3、2026年2月份集中发放。', '帮扶金发放时间', '2月'))).toEqual([]);
    expect(runRule(rule, form('按月支付遗属补助,年底发放取暖费。', '取暖费发放时间', '12月'))).toEqual([]);
  });
  it('does not hold a month against a loose span such as 年底', () => {
    expect(runRule(rule, form('年底上缴上级工会经费。', '上缴时间', '2026年1月'))).toEqual([]);
  });
  it('ignores indicators whose activity the text does not mention', () => {
    expect(runRule(rule, form('2026年1月向市总拨付上解经费。', '验收时间', '11月'))).toEqual([]);
  });
  it('reports a month that differs from the plan for the same activity', () => {
    const f = runRule(rule, form('1、2025年12月受理申请 2、2026年1月份确定帮扶标准 3、2026年2月份集中发放。', '帮扶金发放时间', '12月'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('项目“送温暖经费”：时效指标“帮扶金发放时间”为“12月”，而项目实施计划写的是“3、2026年2月份集中发放”');
    expect(f[0].expected).toBe('2026年2月');
    expect(f[0].locations.map((l) => l.field)).toEqual(['实施期/时效指标/帮扶金发放时间', '年度/时效指标/帮扶金发放时间', '项目实施计划']);
  });
  it('lets a named month outweigh a vaguer span that happens to agree', () => {
    const f = form('二、六月份开展劳动和技能竞赛;三、七月份开展农民工送清凉活动。', '劳动和技能竞赛开展日期', '五月', { 项目概况: '上半年开展一次劳动和技能竞赛。' });
    const out = runRule(rule, f);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('六月份开展劳动和技能竞赛');
  });
});
