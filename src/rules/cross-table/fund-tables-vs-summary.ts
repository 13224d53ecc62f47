import { groupTotalColumn } from '../../model/columns.js';
import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';

export default defineRule({
  id: 'fund-tables-vs-summary',
  severity: 'error',
  category: 'cross-table',
  title: '政府性基金、国有资本经营预算表与总表不一致',
  message: '{a}与{b}不一致',
  description: `政府性基金预算支出表的合计应等于财政拨款收支总表“政府性基金预算”列的本年支出合计和收入总表的政府性基金收入；
政府性基金预算收入表的合计应等于其支出表的合计（均不含上年结转）。国有资本经营预算同理。表中无数据时按 0 比对。`,
  *check({ figures }) {
    const fis = figures.table('fiscal-summary');
    const fTotal = fis?.rows.find((r) => r.side === 'expense' && r.role === 'total');
    const tot = (kind: 'gov-fund-expense' | 'gov-fund-income', key: string, label: string) => {
      const t = figures.table(kind);
      return t ? figures.figure(t, t.rows.find((r) => r.role === 'total'), key, label) : undefined;
    };
    // A 决算 table of the fund's 收入 and 支出 (年初结转 | 本年收入 | 本年支出 小计 …): its spending is the 本年支出 小计.
    const fundTable = figures.table('gov-fund-expense');
    const spent = fundTable && groupTotalColumn(fundTable.columns, /^本年支出/);
    const gfe = tot('gov-fund-expense', spent?.key ?? 'total', '政府性基金预算支出表 合计');
    yield* mustEqual(figures.figure(fis, fTotal, 'expense.gov_fund', '财政拨款收支总表 政府性基金预算支出'), gfe);
    // Income equals spending only where nothing was carried in or out (a 决算 table with 年初结转 spends both).
    if (!fundTable?.columns.some((c) => /^carryover/.test(c.key) || /结转|结余/.test(c.label))) yield* mustEqual(figures.concept('income.gov_fund'), gfe);
    yield* mustEqual(gfe, tot('gov-fund-income', 'total', '政府性基金预算收入表 合计'));
    const soe = figures.table('soe-capital');
    if (soe) {
      const row = soe.rows.find((r) => r.role === 'total' && (r.side === 'expense' || !r.side));
      const key = soe.columns.find((c) => c.side === row?.side && /total/.test(c.key) && c.path.some((p) => /合计/.test(p)))?.key;
      if (row && key) {
        const s = figures.figure(soe, row, key, '国有资本经营预算表 支出合计');
        yield* mustEqual(figures.figure(fis, fTotal, 'expense.soe', '财政拨款收支总表 国有资本经营预算支出'), s);
      }
    }
  },
});
