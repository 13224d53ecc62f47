import { describe, expect, it } from 'vitest';
import rule from './narrative-conflicting-figures.js';
import { docOf, HEAD, runRule } from '../testing.js';
import { Coverage } from '../engine/coverage.js';
import { checkDocument } from '../engine/run.js';
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

describe('narrative-conflicting-figures: subjects and bases', () => {
  it('keeps apart paragraphs that each say “与上年相比增加X万元” of another line', () => {
    const text = withNarrative({
      '一、收支预算总体情况说明': '（1）一般公共服务支出（类）支出2,906.63万元。\n与上年相比减少17.08万元。\n（2）社会保障和就业支出（类）支出442.09万元。\n与上年相比增加31.1万元。',
    });
    expect(runRule(rule, text)).toEqual([]);
  });
  it('fails when one line is said to change in two ways on one base', () => {
    const text = withNarrative({
      '五、关于一般公共预算支出表的说明': '2014099其他信访事务支出，2026年预算数为3,623.98万元，比2025年执行数减少21,519.26万元。',
      '（三）一般公共预算当年拨款具体使用情况': '6.一般公共服务支出（类）信访事务（款）其他信访事务支出（项）2026年预算数为3,623.98万元，比2025年执行数增加2,022.94万元。',
    });
    expect(runRule(rule, text)).toHaveLength(1);
  });
  it('keeps apart one item of all funds and of the 一般公共预算 (hangzhou-gonganju-2026, pages 6 and 11)', () => {
    const text = withNarrative({
      '二、支出预算情况': '按支出用途分类，包括人员支出250,110.65万元，占61.8%；日常公用支出47,792.58万元，占11.8%。',
      '六、一般公共预算基本支出情况说明': '2026年一般公共预算基本支出293,191.86万元，其中：人员支出246,458.22万元，日常公用支出46,733.64万元。',
    });
    expect(runRule(rule, text)).toEqual([]);
  });
});

describe('narrative-conflicting-figures: an itemised list restated item by item (shenzhen-renshe-2026 p13)', () => {
  const unit = (third: string) =>
    withNarrative({
      '十三、深圳市社会保险基金管理局本级':
        '深圳市社会保险基金管理局本级预算11,429.20万元，包括在职人员经费4,013.28万元、公用经费336.28万元、对个人和家庭的补助支出762.89万元、增人增资支出320.00万元、项目支出5,996.74万元。\n' +
        '（一）在职人员经费4,013.28万元，主要是在职人员工资福利和社保缴费等相关支出。\n' +
        `（三）对个人和家庭补助支出${third}万元，主要是离退休人员经费。`,
    });
  it('passes when the restated item (written without 的) has the listed amount', () => expect(runRule(rule, unit('762.89'))).toEqual([]));
  it('warns when the restated item differs from the listed one', () => {
    const f = runRule(rule, unit('726.89'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });
});

describe('narrative-conflicting-figures: an item of a list restated under its own number (shenzhen-kouanban-2026 p6)', () => {
  const text = (again: string) =>
    `${HEAD}第三部分 情况说明\n四、部门预算支出情况\n深圳市人民政府口岸办公室预算55,884.67万元，包括在职人员经费3,098.93万元、公用经费919.20万元、对个人和家庭的补助616.88万元、增人增资371.58万元、项目支出50,878.08万元。\n（三）对个人和家庭补助支出${again}万元，主要是离退休人员经费。\n`;
  const run = (again: string) => {
    const doc = docOf(text(again));
    const coverage = new Coverage();
    const findings = checkDocument(doc, { rules: [rule], coverage });
    return { findings, covered: doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).filter((c) => coverage.claims.has(c)).length };
  };
  it('matches 对个人和家庭的补助 with 对个人和家庭补助支出 and covers both', () => {
    const ok = run('616.88');
    expect(ok.findings).toEqual([]);
    expect(ok.covered).toBe(2);
    expect(run('618.68').findings).toHaveLength(1);
  });
});
