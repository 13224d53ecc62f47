import { describe, expect, it } from 'vitest';
import rule from './narrative-item-figures.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

describe('narrative-item-figures', () => {
  const final = (v: string) => withNarrative({ '（三）一般公共预算财政拨款支出决算具体情况': `1、一般公共服务支出（类）一般公共服务支出（款）。不成立的路径不检查。\n2、“一般公共服务支出”科目${v}万元，主要用于日常运转。` });
  it('passes when the item amount matches the table row', () => expect(runRule(rule, final('10.00'))).toEqual([]));
  it('fails when it does not', () => {
    const f = runRule(rule, final('11.00'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('10.00万元');
  });
});
