import { describe, expect, it } from 'vitest';
import { Coverage } from '../engine/coverage.js';
import { checkDocument } from '../engine/run.js';
import { docOf } from '../testing.js';
import rule from './narrative-change.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (s: string) => withNarrative({ '八、机关运行经费增减变动原因说明': s });

describe('narrative-change', () => {
  it('passes when the rate uses last year as the base', () => {
    expect(runRule(rule, text('机关运行经费预算14.63万元，比2025年预算减少1.05万元，减少6.70%。'))).toEqual([]);
    expect(runRule(rule, text('预算收入总计650.24万元，比上年增加127.27万元，增长24.34%。'))).toEqual([]);
  });
  it('fails when this year was used as the base and says so', () => {
    const f = runRule(rule, text('机关运行经费预算14.63万元，比2025年预算减少1.05万元，减少7.18%。'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('6.70%');
    expect(f[0].suggestion).toContain('本年数');
  });
  it('fails when the words contradict the direction', () => {
    expect(runRule(rule, text('支出10.00万元，比上年增加1.00万元，下降10.00%。'))).toHaveLength(1);
  });
});

describe('narrative-change: what kind of mistake', () => {
  const text = (s: string) => withNarrative({ '八、机关运行经费增减变动原因说明': s });
  it('names a rate cut off instead of rounded', () => {
    // 1.05 / (2115.63 − 1.05) = 0.0497% → 0.05%; 0.04% is the cut-off value.
    expect(runRule(rule, text('机关运行经费2115.63万元，比2025年增加1.05万元，增长0.04%。'))[0].suggestion).toContain('截断');
  });
  it('names a rate copied from another line', () => {
    const f = runRule(rule, text('机关运行经费预算14.63万元，比2025年预算减少1.05万元，减少6.70%。公务接待费2.00万元，比上年增加1.00万元，增长6.70%。'));
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toContain('与“机关运行经费”的比率相同');
  });
  it('does not fault a rate that holds on the table figure when the text misstates this year', () => {
    // The table says 1.00; the text says 0 (narrative-amount's finding). 0.10 / 1.10 = 9.09% is right.
    expect(runRule(rule, text('机关运行经费0.00万元。与上年相比，机关运行经费减少0.10万元，下降9.09%。'))).toEqual([]);
    expect(runRule(rule, text('机关运行经费0.00万元。与上年相比，机关运行经费减少0.10万元，下降8.00%。'))).toHaveLength(1);
  });
  it('checks a rate on a stated prior figure (上年执行数为P，本年安排A，比上年增加C%)', () => {
    const s = (pct: string) => text(`2023年当年预算执行数为70.70万元，2024年预算安排76.76万元，比2023年预算执行数增加${pct}。`);
    expect(runRule(rule, s('8.57%'))).toEqual([]);
    expect(runRule(rule, s('7.89%'))[0].expected).toBe('8.57%');
  });
  it('binds a change written in the next sentence to the item before it', () => {
    const f = runRule(rule, withNarrative({ '一、收支预算总体情况说明': '（1）一般公共服务支出（类）支出2,906.63万元，主要用于审计事务。与上年相比减少17.08万元，减少0.60%。' }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('一般公共服务支出');
    expect(f[0].expected).toBe('0.58%');
  });
});

describe('narrative-change: what only last year’s document can check', () => {
  const priorOnly = (text: string) => {
    const doc = docOf(withNarrative({ '（一）一般公共预算当年支出规模变化情况': text }));
    const coverage = new Coverage();
    checkDocument(doc, { rules: [rule], coverage });
    return doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).filter((c) => coverage.priorOnly.has(c)).length;
  };
  it('leaves a change amount alone or a rate alone to --prior when the tables print no prior figure', () => {
    expect(priorOnly('一般公共预算当年支出10.00万元，比上年增加2.00万元。')).toBe(1);
    expect(priorOnly('一般公共预算当年支出10.00万元，比上年增长25.00%。')).toBe(1);
    // Amount and rate together are checked here (the rate on current − change).
    expect(priorOnly('一般公共预算当年支出10.00万元，比上年增加2.00万元，增长25.00%。')).toBe(0);
  });
});
