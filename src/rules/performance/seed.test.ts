import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTextBuffer } from '../../import/text/index.js';
import { checkDocument } from '../engine/run.js';
import { PERFORMANCE_RULES } from './index.js';

// What a careful reviewer finds in the seed's performance forms, written down by reading the document.
// The correct figures (452 × 320 × 12 + 14,320 = 1,750,000; 2 × 632 × 12 + 2 × 3,920 = 23,008; 1,000,000 = 100万元;
// 366,992元 ≈ 36.70万元; the 5 projects / 320.00万元 of 绩效管理情况) must yield nothing.
const doc = importTextBuffer(readFileSync('test/fixtures/seed/zezhou-2026.txt'), { file: 'zezhou-2026.txt' });
const findings = checkDocument(doc, { rules: PERFORMANCE_RULES });
const pinned = findings.map((f) => [f.ruleId, f.locations[0]?.form ?? '']).sort();

describe('performance rules on the seed document', () => {
  it('yields exactly the expected findings', () => {
    expect(pinned).toEqual(
      [
        ['perf-form-coverage', '县(区)级预算部门(单位)整体支出绩效目标申报表'],
        ['perf-cost-breakdown', '工会经费'],
        ['perf-time-vs-plan', '工会经费'],
        ['perf-time-vs-plan', '送温暖经费'],
        ['perf-indicator-unit', '上解2025年上级工会经费'],
        ['perf-indicator-unit', '送温暖经费'],
        ['perf-indicator-unit', '养老救助经费'],
        ['perf-indicator-unit', '养老救助经费'],
        ['perf-indicator-operator', '工会经费'],
        ['perf-indicator-operator', '工会经费'],
        ['perf-indicator-operator', '送温暖经费'],
        ['perf-indicator-operator', '送温暖经费'],
        ['perf-indicator-operator', '养老救助经费'],
        ['perf-indicator-term', '养老救助经费'],
        ['perf-goal-copy', '工会经费'],
        ['perf-truncated-name', '上解2025年上级工会经费'],
        ['perf-truncated-name', '上解2025年上级工会经费'],
        ['perf-truncated-name', '送温暖经费'],
        ['perf-truncated-name', '养老救助经费'],
        ['perf-truncated-name', '遗属补助'],
        ['perf-truncated-name', '遗属补助'],
        ['perf-truncated-name', '遗属补助'],
      ].sort(),
    );
  });
  it('reports the unexplained 266,992元 of 工会经费', () => {
    const f = findings.find((x) => x.ruleId === 'perf-cost-breakdown')!;
    expect(f.actual).toBe('50000元 + 30000元 + 20000元 = 100000元');
    expect(f.difference).toBe('-266992.00元');
  });
  it('reports the two schedule contradictions', () => {
    const msgs = findings.filter((x) => x.ruleId === 'perf-time-vs-plan').map((x) => x.message);
    expect(msgs.some((m) => m.includes('“五月”') && m.includes('六月份开展劳动和技能竞赛'))).toBe(true);
    expect(msgs.some((m) => m.includes('“12月”') && m.includes('2026年2月份集中发放'))).toBe(true);
  });
  it('suggests 应救尽救率 and flags the copied duties paragraph', () => {
    expect(findings.find((x) => x.ruleId === 'perf-indicator-term')?.expected).toBe('应救尽救率');
    expect(findings.find((x) => x.ruleId === 'perf-goal-copy')?.locations[1].section).toBe('一、本部门职责');
  });
  it('finds nothing wrong with the correct amounts and counts', () => {
    const quiet = ['perf-form-amount-vs-project', 'perf-funds-sum', 'perf-quantity-standard', 'perf-narrative-counts', 'perf-indicator-levels'];
    expect(findings.filter((x) => quiet.includes(x.ruleId))).toEqual([]);
  });
});
