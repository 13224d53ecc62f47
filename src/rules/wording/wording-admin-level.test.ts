import { describe, expect, it } from 'vitest';
import rule from './wording-admin-level.js';
import { runRule } from '../testing.js';
import { CITY_HEAD, PROVINCE_HEAD, form, glossary, narrative } from './fixtures.js';

describe('wording-admin-level', () => {
  it('flags a county glossary defining 三公经费 for 省直部门, with the county wording as expectation', () => {
    const f = runRule(rule, glossary('“三公”经费：指省直部门用财政拨款安排的因公出国（境）费用。'));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('省直部门');
    expect(f[0].expected).toBe('县直部门');
    expect(f[0].locations[0].label).toContain('名词解释');
    expect(f[0].locations[0].line).toBe(4);
  });
  it('passes the same definition written for 县直部门', () => {
    expect(runRule(rule, glossary('“三公”经费：指县直部门用财政拨款安排的因公出国（境）费用。'))).toEqual([]);
  });
  it('does not flag a quoted higher-level document title or a mere mention', () => {
    const text = narrative('根据《山西省省直部门预算管理办法》和省直部门下达的通知编制本部门预算。');
    expect(runRule(rule, text)).toEqual([]);
  });
  it('flags a self-referring use in a paragraph or a form field', () => {
    expect(runRule(rule, narrative('机关运行经费是指市直部门使用财政拨款安排的基本支出中的公用经费。'))).toHaveLength(1);
    const f = runRule(rule, form('办公经费', { 项目概况: '本项目是指省级部门统一安排的办公经费。' }));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].field).toBe('项目概况');
  });
  it('is symmetric for city and province documents', () => {
    const city = runRule(rule, CITY_HEAD + '第四部分 名词解释\n一、“三公”经费：指县直部门用财政拨款安排的经费。\n');
    expect(city.map((x) => x.expected)).toEqual(['市直部门']);
    expect(runRule(rule, CITY_HEAD + '第四部分 名词解释\n一、“三公”经费：指市直部门用财政拨款安排的经费。\n')).toEqual([]);
    expect(runRule(rule, PROVINCE_HEAD + '第四部分 名词解释\n一、“三公”经费：指市直部门用财政拨款安排的经费。\n')).toHaveLength(1);
  });
});
