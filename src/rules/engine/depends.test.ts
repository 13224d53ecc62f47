import { describe, expect, it } from 'vitest';
import { markDependents } from './depends.js';
import type { Finding, Location } from './types.js';

const sentence: Location = { label: '一、收入支出决算总体情况说明', sectionId: 's3', line: 267 };
const total: Location = { label: '收支总表 › 总计 › 决算数', tableId: 't1', row: '总计', column: '决算数' };

function finding(over: Partial<Finding>): Finding {
  return { ruleId: 'r', severity: 'error', category: 'narrative', title: 't', message: 'm', locations: [], ...over };
}

describe('suggestions computed on a figure reported as wrong', () => {
  it('ask for that figure to be fixed first and keep their own only for reference', () => {
    const amount = finding({ ruleId: 'narrative-amount', title: '说明中的金额与报表不一致', locations: [{ ...sentence, span: [21, 24] }, total], expected: '2995.39万元', actual: '0.00万元' });
    const rate = finding({ ruleId: 'narrative-change', locations: [{ ...sentence, span: [43, 58] }], expected: '100.00%', actual: '1.87%', suggestion: '应改为100.00%' });
    const elsewhere = finding({ ruleId: 'narrative-share', locations: [{ ...sentence, line: 278 }], expected: '71.65%', actual: '71.73%', suggestion: '应改为71.65%' });
    const findings = [amount, rate, elsewhere];
    markDependents(findings);
    expect(rate.dependsOn).toEqual({ ruleId: 'narrative-amount', title: '说明中的金额与报表不一致', expected: '2995.39万元', actual: '0.00万元' });
    expect(rate.suggestion).toMatch(/^先更正所依据的数.*2995\.39万元.*仅供参考：应改为100\.00%$/);
    expect(rate.message).toContain('所依据的数已被指出有误');
    expect(elsewhere.dependsOn).toBeUndefined();
    expect(elsewhere.suggestion).toBe('应改为71.65%');
    expect(amount.dependsOn).toBeUndefined();
  });
  it('link through a shared table cell, but not to a warning or a rounding difference', () => {
    const cell = finding({ ruleId: 'table-total-row', locations: [total], expected: '2995.39万元', actual: '2990.00万元' });
    const share = finding({ ruleId: 'table-share', severity: 'warning', locations: [total], expected: '12.00%', actual: '13.00%' });
    markDependents([cell, share]);
    expect(share.dependsOn?.ruleId).toBe('table-total-row');
    for (const root of [finding({ severity: 'warning', locations: [total], expected: '1', actual: '2' }), finding({ rounding: true, locations: [total], expected: '1', actual: '2' })]) {
      const rate = finding({ locations: [total], expected: '12.00%', actual: '13.00%' });
      markDependents([root, rate]);
      expect(rate.dependsOn).toBeUndefined();
    }
  });
});
