import { HEAD, table } from '../testing.js';

/**
 * A small consistent Shanxi-style disclosure: total 10.00万元 = basic 6.00 + project 4.00, all 一般公共预算.
 * Tests override one figure by name to break exactly one identity.
 */
export interface MiniValues {
  incomeCurrent: string; // 收支总表 本年收入合计
  incomeGpb: string; // 收支总表 一般公共预算
  incomeTableTotal: string; // 收入总表 合计
  expenseSummaryTotal: string; // 收支总表 本年支出合计
  expenseTotal: string; // 支出总表 合计
  expenseClass: string; // 支出总表 201
  fiscalGpbIncome: string; // 财政拨款收支总表 一般公共预算
  fiscalGpbExpense: string; // 财政拨款收支总表 支出 一般公共预算列 合计
  gpbTotal: string;
  gpbBasic: string;
  ecoTotal: string;
  ecoPublic: string;
  operating: string;
  projectTotal: string;
  govFund: string;
}

export const OK: MiniValues = {
  incomeCurrent: '10.00',
  incomeGpb: '10.00',
  incomeTableTotal: '10.00',
  expenseSummaryTotal: '10.00',
  expenseTotal: '10.00',
  expenseClass: '10.00',
  fiscalGpbIncome: '10.00',
  fiscalGpbExpense: '10.00',
  gpbTotal: '10.00',
  gpbBasic: '6.00',
  ecoTotal: '6.00',
  ecoPublic: '1.00',
  operating: '1.00',
  projectTotal: '4.00',
  govFund: '',
};

export function mini(over: Partial<MiniValues> = {}): string {
  const v = { ...OK, ...over };
  return (
    HEAD +
    '部门名称：泽州县测试局\n' +
    table('2026年预算收支总表', [
      ['收入', '', '支出', '', '', ''],
      ['项目', '2026年', '项目', '2026年合计', '当年预算安排', '上年结转安排'],
      ['一、一般公共预算', v.incomeGpb, '一、一般公共服务支出', v.expenseSummaryTotal, v.expenseSummaryTotal, ''],
      ['二、政府性基金预算', v.govFund, '', '', '', ''],
      ['本年收入合计', v.incomeCurrent, '本年支出合计', v.expenseSummaryTotal, v.expenseSummaryTotal, ''],
      ['上年结转', '', '年终结转', '', '', ''],
      ['收入总计', v.incomeCurrent, '支出总计', v.expenseSummaryTotal, v.expenseSummaryTotal, ''],
    ]) +
    table('2026年预算收入总表', [
      ['项目', '', '本年收入', '', '', '', '', '', '上年结转'],
      ['科目编码', '科目名称', '合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金', ''],
      ['合计', '', v.incomeTableTotal, v.incomeTableTotal, '', '', '', '', ''],
      ['201', '一般公共服务支出', '10.00', '10.00', '', '', '', '', ''],
    ]) +
    table('2026年预算支出总表', [
      ['项目', '', '2026年预算数', '', ''],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '', v.expenseTotal, '6.00', '4.00'],
      ['201', '一般公共服务支出', v.expenseClass, '6.00', '4.00'],
    ]) +
    table('2026年财政拨款收支总表', [
      ['收入', '', '支出', '', '', '', ''],
      ['项目', '金额', '项目', '金额', '', '', ''],
      ['', '', '', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['一、一般公共预算', v.fiscalGpbIncome, '一、一般公共服务支出', '10.00', v.fiscalGpbExpense, '', ''],
      ['二、政府性基金预算', v.govFund, '', '', '', '', ''],
      ['本年收入合计', '10.00', '本年支出合计', '10.00', v.fiscalGpbExpense, '', ''],
      ['收入总计', '10.00', '支出总计', '10.00', v.fiscalGpbExpense, '', ''],
    ]) +
    table('2026年一般公共预算支出预算表', [
      ['项目', '', '2026年预算数', '', ''],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '', v.gpbTotal, v.gpbBasic, '4.00'],
      ['201', '一般公共服务支出', v.gpbTotal, v.gpbBasic, '4.00'],
    ]) +
    table('2026年一般公共预算安排基本支出分经济科目表', [
      ['部门预算支出经济科目名称', '政府预算支出经济科目名称', '2026年预算数', '', ''],
      ['', '', '合计', '人员经费', '公用经费'],
      ['合计', '', v.ecoTotal, '5.00', v.ecoPublic],
    ]) +
    table('2026年政府性基金预算支出表', [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '', v.govFund, '', v.govFund],
    ]) +
    table('2026年财政拨款安排机关运行经费预算表', [
      ['单位名称', '2026预算数', '', '', ''],
      ['', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['部门合计', v.operating, v.operating, '', ''],
    ]) +
    table('2026年项目支出预算表（本年预算）', [
      ['项目名称', '合计', '2026年财政拨款', '', '', '财政专户管理资金', '单位资金'],
      ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', ''],
      ['泽州县测试局', v.projectTotal, v.projectTotal, '', '', '', ''],
      ['项目甲', v.projectTotal, v.projectTotal, '', '', '', ''],
    ])
  );
}
