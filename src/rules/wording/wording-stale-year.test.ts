import { describe, expect, it } from 'vitest';
import rule from './wording-stale-year.js';
import { runRule } from '../testing.js';
import { form, narrative } from './fixtures.js';

describe('wording-stale-year', () => {
  it('flags a 2026 budget citing a notice about the 2021 holidays', () => {
    const f = runRule(rule, form('送温暖经费', { 立项依据: '根据市总工会《关于2021年元旦春节期间开展送温暖活动的通知》(市工发〔2020〕10号)。' }));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('2021年');
    expect(f[0].locations[0].field).toBe('立项依据');
    expect(f[0].locations[0].excerpt).toBe('《关于2021年元旦春节期间开展送温暖活动的通知》');
  });
  it('accepts a notice of the year before the budget year', () => {
    expect(runRule(rule, form('送温暖经费', { 立项依据: '根据《关于2025年元旦春节期间开展送温暖活动的通知》。' }))).toEqual([]);
  });
  it('accepts old standing regulations and laws', () => {
    const text = narrative('依据《山西省2006年机关事业单位工会经费管理办法》和《中华人民共和国预算法》编制。');
    expect(runRule(rule, text)).toEqual([]);
  });
  it('flags an unbracketed annual budget notice', () => {
    const f = runRule(rule, narrative('根据县财政局关于编制2023年度部门预算的通知，本部门编制了预算。'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('2023');
  });
});
