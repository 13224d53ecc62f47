import { describe, expect, it } from 'vitest';
import rule from './narrative-amount.js';
import { runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (basic: string) => withNarrative({ '三、支出预算情况说明': `2026年度泽州县测试局支出预算10.00万元，其中：基本支出${basic}万元；项目支出4万元。` });

describe('narrative-amount', () => {
  it('passes when every resolvable figure matches the tables (4万元 may stand for 4.00)', () => expect(runRule(rule, text('6.00'))).toEqual([]));
  it('fails on a figure that contradicts the tables, pointing at text and table', () => {
    const f = runRule(rule, text('6.20'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].expected).toBe('6.00万元');
    expect(f[0].actual).toBe('6.20万元');
    expect(f[0].locations[0].section).toBe('三、支出预算情况说明');
    expect(f[0].locations[1].tableTitle).toBe('2026年预算支出总表');
  });
  it('reports one unit of the last digit as 尾差, a warning', () => {
    const f = runRule(rule, text('6.01'));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].rounding).toBe(true);
  });
  it('names a figure copied from elsewhere in the tables', () => {
    // 4.00 is the 项目支出 of the same line.
    expect(runRule(rule, text('4.00'))[0].suggestion).toContain('疑为照抄');
  });
  it('checks “三公” and 机关运行经费 against their own tables', () => {
    expect(runRule(rule, withNarrative({ '八、机关运行经费增减变动原因说明': '本部门2026年所属1家行政单位机关运行经费财政拨款预算1.00万元。' }))).toEqual([]);
    expect(runRule(rule, withNarrative({ '八、机关运行经费增减变动原因说明': '本部门2026年所属1家行政单位机关运行经费财政拨款预算1.50万元。' }))).toHaveLength(1);
  });
  it('does not check the section of a subordinate unit against the tables of the department (shenzhen-renshe-2026, page 24)', () => {
    const unit = (heading: string) => withNarrative({ [heading]: '部门预算收入5,127.91万元，包括基本支出3,382.09万元、项目支出1,745.82万元。' });
    expect(runRule(rule, unit('十三、泽州县测试局龙华分局'))).toEqual([]);
    expect(runRule(rule, unit('十三、泽州县测试局')).length).toBeGreaterThan(0);
  });
});

describe('narrative-amount: the funds a performance statement covers (chongqing-xuanchuanbu-2026 p5)', () => {
  const t = (x: string) => withNarrative({ '其他重要事项的情况说明': `（三）绩效目标设置情况。2026年项目支出均实行了绩效目标管理，涉及一般公共预算财政拨款${x}万元。` });
  it('passes when the amount is the 一般公共预算 项目支出 of the tables', () => expect(runRule(rule, t('4.00'))).toEqual([]));
  it('fails when it is not', () => expect(runRule(rule, t('40.00'))).toHaveLength(1));
});

describe('narrative-amount: 人员支出 and 日常公用支出 in the basic-expenditure section (hangzhou-qixiangju-2026 p7–8)', () => {
  const basic = (a: string) => withNarrative({ '六、一般公共预算基本支出情况说明': `人员支出${a}万元，主要包括：基本工资、津贴补贴、奖金。日常公用支出1.00万元，主要包括：办公费、印刷费。` });
  it('checks them against the basic-expenditure table’s columns', () => {
    expect(runRule(rule, basic('5.00'))).toEqual([]);
    expect(runRule(rule, basic('5.50'))).toHaveLength(1);
  });
  it('does not take them for those columns where they split the whole budget', () => {
    expect(runRule(rule, withNarrative({ '二、支出预算情况说明': '人员支出5.50万元，占55.0%。' }))).toEqual([]);
  });
});

describe('narrative-amount: a unit written wrong (changchun-xinfangju-benji-2026 p17)', () => {
  it('says the digits match the table in another unit', () => {
    const f = runRule(rule, withNarrative({ '一、收支总表情况说明': '2026年预算支出10.00元，其中基本支出预算6.00万元。' }));
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toContain('单位写错');
  });
});
