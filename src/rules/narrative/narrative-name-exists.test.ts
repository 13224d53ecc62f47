import { describe, expect, it } from 'vitest';
import rule from './narrative-name-exists.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (name: string) => withNarrative({ '（二）一般公共预算当年支出结构情况': `一般公共预算当年支出10.00万元，主要用于以下方面：${name}10.00万元，占100.00%。` });

describe('narrative-name-exists', () => {
  it('passes when the named class is in the tables', () => expect(runRule(rule, text('一般公共服务支出'))).toEqual([]));
  it('fails on a misspelt class name and suggests the right one', () => {
    const f = runRule(rule, text('一般公共预算服务支出'));
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toBe('改为“一般公共服务支出”');
  });
});
