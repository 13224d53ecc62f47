import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';

export default defineRule({
  id: 'fiscal-vs-income',
  severity: 'error',
  category: 'cross-table',
  title: '财政拨款收支总表与收入总表不一致',
  message: '{a}与{b}不一致',
  description: `财政拨款收支总表左侧的一般公共预算、政府性基金预算、国有资本经营预算拨款，应等于收入总表“合计”行对应来源列；
财政拨款本年收入合计也不应超过部门本年收入合计。收入总表没有单列上年结转时，其来源列可含上年结转的该项拨款，
此时与财政拨款收支总表中该来源的本年拨款加上年结转之和相比。`,
  *check({ figures }) {
    if (!figures.table('fiscal-summary') || !figures.table('income-summary')) return;
    for (const key of ['gpb', 'gov_fund', 'soe']) {
      const income = figures.concept(`income.${key}`);
      // A 收入总表 without a 上年结转 column counts the carried-over appropriation in its source column.
      const carried = figures.concept(`fiscal+carryover.${key}`);
      if (income && carried && income.value.fen === carried.value.fen) continue;
      yield* mustEqual(income, figures.concept(`fiscal.${key}`));
    }
  },
});
