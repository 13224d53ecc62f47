import { describe, expect, it } from 'vitest';
import rule from './wording-doc-number-conflict.js';
import { runRule } from '../testing.js';
import { form } from './fixtures.js';

const A = '《关于财政拨款的行政事业单位工会经费有关问题的通知》';
const twoForms = (first: string, second: string) =>
  form('工会经费', { 立项依据: `依据${first}` }) + form('上解经费', { 立项依据: `依据${second}` }, '');

describe('wording-doc-number-conflict', () => {
  it('flags the same title cited with two numbers, even with a word added', () => {
    const f = runRule(rule, twoForms(`${A}(总工发【2003】26号)`, '《关于财政拨款的行政事业单位计提工会经费有关问题的通知》(总工发【2003】25号)'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('总工发【2003】26号');
    expect(f[0].locations.map((l) => l.form)).toEqual(['工会经费', '上解经费']);
  });
  it('passes consistent citations, whatever the bracket style', () => {
    expect(runRule(rule, twoForms(`${A}(总工发【2003】26号)`, `${A}（总工发〔2003〕26号）`))).toEqual([]);
  });
  it('does not confuse documents of different years or batches', () => {
    const f = runRule(rule, twoForms('《关于下达2024年第一批补助资金的通知》(财发〔2024〕3号)', '《关于下达2025年第一批补助资金的通知》(财发〔2025〕8号)'));
    expect(f).toEqual([]);
  });
  it('warns when one number is cited with two different titles', () => {
    const f = runRule(rule, twoForms('《关于加强工会经费集中拨付的通知》(晋工发〔2006〕54号)', '《关于进一步加强机关企事业单位工会经费划拨的通知》(晋工发【2006】54号)'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });
  it('only warns for fund allocation notices, which are often issued in batches under one title', () => {
    const t = '《关于下达2025年困难职工帮扶资金的通知》';
    const f = runRule(rule, twoForms(`${t}(财发〔2025〕3号)`, `${t}(财发〔2025〕9号)`));
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });
});
