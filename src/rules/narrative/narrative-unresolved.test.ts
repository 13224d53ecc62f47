import { describe, expect, it } from 'vitest';
import rule from './narrative-unresolved.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

describe('narrative-unresolved', () => {
  it('lists, per sentence, the figures whose subject matches no table line, as info', () => {
    const f = runRule(rule, withNarrative({ '九、政府采购情况': '2026年政府采购预算总额0万元。其中：政府采购货物预算0万元、政府采购工程预算0万元。' }));
    expect(f.map((x) => x.severity)).toEqual(['info', 'info']);
    expect(f[1].message).toContain('“政府采购货物预算”、“政府采购工程预算”');
  });
  it('does not list figures that resolve to the tables', () => {
    expect(runRule(rule, withNarrative({ '三、支出预算情况说明': '支出预算10.00万元，其中：基本支出6.00万元，项目支出4.00万元。' }))).toEqual([]);
  });
});
