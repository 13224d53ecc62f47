import { money } from '../../money/index.js';
import { fmt, fmtDiff } from '../engine/format.js';
import { cellLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';

export default defineRule({
  id: 'gpb-within-expense',
  severity: 'error',
  category: 'cross-table',
  title: '一般公共预算支出超过部门支出',
  message: '科目“{row}”的一般公共预算{column}（{gpb}）大于支出总表同科目（{all}）',
  description: `一般公共预算支出是部门全部支出的一部分：同一功能科目、同一列（合计/基本支出/项目支出），一般公共预算支出表的金额
不能大于支出总表的金额。`,
  *check({ figures }) {
    const gpb = figures.table('gpb-expense');
    const exp = figures.table('expense-summary');
    if (!gpb || !exp) return;
    for (const g of gpb.rows) {
      const e = g.code ? exp.rows.find((x) => x.code === g.code) : g.role === 'total' ? exp.rows.find((x) => x.role === 'total') : undefined;
      if (!e) continue;
      for (const key of ['total', 'basic', 'project']) {
        if (!(key in g.cells) || !(key in e.cells)) continue;
        const a = figures.value(gpb, g, key).fen;
        const b = figures.value(exp, e, key).fen;
        if (a <= b) continue;
        const label = gpb.columns.find((c) => c.key === key)?.label ?? key;
        yield {
          params: { row: g.code ? `${g.code} ${g.name}` : '合计', column: label, gpb: fmt(money(a, gpb.unit)), all: fmt(money(b, exp.unit)) },
          locations: [cellLoc(gpb, g, key), cellLoc(exp, e, key)],
          expected: `≤ ${fmt(money(b, exp.unit))}`,
          actual: fmt(money(a, gpb.unit)),
          difference: fmtDiff(a, b, gpb.unit),
        };
      }
    }
  },
});
