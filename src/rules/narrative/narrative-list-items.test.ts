import { describe, expect, it } from 'vitest';
import rule from './narrative-list-items.js';
import { runRule } from '../testing.js';
import { mini } from '../cross-table/fixture.js';
import { ECONOMIC } from './fixture.js';

const text = (personnel: string, pub: string) =>
  mini().replace(/2026年一般公共预算安排基本支出分经济科目表[\s\S]*?(?=2026年政府性基金)/, ECONOMIC) +
  `第三部分 2026年度部门预算情况说明\n六、一般公共预算基本支出情况说明\n人员经费5.00万元，主要包括：${personnel}。\n公用经费1.00万元，主要包括：${pub}。\n`;

describe('narrative-list-items', () => {
  it('passes when the lists match the rows (bracket width ignored)', () => expect(runRule(rule, text('基本工资、津贴补贴', '办公费、维修(护)费等'))).toEqual([]));
  it('warns on an item the table has no amount for (a template list) and on an omission', () => {
    const f = runRule(rule, text('基本工资、绩效工资', '办公费、维修（护）费'));
    expect(f.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(f.map((x) => x.actual)).toContain('绩效工资');
  });
  it('fails on an item whose amount the table puts in the other column', () => {
    const f = runRule(rule, text('基本工资、津贴补贴、办公费', '办公费、维修（护）费'));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0].message).toContain('“办公费”的金额在报表公用经费列');
  });
});
