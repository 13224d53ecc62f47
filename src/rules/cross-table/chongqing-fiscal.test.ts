import { describe, expect, it } from 'vitest';
import { HEAD, runRule, table } from '../testing.js';
import tableTotalRow from '../arithmetic/table-total-row.js';
import fiscalVsIncome from './fiscal-vs-income.js';

// The layout of Chongqing's 财政拨款收支总体情况表: 一、/（一） enumerators for levels, the carry-over listed by source,
// a 收入合计 that counts it, and a 收入总表 whose source columns include the carried-over appropriation.
const fiscal = (carried: string) =>
  table('2026年财政拨款收支总体情况表', [
    ['收入', '', '支出', '', '', ''],
    ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算'],
    ['一、本年收入', '118.00', '一、本年支出', '172.00', '128.00', '44.00'],
    ['（一）一般公共预算资金', '118.00', '（一）一般公共服务支出', '60.00', '60.00', ''],
    ['（二）政府性基金预算资金', '', '（二）教育支出', '112.00', '68.00', '44.00'],
    ['二、上年结转', '54.00', '二、结转下年', '', '', ''],
    ['（一）一般公共预算拨款', carried, '', '', '', ''],
    ['（二）政府性基金预算拨款', '44.00', '', '', '', ''],
    ['收入合计', '172.00', '支出合计', '172.00', '128.00', '44.00'],
  ]);
const income = table('2026年部门收入总体情况表', [
  ['科目编码', '科目名称', '总计', '一般公共预算拨款收入', '政府性基金预算拨款收入'],
  ['', '合计', '172.00', '128.00', '44.00'],
  ['201', '一般公共服务支出', '60.00', '60.00', ''],
  ['205', '教育支出', '112.00', '68.00', '44.00'],
]);

describe('a fiscal summary with enumerated levels and carry-over by source', () => {
  it('reads （一） lines under 一、 lines and counts 上年结转 in 收入合计', () => {
    expect(runRule(tableTotalRow, HEAD + fiscal('10.00'))).toEqual([]);
  });
  it('compares a 收入总表 without a carry-over column with the year plus the carry-over', () => {
    expect(runRule(fiscalVsIncome, HEAD + income + fiscal('10.00'))).toEqual([]);
  });
  it('still reports a source that agrees with neither', () => {
    const f = runRule(fiscalVsIncome, HEAD + income + fiscal('12.00'));
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['error', '128.00万元', '118.00万元']]);
  });
});
