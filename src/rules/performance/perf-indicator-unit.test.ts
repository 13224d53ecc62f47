import { describe, expect, it } from 'vitest';
import rule from './perf-indicator-unit.js';
import { runRule } from '../testing.js';
import { docText, STANDARD_INDICATORS } from './fixtures.js';

const run = (indicators: string[][]) => runRule(rule, docText({ forms: [{ name: '测试项目', indicators }] }));

describe('perf-indicator-unit', () => {
  it('passes a well-formed set of indicators', () => {
    expect(run(STANDARD_INDICATORS)).toEqual([]);
    expect(run([['产出指标', '时效指标', '上缴时间', '2026年1月'], ['', '质量指标', '经费使用合规性', '合规'], ['', '成本指标', '遗属补助发放标准', '632元/月']])).toEqual([]);
  });
  it('judges by the name when the level-2 label is misplaced', () => {
    expect(run([['产出指标', '成本指标', '取暖费发放时间', '12月'], ['', '数量指标', '帮扶标准达标率', '100%']])).toEqual([]);
  });
  it('reports a head count in households', () => {
    const f = run([['产出指标', '数量指标', '帮扶人数', '60户']]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('项目“测试项目”实施期、年度指标“帮扶人数”的指标值“60户”：名称为“…人数”，单位却是“户”');
    expect(f[0].locations).toHaveLength(2);
  });
  it('reports a cost standard without 元 and a percentage as a time', () => {
    const f = run([['产出指标', '成本指标', '救助标准', '320人/月'], ['', '时效指标', '发放进度', '100%']]);
    expect(f.map((x) => x.actual)).toEqual(['320人/月', '100%']);
    expect(f[0].message).toContain('没有“元”');
    expect(f[1].expected).toBe('时间');
  });
  it('reports a quantity indicator without a number', () => {
    const f = run([['产出指标', '数量指标', '覆盖范围', '上级工会']]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('没有可计量的数值');
  });
});
