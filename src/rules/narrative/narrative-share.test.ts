import { describe, expect, it } from 'vitest';
import rule from './narrative-share.js';
import { HEAD, runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (pct: string) => withNarrative({ '三、支出预算情况说明': `支出预算10.00万元，其中：基本支出6.00万元，占${pct}；项目支出4万元，占40.00%。` });

describe('narrative-share', () => {
  it('passes on correct shares', () => expect(runRule(rule, text('60.00%'))).toEqual([]));
  it('fails on a wrong share with the recomputed value', () => {
    const f = runRule(rule, text('61.00%'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('60.00%');
  });
});

describe('narrative-share: wholes', () => {
  it('takes the list’s whole, not the item before', () => {
    // 4 / 10 = 40%; against the item before (6.00) it would be 66.67%.
    expect(runRule(rule, text('60.00%'))).toEqual([]);
  });
  it('points out a set of shares nudged to add up to 100%', () => {
    // Each is 33.33% → 33.3%, together 99.9%; printed 33.4% + 33.3% + 33.3% = 100.0%.
    const f = runRule(rule, withNarrative({ '三、支出预算情况说明': '支出预算3000.00万元，其中：人员支出1000.00万元，占33.4%；日常公用支出1000.00万元，占33.3%；项目支出1000.00万元，占33.3%。' }));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('33.3%');
    expect(f[0].suggestion).toContain('凑整');
  });
  it('takes a whole named in the sentence', () => {
    expect(runRule(rule, withNarrative({ '三、支出预算情况说明': '基本支出6.00万元，占本年支出合计的60.00%。' }))).toEqual([]);
    expect(runRule(rule, withNarrative({ '三、支出预算情况说明': '基本支出6.00万元，占本年支出合计的66.67%。' }))).toHaveLength(1);
  });
  it('takes a whole the section states when the tables do not print it (beijing-caizhengju-2026, page 7)', () => {
    const text = (p: string) => `${HEAD}第三部分 情况说明\n二、支出预算\n2026年支出预算44169.36万元，比2025年年初预算数44021.20万元增加148.16万元。\n（一）基本支出。基本支出预算28016.26万元，占本年支出预算${p}。\n`;
    expect(runRule(rule, text('63.43%'))).toEqual([]);
    expect(runRule(rule, text('63.34%'))).toHaveLength(1);
  });
});

describe('narrative-share: a whole named and stated in the sentence (xian-weijianwei-huizong-2022 p22)', () => {
  const t = (rate: string) =>
    withNarrative({ 二: `（二）政府采购授予中小企业合同金额24,498.01万元，占政府采购支出合同总额的9%，其中：授予小微企业合同金额7,086.06万元，占授予中小企业合同金额的${rate}；货物采购授予中小企业合同金额占政府采购货物支出合同的4.07%。` });
  it('passes when the share is of the amount the sentence states for the whole it names', () => expect(runRule(rule, t('28.93%'))).toEqual([]));
  it('fails when it is not', () => {
    const f = runRule(rule, t('29.83%'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('28.93%');
  });
});

