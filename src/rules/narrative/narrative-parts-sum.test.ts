import { describe, expect, it } from 'vitest';
import rule from './narrative-parts-sum.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (carry: string) =>
  withNarrative({ '一、部门预算收支数据变动情况及原因': `预算收入总计650.24万元，其中：本年收入650.24万元，上年结转${carry}万元，比上年增加127.27万元，增长24.34%；支出总计650.24万元，其中：本年预算安排650.24万元，上年结转0万元。` });

describe('narrative-parts-sum', () => {
  it('passes when the parts add up', () => expect(runRule(rule, text('0'))).toEqual([]));
  it('fails when a part breaks the total', () => {
    const f = runRule(rule, text('3.00'));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('653.24万元');
  });
  it('ignores 其中 followed by a count', () => {
    expect(runRule(rule, withNarrative({ '1、整体绩效目标': '涉及资金650.24万元，其中基本支出330.24万元，项目支出320万元；单位1个，其中0个单位编报了整体绩效目标，涉及资金0万元。' }))).toEqual([]);
  });
});
