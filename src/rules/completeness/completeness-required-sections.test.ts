import { describe, expect, it } from 'vitest';
import rule from './completeness-required-sections.js';
import { HEAD, runRule } from '../testing.js';

const HEADINGS = [
  '二、收入预算情况说明',
  '三、支出预算情况说明',
  '四、财政拨款收支预算总体情况说明',
  '五、一般公共预算支出情况说明',
  '六、“三公”经费支出预算情况说明',
  '七、机关运行经费情况说明',
  '八、政府采购情况',
  '九、绩效目标管理情况',
  '十、国有资产占有使用情况',
];
const doc = (headings: string[]) =>
  HEAD + ['第三部分 2026年度部门预算情况说明', ...headings.flatMap((h) => [h, '本部门情况如下。']), '第四部分 名词解释', '一、基本支出：指人员支出和公用支出。'].join('\n') + '\n';

describe('completeness-required-sections', () => {
  it('passes when every required topic has a section', () => {
    expect(runRule(rule, doc(HEADINGS))).toEqual([]);
  });
  it('reports a missing topic by its name', () => {
    const f = runRule(rule, doc(HEADINGS.filter((h) => !h.includes('政府采购'))));
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('情况说明中缺少“政府采购情况”');
  });
  it('counts a topic stated in another section (收入 and 支出 in one 收支总体情况 section)', () => {
    const merged = ['一、收支预算总体情况', '本部门收入预算合计1,234.56万元，支出预算合计1,234.56万元。', ...HEADINGS.slice(2)];
    expect(runRule(rule, HEAD + ['第三部分 2026年度部门预算情况说明', ...merged.flatMap((h) => (h.startsWith('本部门') ? [h] : [h, '本部门情况如下。']))].join('\n') + '\n').map((f) => f.message)).toEqual([]);
  });
  it('counts 财政拨款 explained fund by fund (Hunan, Fujian: “一般公共预算拨款…万元”, then 政府性基金…)', () => {
    const byFund = HEADINGS.filter((h) => !h.includes('财政拨款')).flatMap((h) => [h, h.includes('一般公共预算') ? '一般公共预算拨款68632.12万元，比上年增加1,020.00万元。' : '本部门情况如下。']);
    const text = HEAD + ['第三部分 2026年度部门预算情况说明', ...byFund, '第四部分 名词解释', '一、基本支出：指人员支出和公用支出。'].join('\n') + '\n';
    expect(runRule(rule, text)).toEqual([]);
    const without = doc(HEADINGS.filter((h) => !h.includes('财政拨款')));
    expect(runRule(rule, without).map((x) => x.message)).toEqual(['情况说明中缺少“财政拨款收支总体情况说明”']);
  });
  it('still reports income when no sentence gives an income figure', () => {
    const f = runRule(rule, doc(HEADINGS.filter((h) => !h.includes('收入'))));
    expect(f.map((x) => x.message)).toEqual(['情况说明中缺少“收入预算情况说明”']);
  });
});
