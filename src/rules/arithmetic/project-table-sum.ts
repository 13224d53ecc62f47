import type { Row } from '../../model/document.js';
import { defineRule } from '../engine/types.js';
import { checkRowSum } from './sum-check.js';

export default defineRule({
  id: 'project-table-sum',
  severity: 'error',
  category: 'arithmetic',
  title: '项目支出表合计不等于各项目之和',
  message: '“{table}”中“{row}”的{column}不等于{what}',
  description: `项目支出表按“部门 → 单位 → 项目”分层列示：单位行等于其下各项目之和，部门（合计）行等于各单位之和
（只有一个层级时等于各项目之和）。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      if (t.kind !== 'project-expense' && t.kind !== 'project-carryover') continue;
      const total = t.rows.find((r) => r.role === 'total');
      const units = t.rows.filter((r) => r.role === 'subtotal');
      const projects = t.rows.filter((r) => r.level === 'project');
      for (const u of units) {
        const start = t.rows.indexOf(u) + 1;
        const mine: Row[] = [];
        for (const r of t.rows.slice(start)) {
          if (r.role !== 'data') break;
          mine.push(r);
        }
        yield* checkRowSum(figures, t, u, mine, '其下各项目之和');
      }
      if (total) yield* checkRowSum(figures, t, total, units.length ? units : projects, units.length ? '各单位之和' : '各项目之和');
    }
  },
});
