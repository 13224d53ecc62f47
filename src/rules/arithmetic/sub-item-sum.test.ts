import { describe, expect, it } from 'vitest';
import rule from './sub-item-sum.js';
import { HEAD, runRule, table } from '../testing.js';

const text = (run: string) =>
  HEAD +
  table('2026年财政拨款安排“三公”经费支出预算表', [
    ['项目', '2026年预算数', '', '', ''],
    ['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ['公务用车购置及运行费', '3.00', '3.00', '', ''],
    ['①公务用车购置费', '1.00', '1.00', '', ''],
    ['②公务用车运行维护费', run, run, '', ''],
    ['合计', '3.00', '3.00', '', ''],
  ]);

describe('sub-item-sum', () => {
  it('passes when ①+② equals the row above', () => expect(runRule(rule, text('2.00'))).toEqual([]));
  it('fails otherwise', () => expect(runRule(rule, text('2.40'))).toHaveLength(2));
});
