import { describe, expect, it } from 'vitest';
import rule from './perf-form-coverage.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

describe('perf-form-coverage', () => {
  it('passes when every project has a form and every form a project', () => {
    const text = docText({ rows: [['送温暖经费', '6.00'], ['遗属补助', '2.30']], forms: [{ name: '送温暖经费' }, { name: '遗属补助', total: '23,008' }] });
    expect(runRule(rule, text)).toEqual([]);
  });
  it('is silent when the document has no project forms at all', () => {
    expect(runRule(rule, docText({ rows: [['送温暖经费', '6.00']] }))).toEqual([]);
  });
  it('reports a project without a form and a form without a project', () => {
    const text = docText({ rows: [['送温暖经费', '6.00'], ['遗属补助', '2.30']], forms: [{ name: '送温暖经费' }, { name: '慰问经费' }] });
    const f = runRule(rule, text);
    expect(f.map((x) => x.message)).toEqual(['“遗属补助”：项目支出预算表列有此项目，但没有对应的项目支出绩效目标表', '“慰问经费”：有项目支出绩效目标表，但项目支出预算表中没有此项目']);
    expect(f[0].locations[0].row).toBe('遗属补助');
    expect(f[1].locations[0].form).toBe('慰问经费');
  });
  it('matches a form named with a trailing 费 to its project (xian-caizhengju-2026 p49: 法律咨询服务费 = 法律咨询服务)', () => {
    const text = docText({ rows: [['法律咨询服务', '6.00']], forms: [{ name: '法律咨询服务费' }] });
    expect(runRule(rule, text)).toEqual([]);
  });
  it('reports a form whose content was lost in extraction', () => {
    const lost = '部门整体支出绩效目标申报表\n(2026)年度\nTable with columns for Department Name, Basic Information, Objectives and Budget Situation.\n';
    const f = runRule(rule, docText({ after: '\n' + lost }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('丢失');
  });
});
