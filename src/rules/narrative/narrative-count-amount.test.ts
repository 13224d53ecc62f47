import { describe, expect, it } from 'vitest';
import { Coverage } from '../engine/coverage.js';
import { checkDocument } from '../engine/run.js';
import { docOf } from '../testing.js';
import { narrativeFigureStates } from '../../measure/measure.js';
import rule from './narrative-count-amount.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (n: string, amount: string) => withNarrative({ '1、整体绩效目标': `机关及下属预算单位1个，其中${n}个单位（包括机关）编报了单位整体绩效目标，涉及资金${amount}万元。` });

describe('narrative-count-amount', () => {
  it('passes when a zero count has a zero amount and a count has an amount', () => {
    expect(runRule(rule, text('0', '0'))).toEqual([]);
    expect(runRule(rule, text('1', '10.00'))).toEqual([]);
  });
  it('fails on zero units with money', () => expect(runRule(rule, text('0', '15.00'))[0].severity).toBe('error'));
  it('warns on units without money', () => expect(runRule(rule, text('1', '0'))[0].severity).toBe('warning'));
});

describe('narrative-count-amount: what the check covers (shenzhen-fagaiwei-2026 p11)', () => {
  const covered = (text: string) => {
    const doc = docOf(withNarrative({ '十二、国有资产占用情况': text }));
    const coverage = new Coverage();
    const findings = checkDocument(doc, { rules: [rule], coverage });
    return { findings, covered: doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).filter((c) => coverage.claims.has(c)).map((c) => c.type) };
  };
  it('covers a zero count with its amount, which must be zero', () => {
    expect(covered('2026年计划购置车辆0辆、0万元，暂无更新计划。')).toEqual({ findings: [], covered: ['count'] });
    expect(covered('2026年计划购置车辆0辆、12万元，暂无更新计划。').findings).toHaveLength(1);
  });
  it('binds the amount figure the zero count carries', () => {
    const doc = docOf(withNarrative({ '十二、国有资产占用情况': '2026年计划购置车辆0辆、0万元，暂无更新计划。' }));
    const coverage = new Coverage();
    checkDocument(doc, { rules: [rule], coverage });
    const p = doc.sections.flatMap((s) => s.paragraphs).find((x) => x.text.includes('车辆'))!;
    expect(narrativeFigureStates(p.text, p.claims, coverage).map((f) => [f.raw, f.bound])).toEqual([['0万元', true]]);
  });
  it('does not cover a count above zero: any amount but 0 would pass', () => {
    expect(covered('2026年计划购置车辆1辆、12万元，主要是机要通信用车。').covered).toEqual([]);
  });
});
