import { defineRule } from '../engine/types.js';
import { checkRowSum } from './sum-check.js';

export default defineRule({
  id: 'code-hierarchy-sum',
  severity: 'error',
  category: 'arithmetic',
  title: '类、款金额不等于下级科目之和',
  message: '“{table}”中科目“{row}”的{column}不等于其下级科目之和',
  description: `按支出功能分类列示的表中，“类”级科目金额应等于其下各“款”之和，“款”应等于其下各“项”之和（类 = Σ款 = Σ项）。
下级科目以编码前缀判断：2012901、2012999 属于 20129，20129 属于 201。没有下级行的科目不检查。`,
  *check({ doc, figures }) {
    for (const t of doc.tables) {
      for (const side of [...new Set(t.rows.map((r) => r.side))]) {
        const coded = t.rows.filter((r) => r.side === side && r.code && r.role === 'data');
        for (const parent of coded) {
          const len = parent.code!.length;
          const children = coded.filter((r) => r.code!.length === len + 2 && r.code!.startsWith(parent.code!));
          yield* checkRowSum(figures, t, parent, children, '下级科目');
        }
      }
    }
  },
});
