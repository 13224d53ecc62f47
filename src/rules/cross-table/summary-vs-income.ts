import { groupTotalColumn } from '../../model/columns.js';
import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';
import { listedAfterTotal } from '../arithmetic/sum-check.js';

const SOURCES = ['gpb', 'gov_fund', 'soe', 'special_account', 'unit_funds'] as const;

export default defineRule({
  id: 'summary-vs-income',
  severity: 'error',
  category: 'cross-table',
  title: '收支总表与收入总表不一致',
  message: '{a}与{b}不一致',
  description: `收支总表左侧的本年收入合计、各项收入来源（一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金、单位资金）和
上年结转，应分别等于收入总表“合计”行的对应列。`,
  *check({ figures }) {
    if (!figures.table('income-expense-summary') || !figures.table('income-summary')) return;
    const inc = figures.table('income-summary')!;
    const incTotal = inc.rows.find((r) => r.role === 'total');
    // A 收入总表 with 本年收入 and 上年结转 groups: this year's income is the 本年收入 group's 小计, not the 总计.
    const current = groupTotalColumn(inc.columns, /^本年收入/);
    const thisYear = figures.concept('income.current');
    const whole = current ? figures.figure(inc, incTotal, current.key, '收入总表 本年收入小计') : figures.figure(inc, incTotal, 'total', '收入总表 合计');
    // A 总计 that adds a 上年结转 column of its own: this year's income is the 总计 less it.
    const carried = current ? undefined : figures.figure(inc, incTotal, 'carryover', '收入总表 上年结转');
    const ies = figures.table('income-expense-summary')!;
    // Income the summary lists after its 本年收入合计 (上级补助收入 in Shandong's template) is a column of the 收入总表.
    const incomeRows = ies.rows.filter((r) => r.side === 'income');
    const total = incomeRows.find((r) => r.role === 'total');
    const outside = total ? listedAfterTotal(incomeRows, total).reduce((s, r) => s + figures.value(ies, r, 'income.total').fen, 0n) : 0n;
    const agrees = (less: bigint) => !!thisYear && !!whole && thisYear.value.fen === whole.value.fen - less;
    if (!(agrees(outside) || (carried && agrees(carried.value.fen + outside)))) yield* mustEqual(thisYear, whole);
    const RE: Record<(typeof SOURCES)[number], RegExp> = { gpb: /^一般公共预算/, gov_fund: /^政府性基金/, soe: /^国有资本经营/, special_account: /^财政专户/, unit_funds: /^单位资金/ };
    for (const key of SOURCES) {
      const row = ies.rows.find((r) => r.side === 'income' && r.role === 'data' && RE[key].test(r.name));
      const a = figures.figure(ies, row, 'income.total', `收支总表 ${row?.name}`);
      yield* mustEqual(a, figures.figure(inc, incTotal, key, `收入总表 合计 ${inc.columns.find((c) => c.key === key)?.label ?? key}`));
    }
    const carry = ies.rows.find((r) => r.side === 'income' && r.role === 'carryover');
    yield* mustEqual(figures.figure(ies, carry, 'income.total', '收支总表 上年结转'), figures.figure(inc, incTotal, 'carryover', '收入总表 上年结转'));
  },
});
