import { describe, expect, it } from 'vitest';
import rule from './wording-pending-notice.js';
import { runRule } from '../testing.js';
import { form, narrative } from './fixtures.js';

describe('wording-pending-notice', () => {
  it('flags "最新文件未下达" in a form field', () => {
    const f = runRule(rule, form('送温暖经费', { 立项依据: '根据《关于开展送温暖活动的通知》(最新文件未下达)。' }));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('最新文件未下达');
    expect(f[0].locations[0].field).toBe('立项依据');
  });
  it('flags placeholders and fill-in prompts', () => {
    const f = runRule(rule, narrative('本部门共有XXX个预算单位，项目金额待定。（此处填写项目情况）'));
    expect(f.map((x) => x.actual)).toEqual(['待定', 'XXX', '（此处填写项目情况）']);
    expect(f[0].locations[0].span).toBeDefined();
  });
  it('passes final text, including words that only contain the letters', () => {
    expect(runRule(rule, narrative('本部门有待定期评估的项目3个，资金已全部下达。'))).toEqual([]);
  });
});
