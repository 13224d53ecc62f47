import { defineRule } from '../engine/types.js';
import { checkRowSum } from './sum-check.js';

export default defineRule({
  id: 'sub-item-sum',
  severity: 'error',
  category: 'arithmetic',
  title: '分项合计与明细不符',
  message: '“{table}”中“{row}”的{column}不等于其下明细之和',
  description: `以“①②”或“其中：”列出的明细行，应等于其上一行。例如“三公”经费表中“公务用车购置及运行费 = ①公务用车购置费 +
②公务用车运行维护费”。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      const rows = t.rows;
      for (let i = 0; i < rows.length; i++) {
        if (rows[i].sub || !rows[i + 1]?.sub) continue;
        const subs = [];
        for (let j = i + 1; j < rows.length && rows[j].sub && rows[j].side === rows[i].side; j++) subs.push(rows[j]);
        // A single "其中" line is a part, not a breakdown: only a full breakdown (≥2 lines) must add up.
        if (subs.length >= 2) yield* checkRowSum(figures, t, rows[i], subs, '明细');
      }
    }
  },
});
