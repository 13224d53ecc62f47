import { describe, expect, it } from 'vitest';
import rule from './narrative-conflicting-figures.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (b: string) =>
  withNarrative({
    '九、政府采购情况': '2026年政府采购预算总额3.00万元。',
    '十二、其他说明': `本部门政府采购预算总额${b}万元。`,
  });

describe('narrative-conflicting-figures', () => {
  it('passes when the same item has the same amount everywhere', () => expect(runRule(rule, text('3'))).toEqual([]));
  it('fails when the same item is stated twice with different amounts', () => {
    const f = runRule(rule, text('3.50'));
    expect(f).toHaveLength(1);
    expect(f[0].locations).toHaveLength(2);
  });
});
