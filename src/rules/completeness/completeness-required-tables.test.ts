import { describe, expect, it } from 'vitest';
import rule from './completeness-required-tables.js';
import { HEAD, runRule } from '../testing.js';
import { NATIONAL_9, tiny } from './fixtures.js';

describe('completeness-required-tables', () => {
  it('passes when every table of the profile is there', () => {
    expect(runRule(rule, HEAD + NATIONAL_9.map((t) => tiny(t)).join(''))).toEqual([]);
  });
  it('accepts the combined 三公和机关运行经费 table for the two separate ones of shanxi-13', () => {
    const titles = [...NATIONAL_9, '2026年政府性基金预算收入表', '2026年项目支出预算表（本年预算）', '2026年项目支出预算表（上年结转）'];
    expect(runRule(rule, HEAD + titles.map((t) => tiny(t)).join(''))).toEqual([]);
  });
  it('reports a missing table, pointing at its TOC entry when the TOC lists it', () => {
    const toc = '目录\n表七2026年政府性基金预算支出表\t7\n';
    const body = NATIONAL_9.filter((t) => !t.includes('政府性基金')).map((t) => tiny(t)).join('');
    const f = runRule(rule, HEAD + toc + body);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('政府性基金预算支出表');
    expect(f[0].locations[0].line).toBe(4);
  });
});
