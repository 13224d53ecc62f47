import { defineRule } from '../engine/types.js';
import { mustEqual } from './compare.js';

export default defineRule({
  id: 'income-vs-expense-codes',
  severity: 'error',
  category: 'cross-table',
  title: '收入总表与支出总表的科目金额不一致',
  message: '{a}与{b}不一致',
  description: `山西等地的收入总表按支出功能科目列示收入（不含上年结转的本年收入），同一科目在收入总表的“合计”应等于支出总表的“合计”
（本年收入全部安排本年支出时）。两表都列出的科目逐一比对。只适用于预算：决算的收入与支出因结转结余本就不同。`,
  *check({ doc, figures }) {
    // In a 决算 income and spending of a 科目 differ by design (结转结余); only a 预算 must match row by row.
    if (doc.meta.kind !== '预算') return;
    const inc = figures.table('income-summary');
    const exp = figures.table('expense-summary');
    if (!inc || !exp) return;
    const carry = inc.rows.find((r) => r.role === 'total')?.cells.carryover?.value?.fen ?? 0n;
    if (carry !== 0n) return; // with carryover the two need not match row by row
    for (const r of inc.rows) {
      if (!r.code) continue;
      const e = exp.rows.find((x) => x.code === r.code);
      if (!e) continue;
      yield* mustEqual(figures.figure(exp, e, 'total', `支出总表 ${e.code} ${e.name}`), figures.figure(inc, r, 'total', `收入总表 ${r.code} ${r.name}`));
    }
  },
});
