import type { Row, Table } from '../../model/document.js';
import { defineRule } from '../engine/types.js';
import { checkRowSum } from './sum-check.js';

/** Top-level rows a table's 合计 row adds up: 类 rows in coded tables, otherwise the non-breakdown items. */
export function topLevelRows(t: Table, side?: 'income' | 'expense'): Row[] {
  const data = t.rows.filter((r) => r.side === side && r.role === 'data' && !r.sub);
  const coded = data.filter((r) => r.code);
  if (coded.length) {
    const minLen = coded.reduce((m, r) => Math.min(m, r.code!.length), Infinity);
    return coded.filter((r) => r.code!.length === minLen);
  }
  if (data.some((r) => r.level === '类')) return data.filter((r) => r.level === '类');
  return data;
}

export default defineRule({
  id: 'table-total-row',
  severity: 'error',
  category: 'arithmetic',
  title: '合计行不等于各行之和',
  message: '“{table}”的“{row}”行{column}列不等于各{what}之和',
  description: `表中的“合计”（或“本年收入合计”“本年支出合计”“部门合计”）行，应等于其下各顶层行之和：按科目编码列示的表为各“类”级科目之和，
经济分类表为各“类”之和，其他表为各项目行之和（“①②”“其中”形式的明细行不重复计入）。项目支出表由“项目支出表合计”规则检查。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      if (t.kind === 'project-expense' || t.kind === 'project-carryover') continue;
      for (const side of [...new Set(t.rows.map((r) => r.side))]) {
        const total = t.rows.find((r) => r.side === side && r.role === 'total');
        if (!total) continue;
        yield* checkRowSum(figures, t, total, topLevelRows(t, side), '顶层行');
      }
    }
  },
});
