import { describe, expect, it } from 'vitest';
import rule from './perf-indicator-levels.js';
import { runRule } from '../testing.js';
import { docText, STANDARD_INDICATORS, type IndicatorRow } from './fixtures.js';

const run = (indicators: IndicatorRow[]) => runRule(rule, docText({ forms: [{ name: '测试项目', indicators }] }));

describe('perf-indicator-levels', () => {
  it('passes a form with every required group in both periods', () => {
    expect(run(STANDARD_INDICATORS)).toEqual([]);
  });
  it('counts a time indicator whose 时效指标 label slipped onto another row', () => {
    const rows = STANDARD_INDICATORS.map((r) => (r[1] === '时效指标' ? ['', '质量指标', '补助发放时间', '每月'] : r));
    expect(run(rows)).toEqual([]);
  });
  it('reports missing groups per period', () => {
    const rows = STANDARD_INDICATORS.filter((r) => !['时效指标', '社会效益'].includes(r[1]));
    const f = run(rows);
    expect(f.map((x) => x.message)).toEqual(['项目“测试项目”实施期绩效指标缺少时效指标、效益指标（经济效益、社会效益、生态效益或可持续影响）', '项目“测试项目”年度绩效指标缺少时效指标、效益指标（经济效益、社会效益、生态效益或可持续影响）']);
    expect(f[0].locations[0].form).toBe('测试项目');
  });
});
