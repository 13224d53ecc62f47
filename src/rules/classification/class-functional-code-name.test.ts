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
  it('reports a former name as info', () => {
    const f = runRule(rule, expense([['208', '社会保障和就业支出', '5.00'], ['20805', '行政事业单位离退休', '5.00']]));
    expect(f.map((x) => [x.severity, x.expected])).toEqual([['info', '行政事业单位养老支出']]);
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
