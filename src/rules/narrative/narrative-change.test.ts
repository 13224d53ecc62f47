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

describe('narrative-change: the 决算 against its budget (xian-weijianwei-huizong-2022 p12, p21; 24年普陀区财政局 p19)', () => {
  const section = (t: string) => withNarrative({ '（三）一般公共预算财政拨款支出决算具体情况': t });
  it('checks “决算数大于年初预算数” against the two figures of its sentence', () => {
    const t = (spent: string) => section(`1.一般公共服务支出（类）发展与改革事务（款）日常经济运行调节（项）。年初预算0万元，支出决算${spent}万元，决算数大于年初预算数的主要原因是：西安急救中心对该功能科目使用错误。`);
    expect(runRule(rule, t('56'))).toEqual([]);
    const f = runRule(rule, t('0'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('决算数等于年初预算数');
  });
  it('takes the figures of the sentence before when the comparison states none', () => {
    const t = (budget: string) => section(`1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为${budget}万元，支出决算为1511.89万元。决算数大于预算数的主要原因：人员进出及退休变化，减少人员经费开支。`);
    expect(runRule(rule, t('1460.05'))).toEqual([]);
    expect(runRule(rule, t('1560.05'))[0]?.message).toContain('说明却写大于');
  });
  it('leaves a bare 预算数 alone when both the 年初预算 and the 全年预算 are stated', () => {
    expect(runRule(rule, section('一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元。决算数小于预算数的主要原因：人员经费支出数小于预算数。'))).toEqual([]);
  });
  it('checks “决算数较预算数减少X” on the budget stated before it', () => {
    const t = (less: string) => withNarrative({ '（一）“三公”经费支出决算情况说明': `2022年度财政拨款安排“三公”经费支出预算593.46万元，支出决算587.55万元，决算数较预算数减少${less}万元，主要原因是：厉行节约，压缩三公经费。` });
    expect(runRule(rule, t('5.91'))).toEqual([]);
    expect(runRule(rule, t('9.51'))).toHaveLength(1);
  });
});

describe('narrative-change: a shortened subject stated in full in the sentence before (xian-weijianwei-huizong-2022 p11)', () => {
  const t = (rate: string) =>
    withNarrative({
      '（一）一般公共预算财政拨款支出决算总体情况': `2022年度一般公共预算财政拨款支出年初预算139,217.01万元，支出决算296,047.75万元，完成年初预算的212.65%，占本年支出合计的14.27%。与上年相比，财政拨款支出减少17,151.62万元，下降${rate}，下降的主要原因是：西安市红会医院北院区建设财政拨款减少。`,
    });
  it('passes when the rate holds on the figure the sentence before stated', () => expect(runRule(rule, t('5.48%'))).toEqual([]));
  it('fails when it does not', () => expect(runRule(rule, t('5.79%'))[0]?.expected).toBe('5.48%'));
  it('does not pick one of several amounts the sentence before named alike (changsha-gonganju-2025 p6)', () => {
    const s = withNarrative({ '（一）收入预算': '2025年本单位收入预算68632.12万元，其中：一般公共预算拨款68632.12万元，财政专户管理事业收入0.00万元，其他收入0.00万元。收入较去年减少1316.82万元，下降1.88%。' });
    expect(runRule(rule, s)).toEqual([]);
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
