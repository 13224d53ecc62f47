import { describe, expect, it } from 'vitest';
import rule from './narrative-conflicting-figures.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (b: string) =>
  withNarrative({
    '三、支出预算情况说明': '支出预算10.00万元，其中：基本支出6.00万元，项目支出4.00万元。',
    '1、整体绩效目标': `涉及部门预算资金10.00万元，其中基本支出${b}万元，项目支出4万元。`,
  });

describe('narrative-conflicting-figures', () => {
  it('passes when the same item has the same amount everywhere', () => expect(runRule(rule, text('6'))).toEqual([]));
  it('fails when the same item is stated twice with different amounts', () => {
    const f = runRule(rule, text('6.50'));
    expect(f).toHaveLength(1);
    expect(f[0].locations).toHaveLength(2);
  });
});
