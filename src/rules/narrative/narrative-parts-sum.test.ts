import { describe, expect, it } from 'vitest';
import rule from './narrative-parts-sum.js';
import { HEAD, runRule } from '../testing.js';
import { withNarrative } from './fixture.js';

const text = (carry: string) =>
  withNarrative({ '一、部门预算收支数据变动情况及原因': `预算收入总计650.24万元，其中：本年收入650.24万元，上年结转${carry}万元，比上年增加127.27万元，增长24.34%；支出总计650.24万元，其中：本年预算安排650.24万元，上年结转0万元。` });

describe('narrative-parts-sum', () => {
  it('passes when the parts add up', () => expect(runRule(rule, text('0'))).toEqual([]));
  it('fails when a part breaks the total', () => {
    const f = runRule(rule, text('3.00'));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('653.24万元');
  });
  it('ignores 其中 followed by a count', () => {
    expect(runRule(rule, withNarrative({ '1、整体绩效目标': '涉及资金650.24万元，其中基本支出330.24万元，项目支出320万元；单位1个，其中0个单位编报了整体绩效目标，涉及资金0万元。' }))).toEqual([]);
  });
});

describe('narrative-parts-sum: 尾差 and changes', () => {
  it('reports a miss within the rounding of the parts as 尾差, a warning', () => {
    const f = runRule(rule, withNarrative({ '一、收入预算': '收入预算186549.30万元，其中：一般公共预算财政拨款128148.56万元，政府性基金预算财政拨款44134.59万元，财政专户管理资金11791.50万元，事业单位经营收入资金962.62万元，其他收入资金1512.04万元。' }));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].rounding).toBe(true);
  });
  it('takes a whole printed to fewer decimals than a part for their rounded sum (fuzhou-yibaoju-2026 p40)', () => {
    const s = (total: string) => withNarrative({ '（二）政府采购情况': `2026年，福州市医疗保障局政府采购预算总额${total}万元，其中：政府采购货物预算252.619万元、政府采购工程预算0万元、政府采购服务预算118万元。` });
    expect(runRule(rule, s('370.62'))).toEqual([]);
    const off = runRule(rule, s('370.63'));
    expect(off).toHaveLength(1);
    expect(off[0].rounding).toBe(true);
  });
  it('adds up the changes of a breakdown by direction', () => {
    const s = (b: string) => withNarrative({ '（三）增减变化情况': `2.支出预算减少18,435.5万元，其中基本支出减少16,342.46万元，项目支出减少${b}万元。` });
    expect(runRule(rule, s('2,093.04'))).toEqual([]);
    expect(runRule(rule, s('2,193.04'))).toHaveLength(1);
  });
  it('follows a list into the sentence that opens with 其中', () => {
    const s = (b: string) => withNarrative({ '四、“三公”经费情况说明': `2026年“三公”经费预算308.00万元，比2025年减少22.24万元。其中：因公出国（境）费用20.00万元，比2025年减少7.00万元；公务接待费39.50万元，比2025年减少5.64万元；公务用车运行维护费${b}万元，比2025年减少9.60万元。` });
    expect(runRule(rule, s('248.50'))).toEqual([]);
    expect(runRule(rule, s('250.50'))).toHaveLength(1);
  });
});

describe('narrative-parts-sum: a list after a colon (chongqing-xuanchuanbu-2026 p5, chongqing-zhengfubangongting-2026 p4)', () => {
  const colon = (service: string) =>
    withNarrative({
      十一: `（二）政府采购情况。所属各预算单位政府采购预算总额712.49万元：政府采购货物预算486.50万元、政府采购工程预算0万元、政府采购服务预算225.99万元；其中一般公共预算拨款政府采购504.98万元：政府采购货物预算480.50万元、政府采购工程预算0万元、政府采购服务预算${service}万元。`,
    });
  it('passes when the parts after the colon add up to the amount before it', () => expect(runRule(rule, colon('24.48'))).toEqual([]));
  it('fails when they do not', () => {
    const f = runRule(rule, colon('42.48'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('504.98万元');
  });
  const funds = (goods: string) =>
    withNarrative({ 十一: `（二）政府采购情况。所属各预算单位政府采购预算总额4,542.69万元，均为一般公共预算拨款，其中：政府采购货物预算${goods}万元、政府采购工程预算0万元、政府采购服务预算4,432.69万元。` });
  it('reads the list after “均为…拨款，其中：” as the parts of the amount before', () => {
    expect(runRule(rule, funds('110'))).toEqual([]);
    expect(runRule(rule, funds('101'))).toHaveLength(1);
  });
});

describe('narrative-parts-sum: one part named after 其中 (yantai-caizhengju-2026 p29, p31)', () => {
  const one = (part: string) => withNarrative({ 二: `（一）收入预算：2026年收入预算9,069.47万元，其中：一般公共预算收入${part}万元。` });
  it('passes when the part is no more than its whole', () => {
    expect(runRule(rule, one('9,069.47'))).toEqual([]);
    expect(runRule(rule, one('8,000.00'))).toEqual([]);
  });
  it('fails when the part is more than its whole', () => {
    const f = runRule(rule, one('9,096.47'));
    expect(f).toHaveLength(1);
    expect(f[0].suggestion).toContain('所列主要');
  });
});

describe('narrative-parts-sum: lists the reader must see through (zhongyang-guojiaxinfangju-2024 p23, p26)', () => {
  it('takes the amount before a qualifying clause ("全部为财政资金") as the whole of the list after it', () => {
    const s = (b: string) => withNarrative({ '十、政府采购支出说明': `2024年度国家信访局政府采购支出总额1967.42万元，全部为财政资金，其中：政府采购货物支出171.7万元、政府采购工程支出3万元、政府采购服务支出${b}万元。` });
    expect(runRule(rule, s('1792.72'))).toEqual([]);
    expect(runRule(rule, s('1797.22'))).toHaveLength(1);
  });
  it('keeps an item that lists names of its own ("主要包括：基本工资、…；") in the list around it', () => {
    const s = (b: string) =>
      withNarrative({
        '六、一般公共预算财政拨款基本支出决算情况说明': `国家信访局2024年度财政拨款基本支出10234.37万元，其中：人员经费7967.72万元，主要包括：基本工资、津贴补贴、奖金、退休费；公用经费${b}万元，主要包括：办公费、印刷费、咨询费。`,
      });
    expect(runRule(rule, s('2266.65'))).toEqual([]);
    expect(runRule(rule, s('2366.65'))).toHaveLength(1);
  });
});

describe('narrative-parts-sum: the main uses, each with its amount (huzhou-caizhengju-2026 p8)', () => {
  const s = (a: string) =>
    withNarrative({
      '3.一般公共预算当年拨款具体使用情况': `（4）一般公共服务支出（类）财政事务（款）其他财政事务支出（项）1153.00万元，主要用于局本级会计管理和人才培养、财政事务综合管理经费、解决改制历史遗留经费等支出${a}万元；市财政项目预算审核中心市级预算项目评审经费支出371.00万元；市财政票据管理中心财政票据管理经费支出10.00万元；市绿色财政研究服务中心的财政专项业务经费等支出120.00万元。`,
    });
  it('holds them to the amount they break down (main uses: not above it)', () => {
    expect(runRule(rule, s('652.00'))).toEqual([]);
    expect(runRule(rule, s('752.00'))).toHaveLength(1);
  });
});

describe('narrative-parts-sum: 其中 followed by numbered paragraphs, the first in its sentence (shanghai-fulicaipiao-fxzx-2026 p16)', () => {
  const s = (c: string) =>
    `${HEAD}第三部分 情况说明\n2026年“三公”经费预算情况说明\n2026年“三公”经费预算数为0.00万元，与2025年预算持平。其中：\n（一）因公出国（境）费为0.00万元，与2025年预算持平。\n（二）公务用车购置及运行费为0.00万元，与2025年预算持平。其中：公务用车购置费为0.00万元，与2025年预算持平；公务用车运行费为0.00万元，与2025年预算持平。\n（三）公务接待费为${c}万元，与2025年预算持平。\n`;
  it('takes every numbered paragraph as an item of the list, and the sublist of the second as its own', () => {
    expect(runRule(rule, s('0.00'))).toEqual([]);
    const f = runRule(rule, s('0.50'));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('0.50万元');
  });
});

describe('narrative-parts-sum: parts of a budget figure (zhongyang-guojiaxinfangju-2024 p45)', () => {
  const s = (b: string) => `国家信访局\n2024年度部门决算\n第三部分 情况说明\n（一）项目基本情况\n截至2024年12月31日，项目全年预算数为1018.55万元，其中当年财政拨款898.00万元、上年结转资金${b}万元。\n`;
  it('takes parts without a period word as parts of the 全年预算数 before them', () => {
    expect(runRule(rule, s('120.55'))).toEqual([]);
    expect(runRule(rule, s('125.05'))).toHaveLength(1);
  });
});

describe('narrative-parts-sum: one main part (shenzhen-guiziju-baoan-2026 p7)', () => {
  const s = (a: string) => withNarrative({ '（五）项目支出': `3.林业管理20.00万元，主要包括：宝安区2026年古树名木复壮技术服务项目${a}万元。` });
  it('holds a single main part to its whole, not above it', () => {
    expect(runRule(rule, s('20.00'))).toEqual([]);
    expect(runRule(rule, s('200.00'))).toHaveLength(1);
  });
  it('holds a single part after 其中 to its whole too, which it may equal (yantai-caizhengju-2026 p31)', () => {
    const y = (a: string) => withNarrative({ '（九）预算绩效管理情况': `市财政局2026年政策和项目全面实施绩效目标管理，涉及一级预算项目6个，预算资金3056.57万元，其中财政拨款${a}万元。` });
    expect(runRule(rule, y('3056.57'))).toEqual([]);
    expect(runRule(rule, y('2056.57'))).toEqual([]);
    expect(runRule(rule, y('3065.57'))).toHaveLength(1);
  });
});
