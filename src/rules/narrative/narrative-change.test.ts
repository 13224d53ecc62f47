import { describe, expect, it } from 'vitest';
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
