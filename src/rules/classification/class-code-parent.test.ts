import { describe, expect, it } from 'vitest';
import rule from './class-code-parent.js';
import { HEAD, runRule, table } from '../testing.js';
import { expense } from './fixtures.js';

describe('class-code-parent', () => {
  it('passes a well-nested table', () => {
    const rows: [string, string, string][] = [
      ['201', '一般公共服务支出', '6.00'],
      ['20129', '群众团体事务', '5.00'],
      ['2012901', '行政运行', '5.00'],
      ['20101', '人大事务', '1.00'],
      ['2010101', '行政运行', '1.00'],
    ];
    expect(runRule(rule, expense(rows))).toEqual([]);
  });
  it('reports a 项 whose 款 is missing where the other 项 have theirs', () => {
    const rows: [string, string, string][] = [
      ['201', '一般公共服务支出', '9.00'],
      ['20101', '人大事务', '1.00'],
      ['2010101', '行政运行', '1.00'],
      ['20103', '政府办公厅（室）及相关机构事务', '3.00'],
      ['2010301', '行政运行', '3.00'],
      ['20106', '财政事务', '2.00'],
      ['2010601', '行政运行', '2.00'],
      ['20131', '党委办公厅（室）及相关机构事务', '3.00'],
      ['2013101', '行政运行', '3.00'],
      ['2012901', '行政运行', '5.00'],
    ];
    const f = runRule(rule, expense(rows));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('20129（款级）');
    expect(f[0].locations[0].row).toBe('2012901 行政运行');
  });
  it('accepts layouts that list only 类 and 项, or only 项', () => {
    expect(runRule(rule, expense([['201', '一般公共服务支出', '5.00'], ['2012901', '行政运行', '5.00']]))).toEqual([]);
    expect(runRule(rule, expense([['2012901', '行政运行', '5.00'], ['2010101', '行政运行', '1.00'], ['2012901', '行政运行', '2.00']]))).toEqual([]);
  });
  it('reports a 项 listed under another 款', () => {
    const rows: [string, string, string][] = [
      ['201', '一般公共服务支出', '6.00'],
      ['20129', '群众团体事务', '5.00'],
      ['20101', '人大事务', '1.00'],
      ['2012901', '行政运行', '5.00'],
      ['2010101', '行政运行', '1.00'],
    ];
    const f = runRule(rule, expense(rows));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('排在20101之下');
  });
  it('leaves project tables alone: their codes are attributes of projects, not a tree', () => {
    const text = HEAD + table('2026年项目支出预算表（本年预算）', [['功能分类科目编码', '项目名称', '合计'], ['2012999', '送温暖经费', '6.00'], ['2012999', '工会经费', '3.00']]);
    expect(runRule(rule, text)).toEqual([]);
  });
});
