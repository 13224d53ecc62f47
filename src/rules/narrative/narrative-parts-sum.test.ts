import { describe, expect, it } from 'vitest';
import rule from './narrative-parts-sum.js';
import { runRule } from '../testing.js';
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

