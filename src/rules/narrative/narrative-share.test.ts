import { describe, expect, it } from 'vitest';
import rule from './narrative-share.js';
import { runRule } from '../testing.js';
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
