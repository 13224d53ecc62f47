import { describe, expect, it } from 'vitest';
import rule from './perf-truncated-name.js';
import { runRule } from '../testing.js';
import { docText, STANDARD_INDICATORS, type IndicatorRow } from './fixtures.js';

const run = (indicators: IndicatorRow[]) => runRule(rule, docText({ forms: [{ name: '送温暖经费', indicators }] }));

describe('perf-truncated-name', () => {
  it('passes when both periods use the same names', () => {
    expect(run(STANDARD_INDICATORS)).toEqual([]);
  });
  it('passes a name that is a prefix of another name present in both periods', () => {
    expect(run([['产出指标', '数量指标', '帮扶户数', '60户'], ['', '数量指标', '帮扶户数（困难）', '10户']])).toEqual([]);
  });
  it('reports a name cut short in one period', () => {
    const f = run([{ l1: '效益指标', l2: '社会效益', name: '受益人员生活水平改善', value: '改善', name2: '受益人员生活水' }]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('项目“送温暖经费”年度指标“受益人员生活水”是实施期指标“受益人员生活水平改善”的开头部分，疑被截断或两期名称不一致');
    expect(f[0].locations).toHaveLength(2);
    expect(f[0].severity).toBe('info');
  });
});
