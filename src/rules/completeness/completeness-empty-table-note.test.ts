import { describe, expect, it } from 'vitest';
import rule from './completeness-empty-table-note.js';
import { HEAD, runRule, table } from '../testing.js';

const fund = (value: string, note?: string) =>
  HEAD +
  table('2026年政府性基金预算支出表', [
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', '', value, '', value],
  ]) +
  (note ? `${note}\n` : '');

describe('completeness-empty-table-note', () => {
  it('passes an empty table that says so, and a filled table without a note', () => {
    expect(runRule(rule, fund('', '注：本表无数据'))).toEqual([]);
    expect(runRule(rule, fund('', '注：本部门无相关内容。'))).toEqual([]);
    expect(runRule(rule, fund('5.00'))).toEqual([]);
  });
  it('warns about an empty table without a note (zeros count as empty)', () => {
    const f = runRule(rule, fund('0.00'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].locations[0].tableTitle).toBe('2026年政府性基金预算支出表');
  });
  it('reports an error when a table says it is empty but has amounts', () => {
    const f = runRule(rule, fund('5.00', '注：本表无数据'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].locations[1].excerpt).toBe('5.00');
  });
  it('ignores a bare title line the importer took for a table (no header, no rows)', () => {
    expect(runRule(rule, HEAD + '2026年政府性基金预算支出表\n' + fund('5.00').slice(HEAD.length))).toEqual([]);
  });
});

describe('a standing note about blanks', () => {
  it('is not a statement that the table is empty', () => {
    const text = HEAD + table('2026年一般公共预算“三公”经费支出情况表', [['项目', '合计'], ['合计', '12.00'], ['公务接待费', '12.00']]) + '注：本表反映部门本年度“三公”经费情况，此表如无数字则表示单位无该项支出。\n';
    expect(runRule(rule, text)).toEqual([]);
  });
});

describe('an empty table the narrative explains', () => {
  it('needs no note of its own', () => {
    const empty = table('政府性基金预算支出表', [['科目编码', '科目名称', '合计'], ['', '合计', '']]);
    expect(runRule(rule, HEAD + '第一部分 情况说明\n一、其他说明\n本单位无政府性基金预算支出、国有资本经营预算支出。\n' + empty)).toEqual([]);
    expect(runRule(rule, HEAD + empty)).toHaveLength(1);
  });
  it('nor when the narrative gives its subject as nothing (Beijing “政府性基金预算拨款收入 0 万元”), unlike a sum that ends in 0', () => {
    const empty = table('政府性基金预算支出表', [['科目编码', '科目名称', '合计'], ['', '合计', '']]);
    const say = (s: string) => HEAD + `第一部分 情况说明\n一、收入预算情况\n${s}\n` + empty;
    expect(runRule(rule, say('2.政府性基金预算拨款收入 0 万元。'))).toEqual([]);
    expect(runRule(rule, say('政府性基金预算财政拨款支出0.00万元，与上年持平。'))).toEqual([]);
    expect(runRule(rule, say('2.政府性基金预算拨款收入 120 万元。'))).toHaveLength(1);
    expect(runRule(rule, say('2.政府性基金预算拨款收入 10.50 万元。'))).toHaveLength(1);
  });
});
