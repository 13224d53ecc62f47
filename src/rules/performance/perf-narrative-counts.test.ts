import { describe, expect, it } from 'vitest';
import rule, { leafCount } from './perf-narrative-counts.js';
import { amountOrNull } from '../../money/parse.js';
import { runRule, table } from '../testing.js';
import { docText } from './fixtures.js';

const ROWS: [string, string][] = [['养老救助经费', '175.00'], ['工会经费', '36.70'], ['送温暖经费', '6.00'], ['遗属补助', '2.30'], ['上解上级工会经费', '100.00']];
const text = (p: string, rows = ROWS) => docText({ rows, after: `第三部分 情况说明\n十、绩效管理情况\n${p}\n` });
const GOOD =
  '2026年纳入绩效目标管理的二级项目5个，共计金额320.00万元。其中：其他运转类项目4个，涉及金额145.00万元；特定目标类项目1个，涉及金额175.00万元。';

describe('perf-narrative-counts', () => {
  it('passes counts and amounts that match the project table and add up', () => {
    expect(runRule(rule, text(GOOD + '占部门（单位）项目支出总额的100%。'))).toEqual([]);
  });
  it('reports a count that differs from the project table', () => {
    const f = runRule(rule, text(GOOD, ROWS.slice(0, 4)));
    expect(f.map((x) => [x.expected, x.actual])).toEqual([['4个', '5个'], ['220.00万元', '320.00万元']]);
    expect(f[0].message).toContain('项目支出预算表所列项目（4个）');
    expect(f[0].locations[0].excerpt).toContain('二级项目5个');
  });
  it('counts projects funded by carry-over too', () => {
    const carry = table('2026年项目支出预算表（上年结转）', [['项目名称', '合计', '一般公共预算'], ['合计', '100.00', '100.00'], ['上解上级工会经费', '100.00', '100.00']]);
    expect(runRule(rule, docText({ rows: ROWS.slice(0, 4), before: '', after: `${carry}\n第三部分 情况说明\n十、绩效管理情况\n${GOOD}\n` }))).toEqual([]);
  });
  it('reports sub-counts and sub-amounts that do not add up to the whole', () => {
    const bad = '2026年纳入绩效目标管理的二级项目5个，共计金额320.00万元。其中：其他运转类项目3个，涉及金额145.00万元；特定目标类项目1个，涉及金额165.00万元。';
    const f = runRule(rule, text(bad));
    expect(f.map((x) => x.expected)).toEqual(['4个', '310.00万元']);
  });
  it('reports a share that does not match the computed one', () => {
    const f = runRule(rule, text('公开项目绩效目标5个，涉及项目金额175.00万元，占部门（单位）项目支出总额的100%。'));
    expect(f.some((x) => x.actual === '100%' && x.expected === '55%')).toBe(true);
  });
  it('does not take a goal printed in the narrative for the count of projects (zhuhai-shangwuju-2026, page 32)', () => {
    expect(runRule(rule, text('专项资金300万元，1.吸引会展项目在珠海举办；2.扶持项目数量8个及以上；3.中大型展览占比80%及以上。'))).toEqual([]);
    expect(runRule(rule, text('技工教育管理12,546.08万元，计划本年度完成：技能节企业参与30个项目等。'))).toEqual([]);
  });
  it('counts the projects under the lines that total them (shenzhen-fagaiwei-2026, page 24)', () => {
    const m = (xs: string[]) => xs.map((x) => amountOrNull(x, '万元')!);
    expect(leafCount(m(['50878.08', '40.00', '40000.70', '10289.74', '180.00', '367.65']))).toBe(5);
    // A department line, then units each with their projects (one unit with a single project).
    expect(leafCount(m(['400.00', '300.00', '100.00', '200.00', '100.00', '100.00']))).toBe(3);
    expect(leafCount(m(['30.00', '71.00', '30.00']))).toBe(3);
  });
});
