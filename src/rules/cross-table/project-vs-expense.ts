import { defineRule } from '../engine/types.js';
import { mustEqual, sumFigures } from './compare.js';

export default defineRule({
  id: 'project-vs-expense',
  severity: 'error',
  category: 'cross-table',
  title: '项目支出表与支出总表的项目支出不一致',
  message: '{a}与{b}不一致',
  description: `项目支出表（本年预算与上年结转两张合计）应等于支出总表“合计”行的“项目支出”；项目支出表的一般公共预算列应等于
一般公共预算支出表的“项目支出”（山西 13 张表口径：项目支出表本年预算不含上年结转）。`,
  *check({ figures }) {
    const cur = figures.table('project-expense');
    if (!cur) return;
    const carry = figures.table('project-carryover');
    const total = (t: typeof cur | undefined, key: string, label: string) => (t ? figures.figure(t, t.rows.find((r) => r.role === 'total'), key, label) : undefined);
    const projects = sumFigures('项目支出表 合计（本年预算 + 上年结转）', [total(cur, 'total', '项目支出表（本年预算）合计'), total(carry, 'total', '项目支出表（上年结转）合计')]);
    yield* mustEqual(figures.concept('expense.project'), projects);
    yield* mustEqual(figures.concept('gpb.project'), total(cur, 'gpb', '项目支出表（本年预算）一般公共预算'));
  },
});
