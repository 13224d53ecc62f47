import { describe, expect, it } from 'vitest';
import rule from './perf-quantity-standard.js';
import { runRule } from '../testing.js';
import { docText, STANDARD_INDICATORS } from './fixtures.js';

const withText = (total: string, text: string, indicators?: string[][]) => docText({ forms: [{ name: '测试项目', total, fields: { 项目概况: text }, indicators }] });

describe('perf-quantity-standard', () => {
  it('accepts 452人 × 320元 × 12个月 = 1735680元 plus other costs = 175万元', () => {
    const text = '最后确定我县符合条件的2026年为452人。2012年县委县政府将每人每月280元提高到320元,全年共需资金1735680元。另外相关费用14320元,全年总计175万元。';
    const inds = [['产出指标', '数量指标', '救助人数', '452人'], ['', '成本指标', '救助标准', '320元/人/月'], ['', '成本指标', '入户走访相关费用', '14320元']];
    expect(runRule(rule, withText('1,750,000', text, inds))).toEqual([]);
  });
  it('accepts a reading where a lump standard is per person (2 × 632 × 12 + 2 × 3920)', () => {
    const text = '我单位共有2名符合条件的遗属,按月发放632元/月,取暖费两人发放标准3920元,费用总计23008元。';
    const inds = [['产出指标', '数量指标', '补助遗属人数', '2人'], ['', '成本指标', '遗属补助发放标准', '632元/月'], ['', '成本指标', '取暖费发放标准', '3920元/年']];
    expect(runRule(rule, withText('23,008', text, inds))).toEqual([]);
  });
  it('accepts quantity × standard equal to the form amount when the text states no cost', () => {
    expect(runRule(rule, withText('60,000', '2026年预计帮扶60户,每户1000元。'))).toEqual([]);
  });
  it('reports a stated cost that no reading of quantity × standard gives', () => {
    const f = runRule(rule, withText('1,750,000', '确定为452人,每人每月320元,全年共需资金1635680元。'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('452人 × 320元 × 12个月 = 1735680元');
    expect(f[0].actual).toBe('1635680元');
    expect(f[0].difference).toBe('-100000.00元');
    expect(f[0].locations[0].field).toBe('项目概况');
  });
  it('reports quantity × standard that differs from the form amount when no cost is stated', () => {
    const f = runRule(rule, withText('50,000', '2026年预计帮扶60户,每户1000元。', [['产出指标', '数量指标', '帮扶户数', '60户']]));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('60000元');
  });
  it('reports indicators whose count × standard exceeds the form amount', () => {
    const f = runRule(rule, withText('50,000', '开展送温暖活动。', STANDARD_INDICATORS));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('实施期、年度指标中');
    expect(f[0].actual).toBe('60户 × 1000元 = 60000元');
    expect(f[0].locations.map((l) => l.excerpt)).toContain('帮扶标准　1000元/户');
  });
});

describe('perf-quantity-standard: the cost a standard comes to', () => {
  it('reports a wrong direct result even when a later total happens to add up', () => {
    const text = '确定为452人,每人每月320元,全年共需资金1635680元。另外相关费用14320元,全年总计175万元。';
    const f = runRule(rule, withText('1,750,000', text, [['产出指标', '数量指标', '救助人数', '452人']]));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('与所述“全年共需资金1635680元”不符');
  });
  it('does not take a separate item ("另有…") for the result of the standard', () => {
    const text = '确定为452人,每人每月320元,另有印刷费用14320元,全年总计1750000元。';
    expect(runRule(rule, withText('1,750,000', text, [['产出指标', '数量指标', '救助人数', '452人']]))).toEqual([]);
  });
});
