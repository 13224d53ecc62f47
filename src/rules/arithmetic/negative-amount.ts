import { cellLoc } from '../engine/locate.js';
import { defineRule } from '../engine/types.js';
import { valueKeys } from './sum-check.js';

export default defineRule({
  id: 'negative-amount',
  severity: 'warning',
  category: 'arithmetic',
  title: '预算表中出现负数',
  message: '“{table}”中“{row}”的{column}为负数 {value}',
  description: `部门预算各表的金额不应为负数（决算中个别结余项目除外）。负数多为录入错误或把减少额误填为金额。`,
  *check({ doc }) {
    if (doc.meta.kind !== '预算') return;
    for (const t of doc.tables)
      for (const r of t.rows) {
        // A change (增减变化) listed as a row of its own may be negative.
        if ((r.period && !/^\d{4}/.test(r.period)) || /增减|变化|变动|差额/.test(r.period ?? r.name)) continue;
        for (const key of valueKeys(t, r.side)) {
          const v = r.cells[key]?.value;
          if (!v || v.fen >= 0n) continue;
          const loc = cellLoc(t, r, key);
          yield { params: { table: t.title, row: loc.row ?? '', column: loc.column ?? key, value: r.cells[key].raw }, locations: [loc], actual: r.cells[key].raw, suggestion: '核对是否录入错误' };
        }
      }
  },
});
