import { describe, expect, it } from 'vitest';
import rule from './perf-indicator-term.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

const run = (name: string, text: string, indicator: string) =>
  runRule(rule, docText({ forms: [{ name, fields: { 项目概况: text }, indicators: [['产出指标', '质量指标', indicator, '100%']] }] }));

describe('perf-indicator-term', () => {
  it('passes idioms whose character the project uses', () => {
    expect(run('送温暖经费', '帮扶困难职工60户。', '应帮尽帮率')).toEqual([]);
    expect(run('义务教育保障经费', '保障适龄儿童接受义务教育。', '应教尽教率')).toEqual([]);
  });
  it('reports 应教尽教率 in a relief project that never mentions 教', () => {
    const f = run('养老救助经费', '解决困难企业退休职工的生活困难，按月发放救助金。', '应教尽教率');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('疑为“应救尽救率”之误');
    expect(f[0].expected).toBe('应救尽救率');
    expect(f[0].locations).toHaveLength(2);
  });
  it('reports a misspelt standard term', () => {
    const f = run('送温暖经费', '帮扶困难职工。', '受益人员满议度');
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('受益人员满意度');
  });
});
