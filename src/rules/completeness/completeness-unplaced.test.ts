import { describe, expect, it } from 'vitest';
import rule from './completeness-unplaced.js';
import { HEAD, runRule } from '../testing.js';

const SUMMARY = 'Table with columns for Department Name, Basic Information, Objectives and Performance Indicators of the department.';

describe('completeness-unplaced', () => {
  it('passes a document the importer placed completely', () => {
    expect(runRule(rule, HEAD + '第一部分 概况\n一、部门职责\n负责有关工作。\n')).toEqual([]);
  });
  it('reports a performance form lost in extraction, with its source line', () => {
    const f = runRule(rule, HEAD + `测试县部门整体支出绩效目标申报表\n(2026)年度\n${SUMMARY}\n`);
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].line).toBe(5);
    expect(f[0].actual).toBe(SUMMARY);
    expect(f[0].message).toContain('丢失');
  });
});
