import { describe, expect, it } from 'vitest';
import rule from './perf-form-amount-vs-project.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

describe('perf-form-amount-vs-project', () => {
  it('passes when 元 and 万元 agree within half a 万元 cent (50元)', () => {
    const text = docText({ rows: [['工会经费', '36.70']], forms: [{ name: '工会经费', total: '366,992' }] });
    expect(runRule(rule, text)).toEqual([]);
  });
  it('matches names after normalisation', () => {
    const text = docText({ rows: [['送温暖（两节）经费', '6.00']], forms: [{ name: '送温暖(两节)经费', total: '60,000' }] });
    expect(runRule(rule, text)).toEqual([]);
  });
  it('fails when the form amount differs beyond rounding', () => {
    const text = docText({ rows: [['送温暖经费', '6.50']], forms: [{ name: '送温暖经费', total: '60,000' }] });
    const f = runRule(rule, text);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('送温暖经费');
    expect(f[0].expected).toBe('6.50万元');
    expect(f[0].difference).toBe('-5000.00元');
    expect(f[0].locations).toHaveLength(2);
    expect(f[0].locations[1].row).toBe('送温暖经费');
  });
  it('uses 年度资金总额 rather than 实施期资金总额', () => {
    const text = docText({ rows: [['基建项目', '10.00']], forms: [{ name: '基建项目', total: '300,000', annual: '100,000' }] });
    expect(runRule(rule, text)).toEqual([]);
  });
});
