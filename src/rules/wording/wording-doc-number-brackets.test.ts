import { describe, expect, it } from 'vitest';
import rule from './wording-doc-number-brackets.js';
import { runRule } from '../testing.js';
import { form, narrative } from './fixtures.js';

describe('wording-doc-number-brackets', () => {
  it('reports each wrongly bracketed number once per field, with the corrected text', () => {
    const f = runRule(rule, form('工会经费', { 立项依据: '依据《通知》(晋工发【2006】54号)、《办法》(总工发[2003]26号)，再次重申晋工发【2006】54号。' }));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([
      ['晋工发【2006】54号', '晋工发〔2006〕54号'],
      ['总工发[2003]26号', '总工发〔2003〕26号'],
    ]);
    expect(f[0].suggestion).toBe('改为“晋工发〔2006〕54号”');
  });
  it('handles round brackets and a leading word in running text', () => {
    const f = runRule(rule, narrative('根据泽政办发(2010)23号文件执行。'));
    expect(f.map((x) => x.expected)).toEqual(['泽政办发〔2010〕23号']);
  });
  it('passes 六角括号', () => {
    expect(runRule(rule, narrative('根据晋财预〔2025〕12号文件执行。'))).toEqual([]);
  });
});
