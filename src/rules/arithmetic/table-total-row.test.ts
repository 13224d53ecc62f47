import { describe, expect, it } from 'vitest';
import rule from './table-total-row.js';
import { Coverage } from '../engine/coverage.js';
import { checkDocument } from '../engine/run.js';
import { docOf, HEAD, runRule, table } from '../testing.js';

const threePublic = (car: string) =>
  HEAD +
  table('2026年财政拨款安排“三公”经费支出预算表', [
    ['项目', '2026年预算数', '', '', ''],
    ['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['因公出国（境）费', '1.00', '1.00', '', ''],
    ['公务接待费', '2.00', '2.00', '', ''],
    ['公务用车购置及运行费', car, car, '', ''],
    ['①公务用车购置费', '', '', '', ''],
    ['②公务用车运行维护费', car, car, '', ''],
    ['合计', '6.00', '6.00', '', ''],
  ]);

describe('table-total-row', () => {
  it('passes when 合计 is the sum of top-level rows (breakdown rows not counted twice)', () => {
    expect(runRule(rule, threePublic('3.00'))).toEqual([]);
  });
  it('fails per column when a row changes', () => {
    const f = runRule(rule, threePublic('3.50'));
    expect(f.map((x) => x.locations[0].column)).toEqual(['2026年预算数/合计', '2026年预算数/一般公共预算']);
    expect(f[0].expected).toBe('6.50万元');
  });
  it('sums 类 rows only in coded tables', () => {
    const text =
      HEAD +
      table('2026年一般公共预算支出预算表', [
        ['项目', '', '2026年预算数', '', ''],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['合计', '', '9.00', '9.00', ''],
        ['201', '一般公共服务支出', '10.00', '10.00', ''],
        ['20129', '群众团体事务', '10.00', '10.00', ''],
      ]);
    expect(runRule(rule, text)).toHaveLength(2);
  });

  it('does not count into 本年收入合计 the income listed after it (Shandong: 上级补助收入 adds into 收入总计)', () => {
    const summary = (total: string) =>
      HEAD +
      table('收支总体情况表', [
        ['收入', '', '支出', ''],
        ['项目', '预算数', '项目', '预算数'],
        ['一、财政拨款收入', '10.00', '一、一般公共服务支出', '13.00'],
        ['本年收入合计', total, '本年支出合计', '13.00'],
        ['上级补助收入', '3.00', '', ''],
        ['上年结转', '', '结转下年', ''],
        ['收入总计', '13.00', '支出总计', '13.00'],
      ]);
    expect(runRule(rule, summary('10.00'))).toEqual([]);
    expect(runRule(rule, summary('12.00'))).toHaveLength(1);
  });

  it('a two-sided summary whose unmarked lines add up as printed has them checked (covered), not only explained', () => {
    const text = (a: string, b: string) =>
      HEAD +
      table('收支总体情况表', [
        ['收入', '', '支出', ''],
        ['项目', '预算数', '项目', '预算数'],
        ['一、预算拨款', '10.00', '一、一般公共服务支出', '6.00'],
        ['二、事业收入', a, '二、教育支出', '4.00'],
        ['三、其他收入', b, '三、其他支出', '0.00'],
        ['本年收入合计', '10.00', '本年支出合计', '10.00'],
      ]);
    const covered = (t: string) => {
      const doc = docOf(t);
      const coverage = new Coverage();
      expect(checkDocument(doc, { rules: [rule], coverage })).toEqual([]);
      return doc.tables[0].rows.filter((r) => Object.values(r.cells).every((c) => coverage.cells.has(c))).map((r) => r.name);
    };
    expect(covered(text('0.00', '0.00'))).toHaveLength(8);
    // 10.00 read as a heading over 6.00 + 4.00: explained, not reported, and not counted as checked either.
    expect(covered(text('6.00', '4.00'))).toEqual(['一般公共服务支出', '教育支出', '其他支出', '本年支出合计']);
  });
});
