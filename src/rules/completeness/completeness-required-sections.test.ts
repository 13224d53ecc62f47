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
});
