import { describe, expect, it } from 'vitest';
import rule from './fiscal-vs-gpb.js';
import { runRule } from '../testing.js';
import { mini } from './fixture.js';

describe('fiscal-vs-gpb', () => {
  it('passes on a consistent disclosure', () => expect(runRule(rule, mini())).toEqual([]));
  it('fails when one table disagrees, pointing at both places', () => {
    const f = runRule(rule, mini({ fiscalGpbExpense: '9.00' }));
    expect(f).toHaveLength(2);
    expect(f[0].locations.length).toBeGreaterThanOrEqual(1);
    expect(f[0].expected).toBeDefined();
  });
});

describe('fiscal-vs-gpb with carryover', () => {
  it('does not compare when 财政拨款 has 上年结转 (the 一般公共预算支出表 excludes it)', () => {
    const base = mini({ fiscalGpbExpense: '12.00' });
    const at = base.lastIndexOf('收入总计\t10.00\t支出总计');
    const text = base.slice(0, at) + '上年财政拨款结转\t2.00\t年终结转\t\t\t\t\n' + base.slice(at);
    expect(runRule(rule, text)).toEqual([]);
  });
});
