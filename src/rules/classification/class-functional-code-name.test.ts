import { describe, expect, it } from 'vitest';
import rule from './class-functional-code-name.js';
import { HEAD, runRule, table } from '../testing.js';
import { completeRef, expense, runWithRef } from './fixtures.js';

describe('class-functional-code-name', () => {
  it('passes official code/name pairs', () => {
    expect(runRule(rule, expense([['201', '一般公共服务支出', '5.00'], ['20129', '群众团体事务', '5.00'], ['2012901', '行政运行', '5.00']]))).toEqual([]);
  });
  it('reports a wrong name as an error with the official name', () => {
    const f = runRule(rule, expense([['201', '一般公共服务支出', '5.00'], ['20129', '群众团体事务', '5.00'], ['2012901', '一般行政管理事务', '5.00']]));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].expected).toBe('行政运行');
    expect(f[0].locations[0].row).toBe('2012901 一般行政管理事务');
  });
  it('reports a code slip in the 类 column, with the code it meant when the name confirms it', () => {
    const rows = (code: string, name: string): [string, string, string][] => [
      ['210', '卫生健康支出', '5.00'],
      ['21011', '行政事业单位医疗', '5.00'],
      ['2101101', '行政单位医疗', '2.00'],
      [code, name, '3.00'],
    ];
    const f = runRule(rule, expense(rows('71102', '事业单位医疗')));
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['error', '2101102', '71102']]);
    expect(runRule(rule, expense(rows('71102', '某某支出'))).map((x) => x.severity)).toEqual(['warning']);
    expect(runRule(rule, expense(rows('2101102', '事业单位医疗')))).toEqual([]);
  });
  it('reports a former name as info', () => {
    const f = runRule(rule, expense([['208', '社会保障和就业支出', '5.00'], ['20805', '行政事业单位离退休', '5.00']]));
    expect(f.map((x) => [x.severity, x.expected])).toEqual([['info', '行政事业单位养老支出']]);
  });
  it("judges a name by the document's own year, and says 未核对 where the list has no names for that year", () => {
    const rows: [string, string, string][] = [['208', '社会保障和就业支出', '5.00'], ['20805', '行政事业单位离退休', '5.00']];
    const inYear = (year: number) => expense(rows, `${year}年预算支出总表`).replace('2026年度', `${year}年度`);
    expect(runRule(rule, inYear(2018))).toEqual([]);
    const gap = runRule(rule, inYear(2021));
    expect(gap.map((x) => x.severity)).toEqual(['info']);
    expect(gap[0].message).toContain('未核对');
    expect(gap[0].message).not.toContain('旧称');
    expect(gap[0].suggestion).toContain('2021年');
    expect(runRule(rule, inYear(2024))[0].message).toContain('旧称');
  });
  it('treats an unknown code as info with the partial list and as an error with a complete one', () => {
    const text = expense([['201', '一般公共服务支出', '5.00'], ['20198', '测试事务', '5.00']]);
    expect(runRule(rule, text).map((x) => x.severity)).toEqual(['info']);
    expect(runWithRef(rule, text, completeRef('functional')).map((x) => x.severity)).toEqual(['error']);
  });
  it('merges the same pair printed in several tables into one finding', () => {
    const row: [string, string, string] = ['2012901', '一般行政管理事务', '5.00'];
    const text = expense([row]) + expense([row], '2026年一般公共预算支出表').replace(/^.*\n.*\n/, '');
    const f = runRule(rule, text);
    expect(f).toHaveLength(1);
    expect(f[0].locations).toHaveLength(2);
  });
  it('does not compare project names with subject names in project tables', () => {
    const text = HEAD + table('2026年项目支出预算表（本年预算）', [['功能分类科目编码', '项目名称', '合计'], ['2012999', '送温暖经费', '6.00']]);
    expect(runRule(rule, text)).toEqual([]);
  });
});
