import { describe, expect, it } from 'vitest';
import rule from './wording-duplicate-text.js';
import { runRule } from '../testing.js';
import { form, narrative } from './fixtures.js';

const P = '养老救助按照个人申请、企业申报、主管部门审核、县总工会审批、集中支付的程序办理。1.个人申请。申请人到所在企业填写审批表。';

describe('wording-duplicate-text', () => {
  it('flags a passage repeated within one form field', () => {
    const f = runRule(rule, form('养老救助', { 保证项目实施的制度和措施: `保证项目实施的制度和措施:${P}${P}` }));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].locations).toHaveLength(2);
    expect(f[0].actual).toBe(P);
  });
  it('flags a field copied from another field of the same form (labels ignored)', () => {
    const basis = '根据县人民政府办公室关于印发困难企业退休职工救助试行办法的通知(县政办发〔2010〕23号)执行。';
    const f = runRule(rule, form('养老救助', { 立项依据: `立项依据:${basis}`, 项目实施计划: basis }));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('项目实施计划');
    expect(f[0].message).toContain('相同');
  });
  it('notes two identical paragraphs, as info (templates ask for parallel text: suzhou-shenjiju-2026 六 and 八)', () => {
    const p = '本部门2026年无政府采购预算，也没有使用政府性基金安排的支出，特此说明情况。';
    const f = runRule(rule, narrative(p, p));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
  });
  it('notes a passage repeated within one paragraph, as info (the same reasons for 收入 and 支出)', () => {
    const why = '二是根据机构改革方案，厅机关减少接待办公室、市公务用车管理办公室等职能，相应减少相关预算安排；三是减少了信息化建设项目。';
    const f = runRule(rule, narrative(`收入预算比上年减少，主要原因是：一是人员变动；${why}支出预算比上年减少，主要原因是：一是人员变动；${why}`));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
  });
  it('passes parallel sentences that only share a clause', () => {
    const text = narrative(
      '2026年度收入总计650.24万元，其中：本年收入650.24万元，上年结转0万元，比上年增加127.27万元，增长24.34%，主要原因是本年专项经费增加；支出总计650.24万元，其中：本年预算安排650.24万元，上年结转0万元，比上年增加127.27万元，增长24.34%，主要原因是本年专项经费增加。',
    );
    expect(runRule(rule, text)).toEqual([]);
    expect(runRule(rule, form('养老救助', { 保证项目实施的制度和措施: P }))).toEqual([]);
  });
  it('accepts a short 立项依据 quoted inside a much longer 项目概况', () => {
    const basis = '根据县人民政府办公室关于印发困难企业退休职工救助试行办法的通知(县政办发〔2010〕23号)';
    const overview = `${basis}，经摸底调查、认真审核并入户验证，确定符合条件的救助对象452人，每人每月320元，全年共需资金173.57万元，另需入户走访等工作经费1.43万元。`;
    expect(runRule(rule, form('养老救助', { 项目概况: overview, 立项依据: basis }))).toEqual([]);
  });
});
