import { money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { coverCells } from '../engine/coverage.js';
import { cellLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'balance-sides',
  severity: 'error',
  category: 'arithmetic',
  title: '收入总计与支出总计不平衡',
  message: '“{table}”收入总计与支出总计不相等',
  description: `收支总表、财政拨款收支总表是平衡表：左侧“收入总计”必须等于右侧“支出总计”。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      const inc = t.rows.find((r) => r.side === 'income' && r.role === 'grand-total');
      const exp = t.rows.find((r) => r.side === 'expense' && r.role === 'grand-total');
      if (!inc || !exp || !('income.total' in inc.cells) || !('expense.total' in exp.cells)) continue;
      coverCells(inc.cells['income.total'], exp.cells['expense.total']);
      const a = figures.value(t, inc, 'income.total').fen;
      const b = figures.value(t, exp, 'expense.total').fen;
      if (a === b) continue;
      yield {
        params: { table: t.title },
        locations: [cellLoc(t, inc, 'income.total'), cellLoc(t, exp, 'expense.total')],
        expected: fmt(money(a, t.unit)),
        actual: fmt(money(b, t.unit)),
        difference: fmtDiff(b, a, t.unit),
        suggestion: '收支总表必须平衡，请核对两侧合计与结转',
      };
    }
  },
});
