import { describe, expect, it } from 'vitest';
import rule from './perf-funds-sum.js';
import { runRule } from '../testing.js';
import { docText } from './fixtures.js';

describe('perf-funds-sum', () => {
  it('passes when the sources add up to the annual total', () => {
    const text = docText({ forms: [{ name: '送温暖经费', total: '60,000', sources: { provincial: '20,000', local: '40,000' } }] });
    expect(runRule(rule, text)).toEqual([]);
  });
  it('fails when the sources do not add up', () => {
    const text = docText({ forms: [{ name: '送温暖经费', total: '60,000', sources: { local: '50,000' } }] });
    const f = runRule(rule, text);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('不等于各资金来源之和');
    expect(f[0].difference).toBe('+10000.00元');
    expect(f[0].locations[0].form).toBe('送温暖经费');
  });
  it('fails when the annual amount exceeds the implementation-period amount', () => {
    const text = docText({ forms: [{ name: '基建项目', total: '50,000', annual: '60,000' }] });
    const f = runRule(rule, text);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('大于实施期资金总额');
  });
});
