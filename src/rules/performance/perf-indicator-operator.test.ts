import { describe, expect, it } from 'vitest';
import rule from './perf-indicator-operator.js';
import { runRule } from '../testing.js';
import { docText, STANDARD_INDICATORS, type IndicatorRow } from './fixtures.js';

const run = (indicators: IndicatorRow[]) => runRule(rule, docText({ forms: [{ name: '工会经费', indicators }] }));

describe('perf-indicator-operator', () => {
  it('passes targets with operators and changes with a baseline', () => {
    expect(run(STANDARD_INDICATORS)).toEqual([]);
    expect(run([['效益指标', '社会效益', '职工参与率', '较上年提高5%']])).toEqual([]);
  });
  it('reports 提高90% for a satisfaction indicator once for both periods', () => {
    const f = run([['满意度指标', '服务对象满意度', '职工满意度', '提高90%']]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('项目“工会经费”实施期、年度指标“职工满意度”：“提高90%”只写了变化幅度，没有比较基准；满意度指标应写作“≥X%”');
    expect(f[0].expected).toBe('≥90%');
  });
  it('reports a satisfaction target without ≥ and a benefit without a baseline', () => {
    const f = run([['效益指标', '经济效益', '提高职工健康保障', '提高90%'], ['满意度指标', '服务对象满意度', '受益人员满意度', '90%']]);
    expect(f.map((x) => x.actual)).toEqual(['提高90%', '90%']);
  });
  it('reports an indicator with an empty value', () => {
    const f = run([{ l1: '产出指标', l2: '质量指标', name: '应帮尽帮率', value: '100%', value2: '' }, ['', '时效指标', '发放时间', '2月']]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('项目“工会经费”年度指标“应帮尽帮率”：指标值为空');
    expect(f[0].actual).toBe('（空）');
  });
});
